package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed models ({@code malformed/expected.tsv} names, per file, the code, the
 * JSON path and the line:column a user must be shown). Each is read on its own.
 */
class MalformedModelsTest {
    private static final String FOLDER = "/dev/envol/io/malformed/";

    record Case(String file, String code, String path, int line, int column) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = MalformedModelsTest.class.getResourceAsStream(
            FOLDER + "expected.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
                String[] f = l.split("\t", -1);
                int line = 0;
                int column = 0;
                if (!f[3].isEmpty()) {
                    line = Integer.parseInt(f[3].split(":")[0]);
                    column = Integer.parseInt(f[3].split(":")[1]);
                }
                return new Case(f[0], f[1], f[2], line, column);
            }).toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastFortyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMalformedModelGivesItsProblemAndWritesNothing(Case c, @TempDir Path dir)
        throws IOException {
        Path file = dir.resolve(c.file());
        try (InputStream in = getClass().getResourceAsStream(FOLDER + c.file())) {
            Files.write(file, in.readAllBytes());
        }
        Map<String, FileTime> before = snapshot(dir);

        LoadResult result = ModelFiles.read(file);

        assertThat(result.project()).as("a model with errors gives no project").isNull();
        assertThat(result.hasErrors()).isTrue();
        List<Problem> matching = result.problems().stream()
            .filter(p -> p.code().equals(c.code())).toList();
        assertThat(matching).as("problems: %s", result.problems()).isNotEmpty();
        Problem problem = matching.get(0);
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.file()).isEqualTo(file.toString());
        if (!c.path().isEmpty()) {
            assertThat(problem.path()).isEqualTo(c.path());
        }
        if (c.line() > 0) {
            assertThat(problem.line() + ":" + problem.column())
                .isEqualTo(c.line() + ":" + c.column());
        }
        for (Problem p : result.problems()) {
            assertThat(p.format()).doesNotContain("\n", "\r", "Exception", "\tat ")
                .startsWith(file + ":");
        }
        assertThatThrownBy(() -> ModelFiles.load(file)).isInstanceOf(ModelLoadException.class)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
                .startsWith(file.toString()));
        assertThat(snapshot(dir)).as("nothing written").isEqualTo(before);
    }

    private static Map<String, FileTime> snapshot(Path dir) throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName() + " " + Files.size(p), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
