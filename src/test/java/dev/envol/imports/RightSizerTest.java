package dev.envol.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RightSizerTest {
    private static final PriceCatalog CATALOG = PriceCatalogs.embedded();

    private static InventoryServer server(int cpus, int memoryMib, String os) {
        return new InventoryServer("s", "app", cpus, BigDecimal.valueOf(memoryMib), null, null,
            os, null, null, Map.of());
    }

    @Test
    void neverPicksAPreviousGenerationOrBareMetalType() {
        RightSizer sizer = new RightSizer(new SizingPolicy(Set.of("m", "c", "r", "t"), true,
            null), CATALOG, "eu-west-3");
        for (int cpus : new int[] {1, 2, 4, 8, 16, 32, 64}) {
            for (int gib : new int[] {1, 4, 8, 16, 61, 122, 244}) {
                InstanceChoice choice = sizer.size(server(cpus, gib * 1024, "Linux"));
                assertThat(choice.spec()).isNotNull();
                assertThat(RightSizer.PREVIOUS_GENERATION).doesNotContain(choice.spec().family());
                assertThat(choice.spec().size()).doesNotContain("metal");
                assertThat(choice.spec().vcpu()).isGreaterThanOrEqualTo(cpus);
                assertThat(choice.spec().memoryGib()).isGreaterThanOrEqualTo(
                    BigDecimal.valueOf(gib));
            }
        }
    }

    @Test
    void gravitonOnlyWhenAllowedAndNeverForWindows() {
        SizingPolicy arm = new SizingPolicy(null, true, null);
        RightSizer sizer = new RightSizer(arm, CATALOG, "eu-west-3");

        InstanceChoice linux = sizer.size(server(4, 8192, "Ubuntu Linux"));
        assertThat(linux.spec().arch()).isEqualTo("arm64");
        assertThat(sizer.size(server(4, 8192, "Microsoft Windows Server 2019")).spec().arch())
            .isEqualTo("x86_64");
        assertThat(new RightSizer(SizingPolicy.defaults(), CATALOG, "eu-west-3")
            .size(server(4, 8192, "Linux")).spec().arch()).isEqualTo("x86_64");
        assertThat(linux.usdPerHour()).isLessThan(new RightSizer(SizingPolicy.defaults(),
            CATALOG, "eu-west-3").size(server(4, 8192, "Linux")).usdPerHour());
    }

    @Test
    void familiesAreConfigurable() {
        RightSizer memoryOnly = new RightSizer(new SizingPolicy(Set.of("r"), false, null),
            CATALOG, "eu-west-3");
        InstanceChoice choice = memoryOnly.size(server(8, 16384, "Linux"));

        assertThat(RightSizer.instanceClass(choice.spec().family())).isEqualTo("r");
        assertThat(choice.spec().vcpu()).isEqualTo(8);
        assertThat(RightSizer.instanceClass("m7i-flex")).isEqualTo("m");
    }

    @Test
    void aRegionWithoutPricesStillSizesButSaysSo() {
        InstanceChoice choice = new RightSizer(SizingPolicy.defaults(), CATALOG, "xx-nowhere-1")
            .size(server(2, 4096, "Linux"));

        assertThat(choice.spec()).isNotNull();
        assertThat(choice.reason()).contains("none of the fitting types is priced in xx-nowhere-1");
        assertThat(choice.usdPerHour()).isNull();
        assertThat(choice.priceNote()).startsWith("unpriced");
    }

    @Test
    void aServerLargerThanEveryTypeHasNoChoice() {
        InstanceChoice choice = new RightSizer(SizingPolicy.defaults(), CATALOG, "eu-west-3")
            .size(server(4096, 1024, "Linux"));

        assertThat(choice.spec()).isNull();
        assertThat(choice.reason()).startsWith("no allowed type");
    }
}
