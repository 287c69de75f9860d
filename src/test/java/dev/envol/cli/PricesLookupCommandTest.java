package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricesLookupCommandTest {
    @TempDir
    Path cacheDir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--cache-dir";
        all[args.length + 1] = cacheDir.toString();
        int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsOnePriceAsJson() {
        Run run = run("prices", "lookup", "ec2", "m5.large", "--region", "eu-west-3",
            "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"usdPerUnit\" : 0.112", "\"unit\" : \"hour\"",
            "\"asOf\" : \"2026-08-08\"", "\"purchase\" : \"on-demand\"", "\"source\" : ");
    }

    @Test
    void printsATableForRdsMultiAz() {
        Run run = run("prices", "lookup", "rds", "db.r6g.large", "--engine", "mysql",
            "--multi-az", "--region", "eu-west-1");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("price      0.474 USD per hour", "asOf       2026-09-04");
    }

    @Test
    void printsEveryVolumeTierOfCloudFront() {
        Run run = run("prices", "lookup", "cloudfront", "data-out", "--region", "eu-west-3");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("price      0.085 USD per GB",
            "tiers      7 volume tiers of the monthly total, USD per GB",
            "  0 to 10,240 ", "  10,240 to 51,200 ", "  over 5,242,880 ", " 0.02 ");
        Run json = run("prices", "lookup", "lambda", "gb-second", "--arch", "arm64",
            "--region", "us-east-1", "--format", "json");
        assertThat(json.out()).contains("\"tiers\" : [", "\"fromUnits\" : 7500000000",
            "\"usdPerUnit\" : 0.0000106667", "\"toUnits\" : null");
    }

    @Test
    void saysWhenOnlyTheFirstTierIsKnown() {
        Run run = run("prices", "lookup", "lambda", "gb-second", "--arch", "arm64", "--region",
            "eu-west-3");
        assertThat(run.out()).contains("tiers      first-tier only: AWS bills this item");
        assertThat(run("prices", "lookup", "lambda", "gb-second", "--arch", "arm64", "--region",
            "eu-west-3", "--format", "json").out()).contains("\"tiers\" : \"first-tier only\"");
        assertThat(run("prices", "lookup", "alb", "hour", "--region", "eu-west-3").out())
            .doesNotContain("tiers");
    }

    @Test
    void looksUpElastiCacheAndAlb() {
        assertThat(run("prices", "lookup", "elasticache", "cache.t4g.medium", "--engine",
            "redis").out()).contains("USD per hour");
        assertThat(run("prices", "lookup", "alb", "hour", "--region", "eu-west-3").out())
            .contains("price      0.02646 USD per hour");
    }

    @Test
    void unpricedIsExitTwoWithTheReasonOnOneLine() {
        Run run = run("prices", "lookup", "s3", "storage-standard", "--region", "eu-west-1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("envol: no price for s3 storage-standard in eu-west-1"
            + " in the embedded catalog (try `envol prices refresh --region eu-west-1"
            + " --services s3`)" + System.lineSeparator());
    }

    @Test
    void badOptionsAreExitTwo() {
        Run run = run("prices", "lookup", "ec2", "m5.large", "--purchase", "cheap");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("envol: --purchase: unknown purchase option 'cheap'");
        assertThat(run("prices", "lookup", "ec2", "m5.large", "--format", "xml").err())
            .startsWith("envol: --format");
    }
}
