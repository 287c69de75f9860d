package dev.envol.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.cost.ComponentCost;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalogs;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the inspector and the badge tooltip say of a tiered component: the README's example, two
 * components sending 40,000 and 117,000 GB a month to the internet from eu-west-3, in USD.
 */
class TierBreakdownTest {
    private static CostReport estimate() {
        Settings settings = new Settings("eu-west-3", "USD", BigDecimal.ONE,
            BigDecimal.valueOf(730), YearMonth.of(2026, 1), 12, PurchaseOption.ON_DEMAND,
            BigDecimal.valueOf(650), 2, 5, new BigDecimal("0.08"), BigDecimal.valueOf(8000), 1,
            null, null, null);
        List<Component> target = List.of(
            Component.of("egress-a", "Egress A", "aws.data-transfer", null,
                Props.of("internetOutGb", 40_000)),
            Component.of("egress-b", "Egress B", "aws.data-transfer", null,
                Props.of("internetOutGb", 117_000)),
            Component.of("queue", "Queue", "aws.sqs", null, Props.of("requestsMillions", 5)));
        Project project = new Project(Project.FORMAT, "tiers", settings, List.of(),
            Architecture.of(List.of(), List.of()), Architecture.of(target, List.of()), null, null);
        return new CostEngine().estimate(project, PriceCatalogs.embedded());
    }

    private static ComponentCost cost(CostReport report, String id) {
        return report.componentCost(id).orElseThrow();
    }

    @Test
    void aSharedItemListsItsTiersAndThisComponentsShare() {
        CostReport report = estimate();
        List<TierBreakdown.LineView> lines = TierBreakdown.lines(cost(report, "egress-a"), "USD",
            Locale.ENGLISH);

        assertThat(lines).hasSize(1);
        // 40,000 / 157,000 = 25.48 %; 11,741.20 x 40,000 / 157,000 = 2,991.39
        assertThat(lines.get(0).share()).startsWith("40,000 of 157,000 GB (25.5%) at the blended")
            .contains("2,991.39");
        assertThat(lines.get(0).tiers()).containsExactly(
            "0-10,240 GB: 10,240 x 0.09 = " + MoneyText.format(new BigDecimal("921.60"), "USD",
                Locale.ENGLISH, 2),
            "10,240-51,200 GB: 40,960 x 0.085 = " + MoneyText.format(new BigDecimal("3481.60"),
                "USD", Locale.ENGLISH, 2),
            "51,200-153,600 GB: 102,400 x 0.07 = " + MoneyText.format(new BigDecimal("7168"),
                "USD", Locale.ENGLISH, 2),
            "153,600+ GB: 3,400 x 0.05 = " + MoneyText.format(new BigDecimal("170"), "USD",
                Locale.ENGLISH, 2));
        assertThat(TierBreakdown.of(cost(report, "egress-b"), "USD", Locale.ENGLISH))
            .contains("117,000 of 157,000 GB (74.5%)", "8,749.81");
    }

    @Test
    void aComponentWithoutTiersHasNone() {
        CostReport report = estimate();
        assertThat(TierBreakdown.lines(cost(report, "queue"), "USD", Locale.ENGLISH)).isEmpty();
        assertThat(TierBreakdown.of(cost(report, "queue"), "USD", Locale.ENGLISH)).isNull();
    }
}
