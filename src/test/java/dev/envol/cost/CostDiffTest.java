package dev.envol.cost;

import static dev.envol.cost.TestProjects.component;
import static dev.envol.cost.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Component;
import dev.envol.model.Project;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostDiffTest {
    private static final BigDecimal EUR = new BigDecimal("0.92");
    private final CostEngine engine = new CostEngine();
    private final InMemoryPriceCatalog prices = InMemoryPriceCatalog.sample();

    private CostDiff diff(Project before, Project after) {
        return CostDiff.between(engine.estimate(before, prices), engine.estimate(after, prices));
    }

    @Test
    void saysWhatChangedAndByHowMuch() {
        Component web = component("web", "aws.ec2", null, "instanceType", "m5.large");
        Component cdn = component("cdn", "aws.cloudfront", null, "dataOutGb", 100);
        Component bucket = component("bucket", "aws.s3", null, "storageGb", 100);
        Project before = project(List.of(), List.of(web, cdn));
        Project after = project(List.of(), List.of(
            web.withProp("count", 3).withProp("region", "eu-west-1"), bucket));
        CostDiff diff = diff(before, after);

        ComponentChange changed = diff.components().get(0);
        assertThat(changed.id()).isEqualTo("web");
        assertThat(changed.status()).isEqualTo(ComponentChange.Status.CHANGED);
        assertThat(changed.reasons()).containsExactly("count 1 -> 3",
            "region eu-west-3 -> eu-west-1",
            "price of instance hours (m5.large, linux) 0.10304 -> 0.09844 per hour");
        // 730 x 0.112 -> 3 x 730 x 0.107 USD
        assertThat(changed.delta()).isEqualByComparingTo(
            new BigDecimal("234.33").subtract(new BigDecimal("81.76")).multiply(EUR));
        assertThat(diff.components()).extracting(ComponentChange::id, ComponentChange::status)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("web", ComponentChange.Status.CHANGED),
                org.assertj.core.groups.Tuple.tuple("bucket", ComponentChange.Status.ADDED),
                org.assertj.core.groups.Tuple.tuple("cdn", ComponentChange.Status.REMOVED));
        BigDecimal sum = diff.components().stream().map(ComponentChange::delta)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(diff.newTarget().subtract(diff.oldTarget()));
    }

    @Test
    void typeAndSizeChangesAreNamedAndUnchangedComponentsLeftOut() {
        Component vm = component("web", "aws.ec2", null, "instanceType", "m5.large");
        Component same = component("cdn", "aws.cloudfront", null, "dataOutGb", 100);
        Project before = project(List.of(), List.of(vm, same));
        Project after = project(List.of(), List.of(vm.withType("aws.asg")
            .withProp("instanceType", "m6g.large").withProp("min", 2), same));
        CostDiff diff = diff(before, after);
        assertThat(diff.components()).singleElement().satisfies(c -> {
            assertThat(c.reasons()).startsWith("type aws.ec2 -> aws.asg",
                "size m5.large -> m6g.large");
            assertThat(c.reasons()).anyMatch(r -> r.startsWith("now unpriced: instance hours"));
        });
    }

    @Test
    void exchangeRateChangeIsReportedAsASetting() {
        Project before = project(List.of(), List.of(component("cdn", "aws.cloudfront", null,
            "dataOutGb", 100)));
        Project after = before.withSettings(
            before.settings().withUsdToCurrency(new BigDecimal("0.95")));
        CostDiff diff = diff(before, after);
        assertThat(diff.settings()).containsExactly("usdToCurrency 0.92 -> 0.95");
        assertThat(diff.components().get(0).reasons()).singleElement().asString()
            .isEqualTo("exchange rate 0.92 -> 0.95");
    }
}
