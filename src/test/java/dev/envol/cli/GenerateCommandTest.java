package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.io.ModelFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesAValidEstateAndSaysWhatItWrote() {
        Path file = dir.resolve("estate.envol.json");

        int code = run("generate", "--applications", "25", "--out", file.toString(),
            "--seed", "4");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("wrote " + file + ": 26 applications, ");
        assertThat(ModelFiles.read(file).problems()).isEmpty();
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        Path one = dir.resolve("one.envol.json");
        Path two = dir.resolve("two.envol.json");

        run("generate", "--applications", "30", "--out", one.toString(), "--seed", "9");
        run("generate", "--applications", "30", "--out", two.toString(), "--seed", "9");

        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
    }

    @Test
    void aWrongCountIsOneLineOnStderrAndExit2AndWritesNothing() throws Exception {
        Path file = dir.resolve("estate.envol.json");

        int code = run("generate", "--applications", "0", "--out", file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: ").contains("--applications")
            .hasLineCount(1);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aMissingOptionIsExit2() {
        assertThat(run("generate", "--applications", "3")).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: ").contains("--out");
    }
}
