package dev.envol.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog against PRODUCT.md's type table: types, property names, defaults, shapes. */
class ComponentCatalogTest {
    private final ComponentCatalog catalog = ComponentCatalog.standard();

    /** PRODUCT.md's table: type -> the usage properties it names (names are part of the format). */
    private static final Map<String, List<String>> PRODUCT_TABLE = productTable();

    private static Map<String, List<String>> productTable() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("aws.ec2", List.of("instanceType", "os", "ebsGb", "hoursPerMonth"));
        t.put("aws.asg", List.of("instanceType", "min", "max", "average", "ebsGb"));
        t.put("aws.alb", List.of("lcu"));
        t.put("aws.cloudfront", List.of("dataOutGb", "httpsRequestsMillions"));
        t.put("aws.lambda-edge", List.of("requestsMillions", "avgDurationMs", "memoryMb"));
        t.put("aws.route53", List.of("hostedZones", "queriesMillions"));
        t.put("aws.acm", List.of());
        t.put("aws.waf", List.of("webAcls", "rules", "requestsMillions"));
        t.put("aws.shield-advanced", List.of("dataOutGb"));
        t.put("aws.s3", List.of("storageGb", "putRequestsThousands", "getRequestsThousands"));
        t.put("aws.efs", List.of("storageGb"));
        t.put("aws.rds", List.of("engine", "instanceType", "multiAz", "storageGb", "storageType",
            "encrypted"));
        t.put("aws.elasticache", List.of("engine", "nodeType", "nodes", "encrypted"));
        t.put("aws.dynamodb", List.of("writeRequestsMillions", "readRequestsMillions", "storageGb",
            "encrypted"));
        t.put("aws.lambda", List.of("requestsMillions", "avgDurationMs", "memoryMb", "arch"));
        t.put("aws.sqs", List.of("requestsMillions", "fifo"));
        t.put("aws.kms", List.of("keys", "requestsTenThousands"));
        t.put("aws.secrets-manager", List.of("secrets", "apiCallsTenThousands"));
        t.put("aws.ssm-parameter-store", List.of("standardParameters"));
        t.put("aws.cloudwatch", List.of("logsIngestGb", "logsStoredGb", "alarms", "customMetrics"));
        t.put("aws.nat-gateway", List.of("dataProcessedGb"));
        // second release, "More of AWS priced"
        t.put("aws.fargate", List.of("vcpu", "memoryGb", "tasks", "arch"));
        t.put("aws.api-gateway", List.of("requestsMillions"));
        t.put("aws.public-ipv4", List.of("addresses"));
        t.put("aws.ebs", List.of("storageGb", "encrypted"));
        t.put("aws.data-transfer", List.of("internetOutGb"));
        t.put("aws.other", List.of("monthlyUsd", "description"));
        t.put("onprem.server", List.of("cpus", "memoryGb", "storageGb", "os", "cpuUtilPct",
            "memUtilPct"));
        t.put("external.users", List.of());
        t.put("external.system", List.of());
        t.put("onprem.load-balancer", List.of());
        t.put("onprem.cache", List.of());
        t.put("onprem.database", List.of("engine"));
        t.put("onprem.app-server", List.of());
        t.put("onprem.storage", List.of("capacityGb"));
        t.put("onprem.network", List.of());
        t.put("onprem.ci", List.of());
        t.put("onprem.batch", List.of());
        t.put("onprem.external", List.of());
        return t;
    }

    static Stream<Arguments> productTypes() {
        return PRODUCT_TABLE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<ComponentType> allTypes() {
        return ComponentCatalog.standard().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("productTypes")
    void everyTypeOfTheProductTableIsDescribed(String key, List<String> properties) {
        ComponentType type = catalog.find(key).orElseThrow(() -> new AssertionError(key));

        assertThat(type.displayName()).isNotBlank();
        assertThat(type.category()).isNotNull();
        assertThat(type.iconKey()).matches("mdi2[a-z]-[a-z0-9-]+");
        assertThat(type.drawioStyle()).isNotBlank().endsWith(";");
        assertThat(type.drawioWidth()).isPositive();
        assertThat(type.drawioHeight()).isPositive();
        assertThat(type.properties()).extracting(PropertySpec::name).containsAll(properties);
    }

    @Test
    void theCatalogHoldsNoTypeOutsideTheProductTable() {
        assertThat(catalog.keys()).containsExactlyInAnyOrderElementsOf(PRODUCT_TABLE.keySet());
    }

    @Test
    void everyAwsTypeTakesCountRegionAndPricing() {
        for (ComponentType type : catalog.all()) {
            if (type.isAws()) {
                assertThat(type.properties()).extracting(PropertySpec::name).as(type.key())
                    .contains("count", "region", "pricing");
            }
        }
    }

    @Test
    void everyOnPremTypeTakesTheCostPropertiesWithSixtyMonthAmortisation() {
        List<ComponentType> onPrem = catalog.all().stream().filter(ComponentType::isOnPrem).toList();
        assertThat(onPrem).hasSize(10);
        for (ComponentType type : onPrem) {
            assertThat(type.category()).isEqualTo(Category.ON_PREMISE);
            assertThat(type.properties()).extracting(PropertySpec::name).as(type.key())
                .contains("count", "hardwareCost", "amortizationMonths", "licenceMonthly",
                    "supportMonthly", "hostingMonthly", "managedServicesMonthly", "staffFte");
            assertThat(type.property("amortizationMonths").orElseThrow().defaultValue())
                .isEqualTo(60);
        }
    }

    @Test
    void typesSitInTheCategoryTheirColourSays() {
        assertThat(catalog.get("aws.ec2").category()).isEqualTo(Category.COMPUTE);
        assertThat(catalog.get("aws.rds").category()).isEqualTo(Category.DATABASE);
        assertThat(catalog.get("aws.s3").category()).isEqualTo(Category.STORAGE);
        assertThat(catalog.get("aws.cloudfront").category()).isEqualTo(Category.NETWORK);
        assertThat(catalog.get("aws.waf").category()).isEqualTo(Category.SECURITY);
        assertThat(catalog.get("aws.cloudwatch").category()).isEqualTo(Category.MANAGEMENT);
        assertThat(catalog.get("aws.sqs").category()).isEqualTo(Category.INTEGRATION);
        assertThat(Category.COMPUTE.colour()).isEqualTo("#ED7100");
        assertThat(Category.ON_PREMISE.colour()).isEqualTo("#232F3D");
        assertThat(Category.ON_PREMISE.key()).isEqualTo("on-premise");
    }

    @Test
    void drawioStylesComeFromTheShapeFile() {
        ComponentType ec2 = catalog.get("aws.ec2");
        assertThat(ec2.drawioStyle()).contains("resIcon=mxgraph.aws4.ec2;");
        assertThat(ec2.drawioWidth()).isEqualTo(78);
        assertThat(catalog.get("aws.alb").drawioStyle())
            .contains("shape=mxgraph.aws4.application_load_balancer;");
        assertThat(catalog.get("aws.rds").drawioStyle()).contains("mxgraph.aws4.");
    }

    @Test
    void typesWithoutADrawioShapeGetARoundedTileInTheirCategoryColour() {
        ComponentType ci = catalog.get("onprem.ci");
        assertThat(ci.drawioStyle()).startsWith("rounded=1;").contains("fillColor=#232F3D;");
        assertThat(ci.drawioWidth()).isEqualTo(120);
    }

    @Test
    void newTypesUseDrawioShapesWhereTheFileHasOneElseTheGenericAwsIcon() {
        assertThat(catalog.get("aws.fargate").drawioStyle()).contains("resIcon=mxgraph.aws4.fargate;");
        assertThat(catalog.get("aws.api-gateway").drawioStyle())
            .contains("resIcon=mxgraph.aws4.api_gateway;");
        for (String key : List.of("aws.ebs", "aws.public-ipv4")) {
            ComponentType type = catalog.get(key);
            assertThat(type.drawioStyle()).as(key)
                .contains("shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.general;")
                .contains("fillColor=" + type.category().colour() + ";");
            assertThat(type.drawioWidth()).isEqualTo(78);
        }
        assertThat(catalog.get("aws.ebs").category()).isEqualTo(Category.STORAGE);
        assertThat(catalog.get("aws.public-ipv4").category()).isEqualTo(Category.NETWORK);
    }

    @Test
    void csvCellsKeepQuotedCommasAndDoubledQuotes() {
        assertThat(DrawioShapes.splitCsv("a,\"b,c\",\"say \"\"hi\"\"\",")).containsExactly(
            "a", "b,c", "say \"hi\"", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTypes")
    void propertyDefaultsAreOfThePropertysKind(ComponentType type) {
        for (PropertySpec p : type.properties()) {
            Object def = p.defaultValue();
            if (def == null) {
                continue;
            }
            String where = type.key() + "." + p.name();
            switch (p.kind()) {
                case NUMBER -> assertThat(def).as(where).isInstanceOf(Number.class);
                case INTEGER -> assertThat(def).as(where).isInstanceOfAny(Integer.class, Long.class);
                case BOOLEAN -> assertThat(def).as(where).isInstanceOf(Boolean.class);
                case TEXT -> assertThat(def).as(where).isInstanceOf(String.class);
                case CHOICE -> assertThat(p.choices()).as(where).contains((String) def);
                default -> throw new AssertionError(p.kind());
            }
            if (p.isNumeric()) {
                assertThat(((Number) def).doubleValue()).as(where).isNotNegative();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTypes")
    void choicePropertiesHaveChoicesAndOthersHaveNone(ComponentType type) {
        for (PropertySpec p : type.properties()) {
            if (p.kind() == PropertyKind.CHOICE) {
                assertThat(p.choices()).as(type.key() + "." + p.name()).isNotEmpty()
                    .doesNotHaveDuplicates();
            } else {
                assertThat(p.choices()).as(type.key() + "." + p.name()).isEmpty();
            }
        }
    }

    @Test
    void propertyNamesAreUniqueWithinAType() {
        for (ComponentType type : catalog.all()) {
            assertThat(type.properties()).extracting(PropertySpec::name).as(type.key())
                .doesNotHaveDuplicates();
        }
    }

    @Test
    void enginesAndPurchaseOptionsUseTheModelSpellings() {
        assertThat(catalog.get("aws.rds").property("engine").orElseThrow().choices())
            .containsExactly("mysql", "postgresql", "mariadb");
        assertThat(catalog.get("aws.elasticache").property("engine").orElseThrow().choices())
            .contains("redis", "memcached");
        assertThat(catalog.get("aws.ec2").property("pricing").orElseThrow().choices())
            .contains("on-demand", "reserved-3y-all-upfront");
    }

    @Test
    void anUnknownTypeIsNamedInTheError() {
        assertThat(catalog.find("aws.mainframe")).isEmpty();
        assertThatThrownBy(() -> catalog.get("aws.mainframe"))
            .hasMessageContaining("aws.mainframe");
    }
}
