package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code envol prices coverage}: what the embedded catalog has and lacks in a region. */
class PricesCoverageCommandTest {
    @TempDir
    Path emptyCache;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void parisLacksExactlyWhatTheSharedDataLacks() throws Exception {
        String[] result = run("prices", "coverage", "--region", "eu-west-3", "--format", "json",
            "--cache-dir", emptyCache.toString());
        assertThat(result[0]).isEqualTo("0");
        JsonNode json = new ObjectMapper().readTree(result[1]);
        List<String> missing = new ArrayList<>();
        json.path("items").forEach(i -> {
            if (!i.path("covered").asBoolean()) {
                missing.add(i.path("type").asText() + " " + i.path("item").asText());
            }
        });
        assertThat(missing).containsExactlyInAnyOrder(
            "aws.ec2 instance hours, Windows (License Included)",
            "aws.fargate vCPU-hours (arm64)", "aws.fargate GB-hours (arm64)",
            "aws.efs Standard storage", "aws.elasticache node hours, Valkey",
            "aws.dynamodb storage", "aws.sqs FIFO requests", "aws.cloudwatch custom metrics");
        JsonNode gp2 = null;
        for (JsonNode i : json.path("items")) {
            if (i.path("item").asText().equals("gp2 storage, Multi-AZ")) {
                gp2 = i;
            }
        }
        assertThat(gp2).isNotNull();
        assertThat(gp2.path("asOf").asText()).isEqualTo("2026-09-04");
        assertThat(gp2.path("source").asText()).contains("togen");
    }

    @Test
    void theTableSaysHowManyItemsArePricedAndHowToFillTheRest() {
        String[] result = run("prices", "coverage", "--region", "eu-west-3", "--cache-dir",
            emptyCache.toString());
        assertThat(result[1]).startsWith("Price coverage in eu-west-3 (50 of 58 items priced)")
            .contains("MISSING").contains("8 item(s) missing: `envol prices refresh --region"
                + " eu-west-3` fills them from AWS");
    }

    @Test
    void aBadRegionIsOneLineAndExitTwo() {
        String[] result = run("prices", "coverage", "--region", "paris");
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[2]).startsWith("envol: --region: 'paris' is not an AWS region code")
            .hasLineCount(1);
    }
}
