package dev.envol.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.io.Problem;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Criticality;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import dev.envol.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {
    private final Checker checker = Checker.withPrices(new FakePrices().ec2("m6g.large", "0.09"));

    private static Models webShop() {
        return Models.target()
            .app("shop", Criticality.HIGH)
            .add("users", "external.users")
            .addTo("shop", "cdn", "aws.cloudfront", "dataOutGb", 100)
            .addTo("shop", "web", "aws.asg", "instanceType", "m6g.large", "min", 1)
            .addTo("shop", "db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large",
                "encrypted", true, "multiAz", true)
            .add("secrets", "aws.secrets-manager")
            .link("users", "cdn")
            .link("cdn", "web")
            .link("web", "db")
            .link("web", "secrets");
    }

    @Test
    void findingsAreSortedBySeverityThenCodeAlphabeticallyThenComponent() {
        CheckReport report = checker.check(webShop().build());

        assertThat(report.findings()).extracting(f -> f.code() + "@" + f.component())
            .containsExactly(
                "security.encryption-at-rest@web",
                "security.waf-missing@cdn",
                "model.unpriced@cdn",
                "model.unpriced@db",
                "model.unpriced@secrets",
                "resilience.asg-min-capacity@web",
                "security.shield-missing@cdn");
        assertThat(report.hasBlockingErrors()).isTrue();
        assertThat(report.summaryLine()).isEqualTo("2 errors, 4 warnings, 1 info, 0 suppressed");
    }

    @Test
    void theSameModelGivesTheSameReport() {
        Project project = webShop().build();

        assertThat(checker.check(project)).isEqualTo(checker.check(project));
    }

    @Test
    void suppressedFindingsStayVisibleWithTheirReasonAndDoNotBlock() {
        Project project = webShop()
            .suppress("web", "security.encryption-at-rest", "instance store only, no EBS data")
            .addTo("shop", "waf", "aws.waf")
            .link("waf", "cdn")
            .build();

        CheckReport report = checker.check(project);

        Finding suppressed = report.findings().get(report.findings().size() - 1);
        assertThat(suppressed.code()).isEqualTo("security.encryption-at-rest");
        assertThat(suppressed.suppressed()).isTrue();
        assertThat(suppressed.suppressionReason()).isEqualTo("instance store only, no EBS data");
        assertThat(report.hasBlockingErrors()).isFalse();
        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.suppressedCount()).isEqualTo(1);
    }

    @Test
    void aSuppressionOnlyCoversItsCodeOnItsComponent() {
        Project project = webShop()
            .suppress("db", "security.encryption-at-rest", "not this one")
            .build();

        assertThat(checker.check(project).findings()).noneMatch(Finding::suppressed);
    }

    @Test
    void validationWarningsBecomeFindingsAtTheirComponent() {
        Project project = webShop().build();
        var unknown = new Problem(Severity.WARNING, "model.unknown-property", "shop.envol.json",
            "$.target.components[2].props.colour", 12, 9, "unknown property \"colour\" of aws.asg");

        CheckReport report = checker.check(project, List.of(unknown));

        assertThat(report.findings()).filteredOn(f -> f.code().equals("model.unknown-property"))
            .singleElement().satisfies(f -> {
                assertThat(f.architecture()).isEqualTo(ArchitectureKind.TARGET);
                assertThat(f.component()).isEqualTo("web");
                assertThat(f.applications()).containsExactly("shop");
                assertThat(f.message()).isEqualTo("$.target.components[2].props.colour: unknown"
                    + " property \"colour\" of aws.asg (line 12:9)");
            });
    }

    @Test
    void aRuleFindingRepeatingAValidationWarningIsLeftOut() {
        Project project = webShop().link("web", "gone").build();
        var dangling = new Problem(Severity.WARNING, "model.dangling-link", "shop.envol.json",
            "$.target.links[4].to", 30, 15, "link to \"gone\", not a target component");

        CheckReport report = checker.check(project, List.of(dangling));

        assertThat(report.findings()).filteredOn(f -> f.code().equals("model.dangling-link"))
            .singleElement().extracting(Finding::message).asString().contains("line 30:15");
    }

    @Test
    void wrongThresholdsAreInputErrorsNamingTheSetting() {
        Project bad = webShop().checks("asgMinCapacity", "two").build();
        Project worse = webShop().checks("criticality", "extreme").build();

        assertThatThrownBy(() -> checker.check(bad)).isInstanceOf(InputException.class)
            .hasMessage("$.settings.checks.asgMinCapacity: expected a whole number from 0 to 999,"
                + " got two");
        assertThatThrownBy(() -> checker.check(worse)).isInstanceOf(InputException.class)
            .hasMessageContaining("$.settings.checks.criticality");
    }

    @Test
    void everyRuleHasItsOwnStableCode() {
        assertThat(Inspections.all()).extracting(Inspection::code).doesNotHaveDuplicates()
            .contains("security.encryption-at-rest", "security.waf-missing",
                "security.shield-missing", "security.secrets-storage", "resilience.single-az",
                "resilience.asg-min-capacity", "cost.previous-generation",
                "cost.graviton-candidate", "model.unpriced", "model.dangling-link");
    }
}
