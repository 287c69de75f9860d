package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.pricing.CacheDir;
import dev.envol.pricing.FakePriceListServer;
import dev.envol.pricing.PriceCache;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code envol prices refresh} end to end: picocli, the default credential chain (test keys in
 * the SDK's system properties), the real SDK client, the fake Price List endpoint.
 */
class PricesRefreshCommandTest {
    @TempDir
    Path cacheDir;

    @BeforeEach
    void testCredentials() {
        System.setProperty("aws.accessKeyId", "AKIDTESTONLY");
        System.setProperty("aws.secretAccessKey", "test-secret-not-real");
    }

    @AfterEach
    void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void refreshThenLookupUsesTheNewPrices() throws Exception {
        try (FakePriceListServer server = new FakePriceListServer(r ->
            FakePriceListServer.Answer.ok(r.filters().get("operatingSystem").equals("Linux")
                ? List.of(FakePriceListServer.m5Large()) : List.of(), null))) {
            String[] refresh = run("prices", "refresh", "--region", "us-east-1", "--services",
                "ec2", "--endpoint-url", server.uri().toString(), "--cache-dir",
                cacheDir.toString());
            assertThat(refresh[0]).isEqualTo("0");
            assertThat(refresh[1]).startsWith("refreshed ").contains("from 1 products");
            assertThat(refresh[2]).isEmpty();
        }
        String cached = Files.readString(CacheDir.prices(cacheDir).resolve(
            "refresh-ec2-us-east-1.csv"));
        assertThat(cached).doesNotContain("AKIDTESTONLY").doesNotContain("test-secret");
        String[] lookup = run("prices", "lookup", "ec2", "m5.large", "--purchase",
            "reserved-3y-all-upfront", "--cache-dir", cacheDir.toString());
        assertThat(lookup[1]).contains("upfront    949 USD").contains("AWS Price List Query API");
    }

    @Test
    void aRefusedRefreshIsOneLineAndExitTwo() throws Exception {
        try (FakePriceListServer server = new FakePriceListServer(r ->
            FakePriceListServer.Answer.error(403, "AccessDeniedException", "not authorized"))) {
            String[] refresh = run("prices", "refresh", "--region", "eu-west-3", "--services",
                "rds", "--endpoint-url", server.uri().toString(), "--cache-dir",
                cacheDir.toString());
            assertThat(refresh[0]).isEqualTo("2");
            assertThat(refresh[1]).isEmpty();
            assertThat(refresh[2]).startsWith("envol: price refresh failed: access denied by AWS")
                .endsWith("the previous prices stay in use" + System.lineSeparator())
                .hasLineCount(1);
        }
        assertThat(new PriceCache(cacheDir).files()).isEmpty();
    }
}
