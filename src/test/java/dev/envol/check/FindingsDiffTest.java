package dev.envol.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsDiffTest {
    private static Finding finding(String code, String component, String message) {
        return new Finding(code, Severity.ERROR, message, ArchitectureKind.TARGET, component,
            List.of("shop"), false, null);
    }

    @Test
    void aFindingIsTheSameOneWhenOnlyItsMessageChanges() {
        CheckReport before = new CheckReport(List.of(
            finding("cost.previous-generation", "web", "saves 10.00 EUR a month"),
            finding("security.waf-missing", "alb", "no WAF")));
        CheckReport after = new CheckReport(List.of(
            finding("cost.previous-generation", "web", "saves 12.00 EUR a month"),
            finding("security.encryption-at-rest", "db", "not encrypted")));

        FindingsDiff diff = FindingsDiff.between(before, after);

        assertThat(diff.appeared()).extracting(Finding::code)
            .containsExactly("security.encryption-at-rest");
        assertThat(diff.resolved()).extracting(Finding::code)
            .containsExactly("security.waf-missing");
    }

    @Test
    void aFindingSuppressedByTheChangeCountsAsResolved() {
        Finding waf = finding("security.waf-missing", "alb", "no WAF");
        FindingsDiff diff = FindingsDiff.between(new CheckReport(List.of(waf)),
            new CheckReport(List.of(waf.suppressedBecause("managed by the partner"))));

        assertThat(diff.resolved()).containsExactly(waf);
        assertThat(diff.appeared()).isEmpty();
    }

    @Test
    void theSameComponentInTheOtherArchitectureIsAnotherFinding() {
        Finding target = finding("model.unpriced", "web", "x");
        Finding current = new Finding("model.unpriced", Severity.WARNING, "x",
            ArchitectureKind.CURRENT, "web", List.of(), false, null);

        assertThat(target.identity()).isNotEqualTo(current.identity());
        assertThat(FindingsDiff.between(new CheckReport(List.of(target)),
            new CheckReport(List.of(target))).isEmpty()).isTrue();
    }
}
