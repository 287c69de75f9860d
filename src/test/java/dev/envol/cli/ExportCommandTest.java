package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} end to end, as a CI pipeline runs it. */
class ExportCommandTest {
    private static final Path SAMPLE = Path.of("models/betting-platform.envol.json");
    private static final List<String> ALL = List.of("budget.xlsx", "current.png", "target.png",
        "current.svg", "target.svg", "architecture.drawio", "current.mmd", "target.mmd",
        "wiki.md");
    /** The reference model's applications that cut over by DNS (export --formats cutover). */
    private static final List<String> CUTOVERS = List.of("shared-edge", "accounts", "poker",
        "horse-betting", "sports-betting");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesAllNineFilesIntoANewFolderAndLeavesOthersAlone() throws Exception {
        Path target = dir.resolve("out/nested");
        Files.createDirectories(target);
        Path mine = Files.writeString(target.resolve("notes.txt"), "keep me");
        Files.writeString(target.resolve("wiki.md"), "old page");
        assertThat(run("export", SAMPLE.toString(), "--out", target.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        for (String name : ALL) {
            assertThat(target.resolve(name)).isNotEmptyFile();
        }
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(
                    Stream.concat(ALL.stream(), Stream.of("notes.txt", "cutover")).toList());
        }
        try (Stream<Path> files = Files.list(target.resolve("cutover"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(CUTOVERS.stream().map(a -> a + ".json")
                    .toList());
        }
        assertThat(Files.readString(mine)).isEqualTo("keep me");
        assertThat(Files.readString(target.resolve("wiki.md"), StandardCharsets.UTF_8))
            .startsWith("# Betting platform migration").contains("```mermaid");
        assertThat(out.toString().lines()).hasSize(ALL.size() + CUTOVERS.size());
        byte[] xlsx = Files.readAllBytes(target.resolve("budget.xlsx"));
        assertThat(xlsx[0]).isEqualTo((byte) 'P');
        assertThat(xlsx[1]).isEqualTo((byte) 'K');
    }

    @Test
    void formatsChooseTheFiles() throws Exception {
        assertThat(run("export", SAMPLE.toString(), "--out", dir.toString(), "--formats",
            "mermaid,md")).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("current.mmd", "target.mmd", "wiki.md");
        }
    }

    @Test
    void unknownFormatIsOneLineExitTwoAndNothingWritten() {
        Path target = dir.resolve("never");
        assertThat(run("export", SAMPLE.toString(), "--out", target.toString(), "--formats",
            "xlsx,pdf")).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: unknown format 'pdf'");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(target).doesNotExist();
    }

    @Test
    void badModelIsOneLineExitTwoAndNothingWritten() throws Exception {
        Path model = Files.writeString(dir.resolve("broken.envol.json"), "{\"format\": ");
        Path target = dir.resolve("never");
        assertThat(run("export", model.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: ").contains("broken.envol.json");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(target).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }
}
