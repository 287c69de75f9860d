package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.envol.pricing.FakePriceListServer;
import dev.envol.pricing.PriceListElements;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference model plus an imported Windows server, end to end through the command line:
 * from the embedded catalog only the items the shared data lacks are unpriced; a
 * {@code prices refresh} against the loopback Price List endpoint (real SDK, JSON 1.1) that
 * answers for them fills the cache, and the same estimate then has nothing unpriced.
 */
class EveryComponentPricedEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String R = "eu-west-3";

    @TempDir
    Path dir;

    @BeforeEach
    void testCredentialsAndCache() {
        System.setProperty("aws.accessKeyId", "AKIDTESTONLY");
        System.setProperty("aws.secretAccessKey", "test-secret-not-real");
        System.setProperty("envol.cacheDir", dir.resolve("cache").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        System.clearProperty("envol.cacheDir");
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    /** betting-platform with one Windows server as an RVTools import makes it. */
    private Path modelWithWindows() throws Exception {
        ObjectNode model = (ObjectNode) JSON.readTree(
            Path.of("models/betting-platform.envol.json").toFile());
        ObjectNode windows = JSON.createObjectNode();
        windows.put("id", "win-reporting").put("name", "Reporting server (Windows)")
            .put("type", "aws.ec2");
        windows.putObject("props").put("instanceType", "m5.large").put("os", "windows")
            .put("ebsGb", 100).put("ebsEncrypted", true);
        ((com.fasterxml.jackson.databind.node.ArrayNode) model.path("target").path("components"))
            .add(windows);
        Path file = dir.resolve("estate.envol.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), model);
        return file;
    }

    /** What the loopback endpoint answers, by AWS service code: the items the data lacks. */
    private static FakePriceListServer.Answer answer(FakePriceListServer.Received r) {
        String code = r.body().path("ServiceCode").asText();
        List<String> products = switch (code) {
            case "AmazonEFS" -> List.of(PriceListElements.product("AmazonEFS", "Storage", "EFS",
                Map.of("regionCode", R, "usagetype", "EUW3-TimedStorage-ByteHrs",
                    "storageClass", "General Purpose"), "0", "GB-Mo", "0.3300000000"));
            case "AWSLambda" -> List.of(
                PriceListElements.usage(code, "Serverless", R, "EUW3-Request", "Requests",
                    "0.0000002000"),
                PriceListElements.usage(code, "Serverless", R, "EUW3-Lambda-GB-Second",
                    "Lambda-GB-Second", "0.0000166667"));
            case "AWSQueueService" -> List.of(PriceListElements.usage(code, "API Request", R,
                "EUW3-Requests-FIFO-Tier1", "Requests", "0.0000005000"));
            case "AmazonDynamoDB" -> List.of(PriceListElements.usage(code, "Database Storage",
                R, "EUW3-TimedStorage-ByteHrs", "GB-Mo", "0.2970000000"));
            case "AmazonCloudWatch" -> List.of(PriceListElements.usage(code, "Metric", R,
                "EUW3-CW:MetricMonitorUsage", "Metrics", "0.3000000000"));
            case "AmazonEC2" -> "Windows".equals(r.filters().get("operatingSystem"))
                ? List.of(PriceListElements.ec2(R, "m5.large", "Windows", "0.2040000000"))
                : List.of();
            default -> List.of();
        };
        return FakePriceListServer.Answer.ok(products, null);
    }

    @Test
    void aRefreshFillsWhatTheEmbeddedCatalogLacksAndTheEstimateIsCompletelyPriced()
        throws Exception {
        Path model = modelWithWindows();
        JsonNode before = JSON.readTree(run("estimate", model.toString(), "--format", "json")[1]);
        List<String> missing = unpriced(before);
        // only what the shared data lacks: EFS, SQS FIFO, DynamoDB storage, CloudWatch custom
        // metrics, Windows; RDS storage, the SQS batch queue and Lambda are priced
        assertThat(missing).hasSize(5);
        assertThat(String.join("\n", missing)).contains("efs storage-standard")
            .contains("sqs request (fifo=true)").contains("dynamodb storage")
            .contains("cloudwatch custom-metric").contains("ec2 m5.large (os=windows)")
            .doesNotContain("rds").doesNotContain("lambda").doesNotContain("fifo=false");

        try (FakePriceListServer server = new FakePriceListServer(
            EveryComponentPricedEndToEndTest::answer)) {
            String[] refresh = run("prices", "refresh", "--region", R, "--services",
                "ec2,efs,lambda,sqs,dynamodb,cloudwatch", "--endpoint-url",
                server.uri().toString());
            assertThat(refresh[0]).as(refresh[2]).isEqualTo("0");
            assertThat(refresh[1]).startsWith("refreshed 7 prices");
        }

        JsonNode after = JSON.readTree(run("estimate", model.toString(), "--format", "json")[1]);
        assertThat(unpriced(after)).isEmpty();
        assertThat(after.path("target").path("unpricedComponents").asInt()).isZero();
        assertThat(after.path("target").path("monthly").decimalValue())
            .isGreaterThan(before.path("target").path("monthly").decimalValue());
    }

    private static List<String> unpriced(JsonNode estimate) {
        List<String> reasons = new java.util.ArrayList<>();
        estimate.path("target").path("components").forEach(c ->
            c.path("unpriced").forEach(u -> reasons.add(c.path("id").asText() + ": " + u.asText())));
        return reasons;
    }
}
