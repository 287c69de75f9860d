package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code envol import rvtools|ads FILE --out MODEL} end to end through {@link Cli#run}. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path fixture(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/envol/imports/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void importsAnRvToolsExportIntoAValidModel() throws IOException {
        Path model = dir.resolve("estate.envol.json");

        int code = run("import", "rvtools", fixture("rvtools-export.xlsx").toString(),
            "--out", model.toString(), "--region", "eu-west-1");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("47 servers imported in 12 applications, 2 skipped")
            .contains("skipped tpl-rhel7").contains("no links").contains("wrote " + model);
        Project project = ModelFiles.load(model);
        assertThat(project.settings().region()).isEqualTo("eu-west-1");
        assertThat(project.current().components()).hasSize(47);
    }

    @Test
    void importsADiscoveryCsvWithAChosenApplicationColumn() throws IOException {
        Path model = dir.resolve("ads.envol.json");

        int code = run("import", "ads", fixture("discovery-import.csv").toString(), "--out",
            model.toString(), "--application-column", "OS.Name");

        assertThat(code).as(err.toString()).isZero();
        assertThat(ModelFiles.load(model).applications()).extracting(a -> a.id())
            .containsExactly("linux", "windows");
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        Path model = Files.writeString(dir.resolve("existing.envol.json"), "keep me");

        int code = run("import", "rvtools", fixture("vInfo.csv").toString(), "--out",
            model.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("envol: " + model
            + ": already exists (use --force to overwrite it)");
        assertThat(Files.readString(model)).isEqualTo("keep me");

        assertThat(run("import", "rvtools", dir.resolve("vInfo.csv").toString(), "--out",
            model.toString(), "--force")).isZero();
        assertThat(ModelFiles.load(model).current().components()).hasSize(47);
    }

    @Test
    void aBrokenFileIsOneLineAndWritesNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "VM,Powerstate\nweb,poweredOn\n");
        Path model = dir.resolve("never.envol.json");

        int code = run("import", "rvtools", bad.toString(), "--out", model.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("envol: " + bad
            + ": missing required column \"CPUs\"");
        assertThat(model).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("bad.csv");
        }
    }

    @Test
    void anUnknownFormatIsRefused() throws IOException {
        assertThat(run("import", "csv", fixture("vInfo.csv").toString(), "--out",
            dir.resolve("m.json").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("envol: unknown inventory format \"csv\"");
    }
}
