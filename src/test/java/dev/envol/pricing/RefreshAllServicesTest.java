package dev.envol.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code prices refresh} for every service Envol prices, through the real SDK against the
 * loopback Price List server: each service sends its own filters and its products land under the
 * catalog key the cost rules ask for; a server that ignores filters cannot misplace a price.
 */
class RefreshAllServicesTest {
    /** After the newest embedded price (2026-12-04): the refresh is the newest source. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path cacheDir;

    private PriceRefresh.Result refresh(FakePriceListServer server, String region,
                                        String... services) {
        return new PriceRefresh(cacheDir, RefreshProgress.QUIET, CLOCK)
            .credentials(PriceRefreshTest.TEST_CREDENTIALS).limits(1, Duration.ofSeconds(10))
            .run(new PriceRefresh.Request(List.of(region), List.of(services), server.uri(), null,
                null));
    }

    /**
     * service, AWS service code, a product of eu-west-3 (lambda-edge: us-east-1), the query it
     * answers, the USD it lists: the lookup must answer that price.
     */
    static Stream<Arguments> services() {
        String r = "eu-west-3";
        return Stream.of(
            priced(PriceQuery.of("efs", r, "storage-standard"), "AmazonEFS",
                PriceListElements.product("AmazonEFS", "Storage", "EFS1", Map.of("regionCode", r,
                    "usagetype", "EUW3-TimedStorage-ByteHrs", "storageClass", "General Purpose"),
                    "0", "GB-Mo", "0.3300000000"), "0.33"),
            usage(PriceQuery.of("lambda", r, "gb-second").with("arch", "x86_64"), "AWSLambda",
                "Serverless", "EUW3-Lambda-GB-Second", "Lambda-GB-Second", "0.0000166667"),
            priced(PriceQuery.of("lambda-edge", r, "request"), "AWSLambda",
                PriceListElements.usage("AWSLambda", "Serverless", "us-east-1",
                    "Lambda-Edge-Request", "Request", "0.0000006"), "0.0000006"),
            usage(PriceQuery.of("sqs", r, "request").with("fifo", "true"), "AWSQueueService",
                "API Request", "EUW3-Requests-FIFO-Tier1", "Requests", "0.0000005"),
            usage(PriceQuery.of("dynamodb", r, "storage"), "AmazonDynamoDB", "Database Storage",
                "EUW3-TimedStorage-ByteHrs", "GB-Mo", "0.2970000000"),
            usage(PriceQuery.of("cloudwatch", r, "custom-metric"), "AmazonCloudWatch", "Metric",
                "EUW3-CW:MetricMonitorUsage", "Metrics", "0.3000000000"),
            priced(PriceQuery.of("cloudfront", r, "data-out"), "AmazonCloudFront",
                PriceListElements.product("AmazonCloudFront", "Data Transfer", "CF1",
                    Map.of("location", "Europe", "locationType", "AWS Edge Location",
                        "usagetype", "EU-DataTransfer-Out-Bytes"), "0", "GB", "0.0850000000"),
                "0.085"),
            priced(PriceQuery.of("route53", r, "hosted-zone"), "AmazonRoute53",
                PriceListElements.product("AmazonRoute53", "DNS Zone", "R53",
                    Map.of("location", "Global", "usagetype", "HostedZone"),
                    "0", "HostedZone", "0.5000000000"), "0.50"),
            usage(PriceQuery.of("waf", r, "web-acl"), "awswaf", "Web Application Firewall",
                "EUW3-WebACL", "WebACL", "5.0000000000"),
            usage(PriceQuery.of("kms", r, "key"), "awskms", "Encryption Key", "EUW3-KMS-Keys",
                "Keys", "1.0000000000"),
            usage(PriceQuery.of("secrets-manager", r, "secret"), "AWSSecretsManager", "Secret",
                "EUW3-AWSSecretsManager-Secrets", "Secrets", "0.4000000000"),
            usage(PriceQuery.of("fargate", r, "vcpu-hour").with("arch", "arm64"), "AmazonECS",
                "Compute", "EUW3-Fargate-ARM-vCPU-Hours:perCPU", "hours", "0.0388800000"),
            usage(PriceQuery.of("apigateway", r, "http-request"), "AmazonApiGateway",
                "API Calls", "EUW3-ApiGatewayHttpRequest", "Requests", "0.0000011700"),
            usage(PriceQuery.of("vpc", r, "public-ipv4"), "AmazonVPC", "VPC Public IPv4 Address",
                "EUW3-PublicIPv4:InUseAddress", "Hrs", "0.0050000000"),
            priced(PriceQuery.of("ec2", r, "m5.large").with("os", "windows"), "AmazonEC2",
                PriceListElements.ec2(r, "m5.large", "Windows", "0.2040000000"), "0.204"),
            priced(PriceQuery.of("rds", r, "storage-gp3").with("deployment", "multi-az"),
                "AmazonRDS", PriceListElements.product("AmazonRDS", "Database Storage", "GP3",
                    Map.of("regionCode", r, "volumeType", "General Purpose-GP3",
                        "databaseEngine", "Any", "deploymentOption", "Multi-AZ",
                        "usagetype", "EUW3-RDS:Multi-AZ-GP3-Storage"),
                    "0", "GB-Mo", "0.2660000000"), "0.266"),
            priced(PriceQuery.of("ebs", r, "gp3"), "AmazonEC2", PriceListElements.product(
                "AmazonEC2", "Storage", "EBS", Map.of("regionCode", r, "volumeApiName", "gp3",
                    "usagetype", "EUW3-EBS:VolumeUsage.gp3"), "0", "GB-Mo", "0.0928000000"),
                "0.0928"));
    }

