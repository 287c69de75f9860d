package dev.envol.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.InputException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PricePartsTest {
    private static String resource(String name) throws Exception {
        try (InputStream in = PriceCatalogs.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every entry and tier of {@code parts}, part by part, for the parts {@code full} has. */
    private static PriceFile.Contents byParts(PriceParts parts, PriceFile.Contents full) {
        Set<String> names = new TreeSet<>();
        full.entries().forEach(e -> names.add(PriceTable.part(e.service(), e.region(), e.key())));
        full.tiers().forEach(t -> names.add(PriceTable.part(t.service(), t.region(), t.key())));
        List<PriceEntry> entries = new ArrayList<>();
        List<TierEntry> tiers = new ArrayList<>();
        for (String name : names) {
            PriceFile.Contents part = parts.part(name);
            part.entries().forEach(e ->
                assertThat(PriceTable.part(e.service(), e.region(), e.key())).isEqualTo(name));
            entries.addAll(part.entries());
            tiers.addAll(part.tiers());
        }
        return new PriceFile.Contents(entries, tiers);
    }

    @Test
    void theEmbeddedFilesReadPartByPartHoldWhatAFullReadHolds() throws Exception {
        for (String name : List.of(PriceCatalogs.EMBEDDED_RESOURCE, PriceCatalogs.TIERS_RESOURCE)) {
            String text = resource(name);
            PriceFile.Contents full = PriceFile.readAll(
                new BufferedReader(new StringReader(text)), name);
            PriceParts parts = new PriceParts(name, text);
            PriceFile.Contents read = byParts(parts, full);
            assertThat(read.entries()).containsExactlyInAnyOrderElementsOf(full.entries());
            assertThat(read.tiers()).containsExactlyInAnyOrderElementsOf(full.tiers());
            LocalDate newest = full.entries().isEmpty()
                ? full.tiers().stream().map(TierEntry::asOf).max(Comparator.naturalOrder()).get()
                : full.entries().stream().map(PriceEntry::asOf).max(Comparator.naturalOrder()).get();
            assertThat(parts.newest()).isEqualTo(newest);
        }
    }

    @Test
    void readsQuotedFieldsWindowsLineEndsAndUnsortedLines() {
        String text = "# a comment\r\n"
            + "s,1,\"AWS, test\"\r\n"
            + "p,ec2,eu-west-3,m5.large,os=linux,on-demand,0.1,hour,,,2026-01-02,1\r\n"
            + "p,\"ec2\",\"eu-west-1\",m5.large,os=linux,on-demand,0.2,hour,,,2026-03-04,1\r\n"
            + "p,rds,eu-west-3,db.m5.large,,on-demand,0.3,hour,,,2025-12-31,1\r\n"
            + "p,ec2,eu-west-3,m5.xlarge,os=linux,on-demand,0.4,hour,,,2026-01-02,1";
        PriceParts parts = new PriceParts("test.csv", text);
        assertThat(parts.part("ec2,eu-west-3,m5.large").entries()).extracting(PriceEntry::usdPerUnit)
            .containsExactly(new java.math.BigDecimal("0.1"));
        assertThat(parts.part("ec2,eu-west-3,m5.xlarge").entries()).hasSize(1);
        assertThat(parts.part("ec2,eu-west-1,m5.large").entries()).singleElement()
            .satisfies(e -> assertThat(e.source()).isEqualTo("AWS, test"));
        assertThat(parts.part("rds,eu-west-3,db.m5.large").entries()).hasSize(1);
        assertThat(parts.part("lambda,eu-west-3,requests").entries()).isEmpty();
        assertThat(parts.parts()).containsExactlyInAnyOrder("ec2,eu-west-3,m5.large",
            "ec2,eu-west-1,m5.large", "rds,eu-west-3,db.m5.large", "ec2,eu-west-3,m5.xlarge");
        assertThat(parts.newest()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aLineWithoutServiceAndRegionFailsWhenTheFileIsRead() {
        assertThatThrownBy(() -> new PriceParts("broken.csv", "s,1,x\np,ec2\n"))
            .isInstanceOf(InputException.class).hasMessageStartingWith("broken.csv line 2: ");
    }

    @Test
    void aBadPriceFailsWhenItsPartIsRead() {
        PriceParts parts = new PriceParts("bad.csv", "s,1,x\n"
            + "p,ec2,eu-west-3,m5.large,os=linux,on-demand,0.1,hour,,,2026-01-02,1\n"
            + "p,ec2,eu-west-1,m5.large,os=linux,on-demand,zero,hour,,,2026-01-02,1\n");
        assertThat(parts.part("ec2,eu-west-3,m5.large").entries()).hasSize(1);
        assertThatThrownBy(() -> parts.part("ec2,eu-west-1,m5.large"))
            .isInstanceOf(InputException.class).hasMessageStartingWith("bad.csv line 3: ");
    }
}
