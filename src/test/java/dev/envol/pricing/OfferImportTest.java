package dev.envol.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.InputException;
import dev.envol.model.PurchaseOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferImportTest {
    @TempDir
    Path cacheDir;
    @TempDir
    Path work;

    private Path sample(String name) throws IOException {
        Path file = work.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private OfferImport importer() {
        return new OfferImport(cacheDir, RefreshProgress.QUIET);
    }

    private Price price(PriceQuery query) {
        PriceResult result = PriceCatalogs.standard(cacheDir).lookup(query);
        assertThat(result).as(query.toString()).isInstanceOf(Price.class);
        return (Price) result;
    }

    @Test
    void theRealRdsOfferGivesItsInstanceHours() throws Exception {
        OfferImport.Result result = importer().run(sample("offer-AmazonRDS-eu-west-2-head.csv"));
        assertThat(result.offerCode()).isEqualTo("AmazonRDS");
        assertThat(result.published()).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.prices()).isEqualTo(2);
        Price price = price(PriceQuery.of("rds", "eu-west-2", "db.r6g.large")
            .with("engine", "mysql"));
        assertThat(price.usdPerUnit()).isEqualByComparingTo("0.251");
        assertThat(price.asOf()).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(price.source()).isEqualTo("AWS offer file offer-AmazonRDS-eu-west-2-head.csv"
            + " (AmazonRDS, published 2026-09-04)");
    }

    @Test
    void theRealS3OfferGivesTheFirstStorageTierAndRequests() throws Exception {
        OfferImport.Result result = importer().run(sample("offer-AmazonS3-eu-west-1.csv"));
        assertThat(result.prices()).isEqualTo(3);
        assertThat(price(PriceQuery.of("s3", "eu-west-1", "storage-standard")).usdPerUnit())
            .isEqualByComparingTo("0.022");
        assertThat(price(PriceQuery.of("s3", "eu-west-1", "get-request")).usdPerUnit())
            .isEqualByComparingTo("0.0000004");
        assertThat(price(PriceQuery.of("s3", "eu-west-1", "put-request")).usdPerUnit())
            .isEqualByComparingTo("0.000005");
    }

    @Test
    void theRealS3OfferKeepsEveryStorageTier() throws Exception {
        importer().run(sample("offer-AmazonS3-eu-west-1.csv"));
        PriceCatalog catalog = PriceCatalogs.standard(cacheDir);
        PriceTiers tiers = catalog.tiers(PriceQuery.of("s3", "eu-west-1", "storage-standard"))
            .orElseThrow();
        assertThat(tiers.firstTierOnly()).isFalse();
        assertThat(tiers.unit()).isEqualTo("GB-month");
        assertThat(tiers.tiers()).extracting(t -> t.fromUnits().toPlainString(),
                t -> t.toUnits() == null ? "Inf" : t.toUnits().toPlainString(),
                t -> t.usdPerUnit().toPlainString())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("0", "51200", "0.022"),
                org.assertj.core.groups.Tuple.tuple("51200", "512000", "0.021"),
                org.assertj.core.groups.Tuple.tuple("512000", "Inf", "0.02"));
        assertThat(tiers.tiers().get(2).source()).contains("offer-AmazonS3-eu-west-1.csv");
        assertThat(catalog.isTiered(PriceQuery.of("s3", "eu-west-1", "get-request"))).isFalse();
        // 100,000 GB-month: 51,200 x 0.022 + 48,800 x 0.021 = 1,126.40 + 1,024.80 = 2,151.20
        assertThat(tiers.cost(new BigDecimal("100000"))).isEqualByComparingTo("2151.20");
        // the cache file holds them as tier lines
        String file = Files.readString(new PriceCache(cacheDir).files().get(0));
        assertThat(file).contains("t,s3,eu-west-1,storage-standard,,51200,512000,0.021,GB-month,");
    }

    @Test
    void theRealEc2HeadHasNoRowEnvolPricesAndChangesNothing() throws Exception {
        OfferImport.Result result = importer().run(sample("offer-AmazonEC2-index-head.csv"));
        assertThat(result.rows()).isEqualTo(44);
        assertThat(result.prices()).isZero();
        assertThat(result.cacheFile()).isNull();
        assertThat(new PriceCache(cacheDir).files()).isEmpty();
    }

    private Path ec2Offer(String name, String lineEnd, boolean finalNewline, String... rows)
        throws IOException {
        StringWriter text = new StringWriter();
        OfferFiles.ec2().writeHead(text);
        for (String row : rows) {
            text.write(row);
            text.write('\n');
        }
        String content = text.toString().replace("\n", lineEnd);
        if (!finalNewline) {
            content = content.substring(0, content.length() - lineEnd.length());
        }
        return Files.writeString(work.resolve(name), content);
    }

    private static String[] m5LargeRows(OfferFiles files) {
        Map<String, String> onDemand = new HashMap<>(
            OfferFiles.linuxShared("SKUM5", "m5.large", "eu-west-3"));
        onDemand.putAll(Map.of("TermType", "OnDemand", "OfferTermCode", "JRTCKXETXF",
            "Unit", "Hrs", "PricePerUnit", "0.1120000000", "LeaseContractLength", "",
            "PurchaseOption", "", "OfferingClass", "", "StartingRange", "0"));
        Map<String, String> upfront = new HashMap<>(
            OfferFiles.linuxShared("SKUM5", "m5.large", "eu-west-3"));
        upfront.putAll(Map.of("TermType", "Reserved", "OfferTermCode", "NQ3QZPMQV9",
            "Unit", "Quantity", "PricePerUnit", "1100", "LeaseContractLength", "3yr",
            "PurchaseOption", "All Upfront", "OfferingClass", "standard", "StartingRange", ""));
        Map<String, String> hourly = new HashMap<>(upfront);
        hourly.putAll(Map.of("Unit", "Hrs", "PricePerUnit", "0.0000000000"));
        Map<String, String> windows = new HashMap<>(onDemand);
        windows.putAll(Map.of("SKU", "SKUW", "Operating System", "Windows",
            "PricePerUnit", "0.2040000000"));
        Map<String, String> dedicated = new HashMap<>(onDemand);
        dedicated.putAll(Map.of("SKU", "SKUD", "Tenancy", "Dedicated"));
        return new String[] {files.row(upfront), files.row(onDemand), files.row(hourly),
            files.row(windows), files.row(dedicated)};
    }

    @Test
    void linuxAndWindowsRowsWithReservationsSpreadOverTwoRows() throws Exception {
        Path offer = ec2Offer("ec2.csv", "\n", true, m5LargeRows(OfferFiles.ec2()));
        OfferImport.Result result = importer().run(offer);
        assertThat(result.rows()).isEqualTo(5);
        assertThat(result.prices()).isEqualTo(3);
        PriceQuery m5 = PriceQuery.of("ec2", "eu-west-3", "m5.large");
        assertThat(price(m5.with("os", "windows")).usdPerUnit()).isEqualByComparingTo("0.204");
        Price reserved = price(m5.withPurchase(PurchaseOption.RESERVED_3Y_ALL_UPFRONT));
        assertThat(reserved.upfrontUsd()).isEqualByComparingTo("1100");
        assertThat(reserved.usdPerUnit()).isEqualByComparingTo(new BigDecimal("1100")
            .divide(new BigDecimal("26280"), 10, RoundingMode.HALF_UP));
        assertThat(reserved.asOf()).isEqualTo(LocalDate.of(2025, 9, 12));
    }

    @Test
    void crlfAndAMissingFinalNewlineReadTheSame() throws Exception {
        OfferImport.Result result = importer().run(
            ec2Offer("crlf.csv", "\r\n", false, m5LargeRows(OfferFiles.ec2())));
        assertThat(result.prices()).isEqualTo(3);
        assertThat(result.bytes()).isEqualTo(Files.size(work.resolve("crlf.csv")));
    }

    @Test
    void aBadRowNamesFileAndLineAndKeepsThePreviousImport() throws Exception {
        OfferFiles files = OfferFiles.ec2();
        String[] good = m5LargeRows(files);
        Path offer = ec2Offer("same.csv", "\n", true, good);
        importer().run(offer);
        Path cached = new PriceCache(cacheDir).files().get(0);
        byte[] before = Files.readAllBytes(cached);

        ec2Offer("same.csv", "\n", true, good[0], good[1], "\"too\",\"short\"");
        assertThatThrownBy(() -> importer().run(offer)).isInstanceOf(InputException.class)
            .hasMessage(offer + " line 9: 2 fields where the header has 91");
        Map<String, String> nan = new HashMap<>(
            OfferFiles.linuxShared("SKUX", "c5.large", "eu-west-3"));
        nan.putAll(Map.of("TermType", "OnDemand", "Unit", "Hrs", "PricePerUnit", "cheap"));
        ec2Offer("same.csv", "\n", true, good[1], files.row(nan));
        assertThatThrownBy(() -> importer().run(offer))
            .hasMessage(offer + " line 8: PricePerUnit 'cheap' is not a number");
        ec2Offer("same.csv", "\n", true, good[1], "\"SKU,\"unclosed");
        assertThatThrownBy(() -> importer().run(offer))
            .hasMessageStartingWith(offer + " line 8: ");

        assertThat(Files.readAllBytes(cached)).isEqualTo(before);
        assertThat(new PriceCache(cacheDir).files()).containsExactly(cached);
    }

    @Test
    void ebsGp3AndNatGatewayRowsOfTheEc2Offer() throws Exception {
        OfferFiles files = OfferFiles.ec2();
        Map<String, String> onDemand = Map.of("TermType", "OnDemand", "OfferTermCode",
            "JRTCKXETXF", "Region Code", "eu-west-2", "StartingRange", "0",
            "LeaseContractLength", "", "PurchaseOption", "", "OfferingClass", "");
        Map<String, String> gp3 = new HashMap<>(onDemand);
        gp3.putAll(Map.of("SKU", "SKUEBS", "Product Family", "Storage", "Volume API Name", "gp3",
            "usageType", "EUW2-EBS:VolumeUsage.gp3", "Unit", "GB-Mo", "PricePerUnit", "0.0928"));
        Map<String, String> natHours = new HashMap<>(onDemand);
        natHours.putAll(Map.of("SKU", "SKUNAT", "Product Family", "NAT Gateway",
            "usageType", "EUW2-NatGateway-Hours", "Unit", "Hrs", "PricePerUnit", "0.05"));
        Map<String, String> natBytes = new HashMap<>(natHours);
        natBytes.putAll(Map.of("SKU", "SKUNATB", "usageType", "EUW2-NatGateway-Bytes",
            "Unit", "GB", "PricePerUnit", "0.048"));
        Map<String, String> gp2 = new HashMap<>(gp3);
        gp2.putAll(Map.of("SKU", "SKUGP2", "Volume API Name", "gp2",
            "usageType", "EUW2-EBS:VolumeUsage.gp2"));
        OfferImport.Result result = importer().run(ec2Offer("network.csv", "\n", true,
            files.row(gp3), files.row(natHours), files.row(natBytes), files.row(gp2)));
        assertThat(result.prices()).isEqualTo(3);
        Price ebs = price(PriceQuery.of("ebs", "eu-west-2", "gp3"));
        assertThat(ebs.usdPerUnit()).isEqualByComparingTo("0.0928");
        assertThat(ebs.unit()).isEqualTo("GB-month");
        assertThat(price(PriceQuery.of("nat-gateway", "eu-west-2", "hour")).usdPerUnit())
            .isEqualByComparingTo("0.05");
        assertThat(price(PriceQuery.of("nat-gateway", "eu-west-2", "data-processed")).unit())
            .isEqualTo("GB");
    }

    @Test
    void aFileThatIsNotAnOfferIsRefused() throws Exception {
        Path csv = Files.writeString(work.resolve("inventory.csv"), "name,cpu\nweb,2\n");
        assertThatThrownBy(() -> importer().run(csv))
            .hasMessage(csv + " line 1: not an AWS offer file (it should start with"
                + " \"FormatVersion\")");
    }

    @Test
    void rowsLongerThanTheBufferAreRead() throws Exception {
        Map<String, String> big = new HashMap<>(
            OfferFiles.linuxShared("SKUBIG", "m5.large", "eu-west-1"));
        big.putAll(Map.of("TermType", "OnDemand", "Unit", "Hrs", "PricePerUnit", "0.107",
            "PriceDescription", "x\"y".repeat(700_000)));
        OfferImport.Result result = importer().run(
            ec2Offer("big.csv", "\n", true, OfferFiles.ec2().row(big)));
        assertThat(result.prices()).isEqualTo(1);
        assertThat(price(PriceQuery.of("ec2", "eu-west-1", "m5.large")).usdPerUnit())
            .isEqualByComparingTo("0.107");
        assertThat(List.of(result.rows())).containsExactly(1L);
    }
}
