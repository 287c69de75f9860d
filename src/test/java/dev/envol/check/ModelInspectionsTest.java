package dev.envol.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelInspectionsTest {

    @Test
    void componentsTheCostEngineCannotPriceAreUnpricedWithItsReason() {
        var project = Models.target()
            .add("web", "aws.asg", "min", 2)
            .add("odd", "aws.ec2", "instanceType", "z9.huge")
            .add("ok", "aws.ec2", "instanceType", "m5.large")
            .build();

        List<Finding> findings = Run.rule(new UnpricedInspection(), project,
            new FakePrices().ec2("m5.large", "0.1"));

        assertThat(Run.components(findings)).containsExactly("web", "odd");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).message()).contains("missing required property instanceType")
            .contains("left out of every total");
        assertThat(findings.get(1).message()).contains("no price for ec2 z9.huge");
    }

    @Test
    void theUnpricedListComesThroughTheSeam() {
        var project = Models.target().add("db", "aws.rds", "engine", "mysql",
            "instanceType", "db.r6g.large").build();
        UnpricedComponents costEngine = (p, prices) -> List.of(
            new UnpricedComponents.Item(ArchitectureKind.TARGET, "db", "no storage price"));

        List<Finding> findings = new UnpricedInspection().inspect(
            new CheckContext(project, new FakePrices(), costEngine));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.component()).isEqualTo("db");
            assertThat(f.message()).contains("no storage price");
        });
        assertThat(new UnpricedInspection().inspect(new CheckContext(project, new FakePrices(),
            (p, prices) -> List.of()))).isEmpty();
    }

    @Test
    void linksToMissingComponentsOrToThemselvesDangle() {
        var project = Models.target()
            .add("web", "aws.asg", "instanceType", "m5.large", "min", 2)
            .add("db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large")
            .link("web", "db")
            .link("web", "gone")
            .link("ghost", "db")
            .link("db", "db")
            .build();

        List<Finding> findings = Run.rule(new DanglingLinkInspection(), project);

        assertThat(findings).extracting(Finding::message)
            .anySatisfy(m -> assertThat(m).contains("web -> gone").contains("ends at \"gone\""))
            .anySatisfy(m -> assertThat(m).contains("ghost -> db").contains("starts at"))
            .anySatisfy(m -> assertThat(m).contains("db -> db").contains("itself"));
        assertThat(findings).hasSize(3).allMatch(f -> f.code().equals("model.dangling-link"));
    }

    @Test
    void linksBetweenExistingComponentsDoNotDangle() {
        var project = Models.target()
            .add("web", "aws.asg", "instanceType", "m5.large", "min", 2)
            .add("db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large")
            .link("web", "db")
            .build();

        assertThat(Run.rule(new DanglingLinkInspection(), project)).isEmpty();
    }
}
