package dev.envol.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.PurchaseOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedCatalogTest {
    private final PriceCatalog catalog = PriceCatalogs.embedded();

    private Price price(PriceQuery query) {
        PriceResult result = catalog.lookup(query);
        assertThat(result).as(query.toString()).isInstanceOf(Price.class);
        return (Price) result;
    }

    private String unpriced(PriceQuery query) {
        PriceResult result = catalog.lookup(query);
        assertThat(result).as(query.toString()).isInstanceOf(Unpriced.class);
        return ((Unpriced) result).reason();
    }

    @Test
    void ec2PricesComeFromTheNewestRowWithSourceAndDate() {
        Price paris = price(PriceQuery.of("ec2", "eu-west-3", "m5.large"));
        assertThat(paris.usdPerUnit()).isEqualByComparingTo("0.112");
        assertThat(paris.unit()).isEqualTo("hour");
        assertThat(paris.asOf()).isEqualTo(LocalDate.of(2026, 8, 8));
        assertThat(paris.source()).contains("hitamu/cloud-price-tracker");
        assertThat(paris.purchase()).isEqualTo(PurchaseOption.ON_DEMAND);

        Price virginia = price(PriceQuery.of("ec2", "us-east-1", "m5.large").with("os", "linux"));
        assertThat(virginia.usdPerUnit()).isEqualByComparingTo("0.096");
        assertThat(virginia.asOf()).isEqualTo(LocalDate.of(2026, 7, 20));
    }

    @Test
    void coversTheFourEuropeanAndUsRegionsForCommonTypes() {
        for (String region : List.of("us-east-1", "eu-west-1", "eu-west-3", "eu-central-1")) {
            assertThat(catalog.lookup(PriceQuery.of("ec2", region, "m5.large")))
                .as(region).isInstanceOf(Price.class);
            assertThat(catalog.lookup(PriceQuery.of("rds", region, "db.m5.large")
                .with("engine", "postgresql"))).as(region).isInstanceOf(Price.class);
        }
        for (String region : List.of("eu-west-1", "eu-west-3", "eu-central-1")) {
            assertThat(catalog.lookup(PriceQuery.of("alb", region, "hour"))).as(region)
                .isInstanceOf(Price.class);
            assertThat(catalog.lookup(PriceQuery.of("nat-gateway", region, "hour"))).as(region)
                .isInstanceOf(Price.class);
        }
    }

    @Test
    void rdsMultiAzUsesTheMultiAzRowWhenThereIsOne() {
        Price price = price(PriceQuery.of("rds", "eu-west-1", "db.r6g.large")
            .with("engine", "mysql").with("deployment", "multi-az"));
        assertThat(price.usdPerUnit()).isEqualByComparingTo("0.474");
        assertThat(price.source()).doesNotContain("rule");
    }

    @Test
    void rdsMultiAzIsTwiceSingleAzOtherwiseAndSaysSo() {
        PriceQuery single = PriceQuery.of("rds", "eu-west-1", "db.m5.large").with("engine", "mysql");
        Price singleAz = price(single);
        Price multiAz = price(single.with("deployment", "multi-az"));
        assertThat(multiAz.usdPerUnit())
            .isEqualByComparingTo(singleAz.usdPerUnit().multiply(BigDecimal.valueOf(2)));
        assertThat(multiAz.source()).contains("Multi-AZ = 2 x Single-AZ rule");
    }

    @Test
    void rdsAndElastiCacheReservedRatesWhereTheDataHasThem() {
        PriceQuery rds = PriceQuery.of("rds", "eu-west-1", "db.r6g.4xlarge")
            .with("engine", "postgres");
        assertThat(price(rds.withPurchase(PurchaseOption.RESERVED_1Y_NO_UPFRONT)).usdPerUnit())
            .isEqualByComparingTo("1.3323");
        assertThat(price(rds.withPurchase(PurchaseOption.RESERVED_3Y_ALL_UPFRONT)).purchase())
            .isEqualTo(PurchaseOption.RESERVED_3Y_ALL_UPFRONT);
        assertThat(unpriced(rds.withPurchase(PurchaseOption.RESERVED_1Y_PARTIAL_UPFRONT)))
            .startsWith("no reserved-1y-partial-upfront price for rds db.r6g.4xlarge");

        PriceQuery cache = PriceQuery.of("elasticache", "us-east-1", "cache.m5.large");
        assertThat(price(cache).usdPerUnit()).isEqualByComparingTo("0.156");
        assertThat(price(cache.withPurchase(PurchaseOption.RESERVED_1Y_NO_UPFRONT)).usdPerUnit())
            .isEqualByComparingTo("0.106");
    }

    @Test
    void unitPricesAreInBaseUnits() {
        assertThat(price(PriceQuery.of("lambda", "us-east-1", "request")).usdPerUnit())
            .isEqualByComparingTo("0.0000002");
        assertThat(price(PriceQuery.of("sqs", "us-east-1", "request").with("fifo", "true"))
            .usdPerUnit()).isEqualByComparingTo("0.0000005");
        assertThat(price(PriceQuery.of("kms", "us-east-1", "request")).usdPerUnit())
            .isEqualByComparingTo("0.000003");
        assertThat(price(PriceQuery.of("s3", "eu-west-3", "storage-standard")).unit())
            .isEqualTo("GB-month");
    }

    @Test
    void globalServicesAnswerForAnyRegion() {
        for (String region : List.of("eu-west-3", "ap-south-1")) {
            assertThat(price(PriceQuery.of("cloudfront", region, "data-out")).usdPerUnit())
                .isEqualByComparingTo("0.085");
            assertThat(price(PriceQuery.of("route53", region, "hosted-zone")).usdPerUnit())
                .isEqualByComparingTo("0.5");
        }
        Price shield = price(PriceQuery.of("shield-advanced", "eu-west-1", "subscription"));
        assertThat(shield.usdPerUnit()).isEqualByComparingTo("3000");
        assertThat(shield.source()).contains("per organisation");
    }

    @Test
    void aMissingRegionIsUnpricedWithAHintNeverAnotherRegionsPrice() {
        assertThat(unpriced(PriceQuery.of("s3", "eu-west-1", "storage-standard")))
            .isEqualTo("no price for s3 storage-standard in eu-west-1 in the embedded catalog"
                + " (try `envol prices refresh --region eu-west-1 --services s3`)");
        assertThat(unpriced(PriceQuery.of("ebs", "us-east-1", "gp3")))
            .startsWith("no price for ebs gp3 in us-east-1");
    }

    @Test
    void windowsReservedEc2AndUnknownEnginesAreUnpricedWithTheReason() {
        assertThat(unpriced(PriceQuery.of("ec2", "us-east-1", "m5.large").with("os", "windows")))
            .contains("os=windows").contains("no Windows prices here");
        assertThat(unpriced(PriceQuery.of("ec2", "us-east-1", "m5.large")
            .withPurchase(PurchaseOption.RESERVED_1Y_NO_UPFRONT)))
            .startsWith("no reserved-1y-no-upfront price for ec2 m5.large");
        assertThat(unpriced(PriceQuery.of("rds", "us-east-1", "db.m5.large")
            .with("engine", "oracle"))).contains("unknown engine 'oracle'");
        assertThat(unpriced(PriceQuery.of("ec2", "us-east-1", "m99.huge")))
            .startsWith("no price for ec2 m99.huge");
    }

    @Test
    void servicesWithoutReservationsAnswerOnDemand() {
        Price alb = price(PriceQuery.of("alb", "eu-west-3", "hour")
            .withPurchase(PurchaseOption.RESERVED_3Y_ALL_UPFRONT));
        assertThat(alb.purchase()).isEqualTo(PurchaseOption.ON_DEMAND);
    }

    @Test
    void instanceTypesHaveTheirSizes() {
        assertThat(catalog.instanceTypes()).hasSizeGreaterThan(600);
        InstanceSpec m6g = catalog.instanceType("m6g.large").orElseThrow();
        assertThat(m6g.vcpu()).isEqualTo(2);
        assertThat(m6g.memoryGib()).isEqualByComparingTo("8");
        assertThat(m6g.arch()).isEqualTo("arm64");
        assertThat(catalog.asOf()).isAfterOrEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(catalog.source()).contains("embedded");
    }

    @Test
    void regionUniformServicesUseTheUsEast1PriceAndSaySo() {
        Price webAcl = price(PriceQuery.of("waf", "eu-west-3", "web-acl"));
        assertThat(webAcl.usdPerUnit()).isEqualByComparingTo("5");
        assertThat(webAcl.source()).contains("one price for every commercial region");
        Price key = price(PriceQuery.of("kms", "eu-central-1", "key"));
        assertThat(key.usdPerUnit()).isEqualByComparingTo("1");

        // Secrets Manager has its own eu-west-3 row: that one wins, without the note.
        Price secret = price(PriceQuery.of("secrets-manager", "eu-west-3", "secret"));
        assertThat(secret.source()).doesNotContain("one price for every commercial region");
    }

    @Test
    void servicesPricedPerRegionStayUnpricedWhereTheDataHasNoRow() {
        assertThat(unpriced(PriceQuery.of("efs", "eu-west-3", "storage-standard")))
            .contains("no price for efs storage-standard in eu-west-3");
    }
}