    /** One case: {@code element}, a product of {@code serviceCode}, prices {@code query}. */
    private static Arguments priced(PriceQuery query, String serviceCode, String element,
                                    String usd) {
        return Arguments.of(query.service(), serviceCode, element, query, usd);
    }

    /**
     * A product priced by usage in the query's region, listing {@code usd} per {@code awsUnit}:
     * the price the query must get.
     */
    private static Arguments usage(PriceQuery query, String serviceCode, String family,
                                   String usageType, String awsUnit, String usd) {
        return priced(query, serviceCode, PriceListElements.usage(serviceCode, family,
            query.region(), usageType, awsUnit, usd), usd);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void eachServiceAsksForItsProductsAndStoresThemUnderTheKeyTheRulesAskFor(
        String service, String serviceCode, String element, PriceQuery query, String usd)
        throws Exception {
        try (FakePriceListServer server = new FakePriceListServer(r ->
            FakePriceListServer.Answer.ok(List.of(element), null))) {
            refresh(server, "eu-west-3", service);
            assertThat(server.received()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.body().path("ServiceCode").asText()).isEqualTo(serviceCode);
                if (!ServiceRules.GLOBAL.contains(service)) {
                    assertThat(r.filters()).containsKey("regionCode");
                }
                assertThat(r.filters()).hasSizeGreaterThanOrEqualTo(1);
            });
        }
        PriceResult result = PriceCatalogs.standard(cacheDir).lookup(query);
        assertThat(result).as(query.toString()).isInstanceOf(Price.class);
        Price price = (Price) result;
        assertThat(price.usdPerUnit()).isEqualByComparingTo(usd);
        assertThat(price.source()).contains("AWS Price List Query API")
            .contains("published 2026-11-20");
    }

    @Test
    void everyServiceEnvolPricesCanBeRefreshed() {
        assertThat(ProductRules.SERVICES).containsExactlyInAnyOrder("ec2", "rds", "elasticache",
            "s3", "ebs", "nat-gateway", "alb", "cloudfront", "lambda", "lambda-edge", "route53",
            "waf", "kms", "sqs", "secrets-manager", "cloudwatch", "dynamodb", "efs", "fargate",
            "apigateway", "vpc");
        for (String service : ProductRules.SERVICES) {
            assertThat(RefreshQueries.of(service, "eu-west-3", List.of())).as(service)
                .isNotEmpty();
        }
    }

    @Test
    void aFreeFirstTierIsSkippedAndTheFirstPaidRateKept() throws Exception {
        // SQS lists its free million as a first dimension at 0 USD: Envol never deducts free
        // tiers (they are per account), and never stores 0
        String sqs = PriceListElements.product("AWSQueueService", "API Request", "SQS1",
            Map.of("regionCode", "eu-west-3", "usagetype", "EUW3-Requests-Tier1"),
            "0", "Requests", "0.0000000000", "1000000", "Requests", "0.0000004000",
            "100000000000", "Requests", "0.0000003000");
        try (FakePriceListServer server = new FakePriceListServer(r ->
            FakePriceListServer.Answer.ok(List.of(sqs), null))) {
            refresh(server, "eu-west-3", "sqs");
        }
        Price price = (Price) PriceCatalogs.standard(cacheDir).lookup(
            PriceQuery.of("sqs", "eu-west-3", "request"));
        assertThat(price.usdPerUnit()).isEqualByComparingTo("0.0000004");
    }

    @Test
    void aServerIgnoringFiltersCannotMisplaceAPrice() throws Exception {
        // every query gets the same answer: other regions' products, one placed only by its
        // location, one whose location is unknown
        String virginia = PriceListElements.ec2("us-east-1", "m5.large", "Linux", "0.0960000000");
        String ireland = PriceListElements.product("AmazonEC2", "Compute Instance", "IRL",
            Map.of("location", "EU (Ireland)", "instanceType", "m5.large",
                "operatingSystem", "Linux", "tenancy", "Shared", "preInstalledSw", "NA",
                "capacitystatus", "Used", "licenseModel", "No License required"),
            "0", "Hrs", "0.1070000000");
        String nowhere = PriceListElements.product("AmazonEC2", "Compute Instance", "MOON",
            Map.of("location", "Moon (Tranquility Base)", "instanceType", "m5.large",
                "operatingSystem", "Linux", "tenancy", "Shared", "preInstalledSw", "NA",
                "capacitystatus", "Used", "licenseModel", "No License required"),
            "0", "Hrs", "9.9900000000");
        String frankfurtEfs = PriceListElements.product("AmazonEFS", "Storage", "EFSFRA",
            Map.of("regionCode", "eu-central-1", "usagetype", "EUC1-TimedStorage-ByteHrs",
                "storageClass", "General Purpose"), "0", "GB-Mo", "0.3600000000");
        PriceRefresh.Result result;
        try (FakePriceListServer server = new FakePriceListServer(r ->
            FakePriceListServer.Answer.ok(List.of(virginia, ireland, nowhere, frankfurtEfs),
                null))) {
            result = refresh(server, "eu-west-3", "ec2", "efs");
        }
        PriceCatalog catalog = PriceCatalogs.standard(cacheDir);
        // Paris keeps its own price (embedded), never Virginia's or Ireland's
        Price paris = (Price) catalog.lookup(PriceQuery.of("ec2", "eu-west-3", "m5.large"));
        assertThat(paris.usdPerUnit()).isEqualByComparingTo("0.112");
        assertThat(paris.source()).startsWith("embedded");
        Price us = (Price) catalog.lookup(PriceQuery.of("ec2", "us-east-1", "m5.large"));
        assertThat(us.usdPerUnit()).isEqualByComparingTo("0.096");
        assertThat(us.source()).contains("Price List");
        Price irl = (Price) catalog.lookup(PriceQuery.of("ec2", "eu-west-1", "m5.large"));
        assertThat(irl.usdPerUnit()).isEqualByComparingTo("0.107");
        assertThat(catalog.lookup(PriceQuery.of("efs", "eu-west-3", "storage-standard")))
            .isInstanceOf(Unpriced.class);
        assertThat(((Price) catalog.lookup(PriceQuery.of("efs", "eu-central-1",
            "storage-standard"))).usdPerUnit()).isEqualByComparingTo("0.36");
        // the Moon product is skipped and counted, once per answer that carried it (3 queries:
        // EC2 Linux, EC2 Windows, EFS)
        assertThat(result.unplaced()).hasSize(3)
            .allSatisfy(u -> assertThat(u).contains("MOON").contains("Moon (Tranquility Base)"));
    }
}
