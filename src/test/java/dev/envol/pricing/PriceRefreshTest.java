package dev.envol.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.PurchaseOption;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

class PriceRefreshTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
    static final AwsCredentialsProvider TEST_CREDENTIALS = StaticCredentialsProvider.create(
        AwsBasicCredentials.create("AKIDTESTONLY", "test-secret-not-real"));

    @TempDir
    Path cacheDir;

    private PriceRefresh refresh() {
        return new PriceRefresh(cacheDir, RefreshProgress.QUIET, CLOCK)
            .credentials(TEST_CREDENTIALS).limits(1, Duration.ofSeconds(10));
    }

    private static PriceRefresh.Request ec2(String region, FakePriceListServer server) {
        return new PriceRefresh.Request(List.of(region), List.of("ec2"), server.uri(), null,
            List.of());
    }

    /** The m5.large sample for the Linux query, nothing for the others. */
    private static FakePriceListServer.Answer linuxOnly(FakePriceListServer.Received r) {
        return r.filters().get("operatingSystem").equals("Linux")
            ? FakePriceListServer.Answer.ok(List.of(FakePriceListServer.m5Large()), null)
            : FakePriceListServer.Answer.ok(List.of(), null);
    }

    private Price lookup(String type, PurchaseOption purchase) {
        PriceResult result = PriceCatalogs.standard(cacheDir).lookup(
            PriceQuery.of("ec2", "us-east-1", type).withPurchase(purchase));
        assertThat(result).isInstanceOf(Price.class);
        return (Price) result;
    }

    @Test
    void theRealM5LargeProductGivesOnDemandAndReservedRates() throws Exception {
        try (FakePriceListServer server = new FakePriceListServer(PriceRefreshTest::linuxOnly)) {
            PriceRefresh.Result result = refresh().run(ec2("us-east-1", server));
            assertThat(result.files()).containsExactly(
                CacheDir.prices(cacheDir).resolve("refresh-ec2-us-east-1.csv"));
        }
        Price onDemand = lookup("m5.large", PurchaseOption.ON_DEMAND);
        assertThat(onDemand.usdPerUnit()).isEqualByComparingTo("0.096");
        assertThat(onDemand.source()).contains("AWS Price List Query API")
            .contains("published 2021-02-05");
        assertThat(onDemand.asOf()).isEqualTo(LocalDate.of(2026, 11, 27));

        Price oneYear = lookup("m5.large", PurchaseOption.RESERVED_1Y_NO_UPFRONT);
        assertThat(oneYear.usdPerUnit()).isEqualByComparingTo("0.060");
        assertThat(oneYear.upfrontUsd()).isEqualByComparingTo("0");

        Price threeYearsAllUpfront = lookup("m5.large", PurchaseOption.RESERVED_3Y_ALL_UPFRONT);
        assertThat(threeYearsAllUpfront.upfrontUsd()).isEqualByComparingTo("949");
        assertThat(threeYearsAllUpfront.recurringUsdPerUnit()).isEqualByComparingTo("0");
        assertThat(threeYearsAllUpfront.usdPerUnit()).isEqualByComparingTo(
            new BigDecimal("949").divide(new BigDecimal("26280"), 10, RoundingMode.HALF_UP));

        PriceResult convertible = PriceCatalogs.standard(cacheDir).lookup(PriceQuery
            .of("ec2", "us-east-1", "m5.large").with("offering-class", "convertible")
            .withPurchase(PurchaseOption.RESERVED_1Y_NO_UPFRONT));
        assertThat(convertible).isInstanceOf(Price.class);
        assertThat(((Price) convertible).usdPerUnit())
            .isNotEqualByComparingTo(oneYear.usdPerUnit());
    }

    @Test
    void sendsSignedTermMatchQueriesForLinuxAndWindows() throws Exception {
        try (FakePriceListServer server = new FakePriceListServer(PriceRefreshTest::linuxOnly)) {
            refresh().run(ec2("us-east-1", server));
            assertThat(server.received()).hasSize(2);
            FakePriceListServer.Received linux = server.received().get(0);
            assertThat(linux.target()).isEqualTo("AWSPriceListService.GetProducts");
            assertThat(linux.contentType()).startsWith("application/x-amz-json-1.1");
            assertThat(linux.authorization()).contains("Credential=AKIDTESTONLY/")
                .contains("/us-east-1/pricing/aws4_request");
            assertThat(linux.body().path("ServiceCode").asText()).isEqualTo("AmazonEC2");
            assertThat(linux.filters()).containsEntry("regionCode", "us-east-1")
                .containsEntry("operatingSystem", "Linux").containsEntry("tenancy", "Shared")
                .containsEntry("preInstalledSw", "NA").containsEntry("capacitystatus", "Used");
            assertThat(server.received().get(1).filters())
                .containsEntry("operatingSystem", "Windows");
        }
    }

    @Test
    void europeanRegionsAreSignedForTheFrankfurtEndpoint() throws Exception {
        assertThat(RefreshQueries.endpointRegion("eu-west-3")).isEqualTo("eu-central-1");
        assertThat(RefreshQueries.endpointRegion("ap-southeast-2")).isEqualTo("ap-south-1");
        assertThat(RefreshQueries.endpointRegion("us-west-2")).isEqualTo("us-east-1");
        try (FakePriceListServer server = new FakePriceListServer(PriceRefreshTest::linuxOnly)) {
            refresh().run(ec2("eu-west-3", server));
            assertThat(server.received().get(0).authorization())
                .contains("/eu-central-1/pricing/aws4_request");
            assertThat(server.received().get(0).filters()).containsEntry("regionCode", "eu-west-3");
        }
    }

    @Test
    void readsEveryPage() throws Exception {
        Map<String, FakePriceListServer.Answer> pages = Map.of(
            "", FakePriceListServer.Answer.ok(List.of(FakePriceListServer.m5Large()), "page-2"),
            "page-2", FakePriceListServer.Answer.ok(
                List.of(FakePriceListServer.asType("m5.xlarge")), "page-3"),
            "page-3", FakePriceListServer.Answer.ok(
                List.of(FakePriceListServer.asType("m5.2xlarge")), null));
        try (FakePriceListServer server = new FakePriceListServer(r ->
            r.filters().get("operatingSystem").equals("Linux")
                ? pages.get(r.body().path("NextToken").asText(""))
                : FakePriceListServer.Answer.ok(List.of(), null))) {
            PriceRefresh.Result result = refresh().run(ec2("us-east-1", server));
            assertThat(result.products()).isEqualTo(3);
            assertThat(server.received()).hasSize(4);
        }
        for (String type : List.of("m5.large", "m5.xlarge", "m5.2xlarge")) {
            assertThat(lookup(type, PurchaseOption.ON_DEMAND).source()).as(type)
                .contains("Price List");
        }
    }

    /** Fills the cache with a previous refresh and returns its bytes by file name. */
    private Map<String, byte[]> previousRefresh() throws Exception {
        try (FakePriceListServer server = new FakePriceListServer(PriceRefreshTest::linuxOnly)) {
            refresh().run(ec2("us-east-1", server));
        }
        return snapshot();
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.walk(cacheDir)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                files.put(cacheDir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private void assertFailureKeepsCache(FakePriceListServer.Handler handler, PriceRefresh refresh,
                                         String expected) throws Exception {
        Map<String, byte[]> before = previousRefresh();
        try (FakePriceListServer server = new FakePriceListServer(handler)) {
            assertThatThrownBy(() -> refresh.run(ec2("us-east-1", server)))
                .isInstanceOf(PriceRefreshException.class)
                .hasMessageContaining(expected)
                .hasMessageEndingWith("; the previous prices stay in use")
                .hasMessageStartingWith("price refresh failed: ")
                .message().doesNotContain("\n");
        }
        Map<String, byte[]> after = snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void accessDeniedLeavesTheCacheByteIdentical() throws Exception {
        assertFailureKeepsCache(r -> FakePriceListServer.Answer.error(403,
            "AccessDeniedException", "User is not authorized to perform pricing:GetProducts"),
            refresh(), "access denied by AWS (HTTP 403 AccessDeniedException");
    }

    @Test
    void throttlingLeavesTheCacheByteIdentical() throws Exception {
        assertFailureKeepsCache(r -> FakePriceListServer.Answer.error(429, "ThrottlingException",
            "Rate exceeded"), refresh(), "AWS is throttling the requests");
    }

    @Test
    void aServerErrorOnALaterPageLeavesTheCacheByteIdentical() throws Exception {
        assertFailureKeepsCache(r -> r.body().path("NextToken").isMissingNode()
                ? FakePriceListServer.Answer.ok(List.of(FakePriceListServer.asType("c5.large")),
                    "next")
                : FakePriceListServer.Answer.error(500, "InternalErrorException", "boom"),
            refresh(), "the AWS Price List service at http://127.0.0.1:");
    }

    @Test
    void aTimeoutLeavesTheCacheByteIdentical() throws Exception {
        PriceRefresh quick = new PriceRefresh(cacheDir, RefreshProgress.QUIET, CLOCK)
            .credentials(TEST_CREDENTIALS).limits(1, Duration.ofMillis(300));
        assertFailureKeepsCache(r -> new FakePriceListServer.Answer(200, "{}", 2000), quick,
            "no answer in time from http://127.0.0.1:");
    }

    @Test
    void aMalformedResponseLeavesTheCacheByteIdentical() throws Exception {
        assertFailureKeepsCache(r -> new FakePriceListServer.Answer(200, "{\"PriceList\": [tru",
            0), refresh(), "a malformed response from http://127.0.0.1:");
    }

    @Test
    void aMalformedPriceListElementLeavesTheCacheByteIdentical() throws Exception {
        assertFailureKeepsCache(r -> FakePriceListServer.Answer.ok(
                List.of(FakePriceListServer.asType("c5.large"), "{\"product\": 12"), null),
            refresh(), "a PriceList element is not JSON");
    }

    @Test
    void noCredentialsLeavesTheCacheByteIdentical(@TempDir Path home) throws Exception {
        Path empty = Files.writeString(home.resolve("credentials"), "");
        AwsCredentialsProvider none = ProfileCredentialsProvider.builder()
            .profileFile(ProfileFile.builder().content(empty)
                .type(ProfileFile.Type.CREDENTIALS).build())
            .profileName("nobody").build();
        PriceRefresh refresh = new PriceRefresh(cacheDir, RefreshProgress.QUIET, CLOCK)
            .credentials(none).limits(1, Duration.ofSeconds(10));
        assertFailureKeepsCache(PriceRefreshTest::linuxOnly, refresh, "no AWS credentials");
    }

    @Test
    void reportsProgressPerQuery() throws Exception {
        List<String> seen = new ArrayList<>();
        try (FakePriceListServer server = new FakePriceListServer(PriceRefreshTest::linuxOnly)) {
            new PriceRefresh(cacheDir, (done, total, label, products) ->
                seen.add(done + "/" + total + " " + label + " " + products), CLOCK)
                .credentials(TEST_CREDENTIALS).limits(1, Duration.ofSeconds(10))
                .run(ec2("us-east-1", server));
        }
        assertThat(seen).contains("0/2 ec2 Linux us-east-1 0", "1/2 ec2 Linux us-east-1 1",
            "2/2 ec2 Windows us-east-1 1");
    }

    /** A GetProducts product in the shape of the Price List API, for RDS storage. */
    private static String rdsStorage(String region, String deployment, String usd) {
        return "{\"serviceCode\":\"AmazonRDS\",\"publicationDate\":\"2026-11-01T00:00:00Z\","
            + "\"product\":{\"productFamily\":\"Database Storage\",\"sku\":\"S1\","
            + "\"attributes\":{\"regionCode\":\"" + region + "\",\"volumeType\":"
            + "\"General Purpose\",\"databaseEngine\":\"MySQL\",\"deploymentOption\":\""
            + deployment + "\",\"usagetype\":\"EUW3-RDS:GP2-Storage\"}},\"terms\":{"
            + "\"OnDemand\":{\"S1.JRTCKXETXF\":{\"priceDimensions\":{\"S1.JRTCKXETXF.X\":{"
            + "\"unit\":\"GB-Mo\",\"beginRange\":\"0\",\"pricePerUnit\":{\"USD\":\""
            + usd + "\"}}},\"termAttributes\":{}}}}}";
    }

    @Test
    void rdsStorageIsReadOnceForEveryEngineAndMultiAzDoublesIt() throws Exception {
        try (FakePriceListServer server = new FakePriceListServer(r ->
            FakePriceListServer.Answer.ok("Database Storage".equals(r.filters().get("productFamily"))
                ? List.of(rdsStorage("ap-south-1", "Single-AZ", "0.1330000000")) : List.of(),
                null))) {
            refresh().run(new PriceRefresh.Request(List.of("ap-south-1"), List.of("rds"),
                server.uri(), null, null));
            assertThat(server.received()).hasSize(8); // 6 instance queries, gp2 and gp3 storage
        }
        PriceCatalog catalog = PriceCatalogs.standard(cacheDir);
        PriceQuery storage = PriceQuery.of("rds", "ap-south-1", "storage-gp2");
        Price single = (Price) catalog.lookup(storage.with("engine", "postgresql"));
        assertThat(single.usdPerUnit()).isEqualByComparingTo("0.133");
        assertThat(single.unit()).isEqualTo("GB-month");
        Price multi = (Price) catalog.lookup(storage.with("deployment", "multi-az"));
        assertThat(multi.usdPerUnit()).isEqualByComparingTo("0.266");
        assertThat(multi.source()).contains("Multi-AZ = 2 x Single-AZ rule");
    }

    /** An application load balancer product (hours or LCU-hours) of the Price List API. */
    private static String alb(String sku, String usage, String unit, String usd) {
        return "{\"serviceCode\":\"AWSELB\",\"product\":{\"productFamily\":"
            + "\"Load Balancer-Application\",\"sku\":\"" + sku + "\",\"attributes\":{"
            + "\"regionCode\":\"ap-south-1\",\"usagetype\":\"" + usage + "\"}},"
            + "\"terms\":{\"OnDemand\":{\"" + sku + ".JRTCKXETXF\":{\"priceDimensions\":{"
            + "\"" + sku + ".JRTCKXETXF.X\":{\"unit\":\"" + unit + "\",\"beginRange\":"
            + "\"0\",\"pricePerUnit\":{\"USD\":\"" + usd + "\"}}},\"termAttributes\":{}}}}}";
    }

    @Test
    void albHoursAndLcuHoursAreRefreshedFromTheElbOffer() throws Exception {
        try (FakePriceListServer server = new FakePriceListServer(r -> {
            assertThat(r.body().path("ServiceCode").asText()).isEqualTo("AWSELB");
            return FakePriceListServer.Answer.ok(List.of(
                alb("A1", "APS3-LoadBalancerUsage", "Hrs", "0.0239000000"),
                alb("A2", "APS3-LCUUsage", "LCU-Hrs", "0.0080000000")), null);
        })) {
            refresh().run(new PriceRefresh.Request(List.of("ap-south-1"), List.of("alb"),
                server.uri(), null, null));
        }
        PriceCatalog catalog = PriceCatalogs.standard(cacheDir);
        assertThat(((Price) catalog.lookup(PriceQuery.of("alb", "ap-south-1", "hour")))
            .usdPerUnit()).isEqualByComparingTo("0.0239");
        Price lcu = (Price) catalog.lookup(PriceQuery.of("alb", "ap-south-1", "lcu-hour"));
        assertThat(lcu.usdPerUnit()).isEqualByComparingTo("0.008");
        assertThat(lcu.unit()).isEqualTo("LCU-hour");
    }

    @Test
    void badRequestsAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> refresh().run(new PriceRefresh.Request(List.of("paris"),
            List.of("ec2"), null, null, null))).hasMessageContaining("'paris' is not an AWS region");
        assertThatThrownBy(() -> refresh().run(new PriceRefresh.Request(List.of("eu-west-3"),
            List.of("shield-advanced"), null, null, null)))
            .hasMessageContaining("cannot refresh 'shield-advanced'");
    }
}
