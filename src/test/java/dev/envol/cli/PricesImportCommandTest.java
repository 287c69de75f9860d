package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricesImportCommandTest {
    @TempDir
    Path cacheDir;
    @TempDir
    Path work;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void importsTheS3OfferThenLooksItUp() throws Exception {
        Path offer = work.resolve("AmazonS3-eu-west-1.csv");
        try (InputStream in = getClass().getResourceAsStream(
            "/dev/envol/pricing/samples/offer-AmazonS3-eu-west-1.csv")) {
            Files.copy(in, offer);
        }
        String[] imported = run("prices", "import", offer.toString(), "--cache-dir",
            cacheDir.toString());
        assertThat(imported[0]).isEqualTo("0");
        assertThat(imported[1]).startsWith("imported 3 prices from 49 rows of " + offer)
            .contains("AmazonS3, published 2018-04-04");
        String[] lookup = run("prices", "lookup", "s3", "storage-standard", "--region",
            "eu-west-1", "--cache-dir", cacheDir.toString(), "--format", "json");
        assertThat(lookup[0]).isEqualTo("0");
        assertThat(lookup[1]).contains("\"usdPerUnit\" : 0.022", "\"asOf\" : \"2018-04-04\"");
    }

    @Test
    void aMissingFileIsExitTwo() {
        String[] imported = run("prices", "import", work.resolve("none.csv").toString(),
            "--cache-dir", cacheDir.toString());
        assertThat(imported[0]).isEqualTo("2");
        assertThat(imported[2]).isEqualTo("envol: " + work.resolve("none.csv")
            + ": no such file" + System.lineSeparator());
    }
}
