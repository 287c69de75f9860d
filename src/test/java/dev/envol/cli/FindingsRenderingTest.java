package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.check.CheckReport;
import dev.envol.check.Finding;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsRenderingTest {
    private static final CheckReport REPORT = new CheckReport(List.of(
        new Finding("security.waf-missing", Severity.ERROR, "CloudFront cdn has \"no\" WAF",
            ArchitectureKind.TARGET, "cdn", List.of("shop"), false, null),
        new Finding("wave.cycle", Severity.WARNING, "a cycle", null, null,
            List.of("a", "b"), false, null),
        new Finding("security.encryption-at-rest", Severity.ERROR, "EBS of web",
            ArchitectureKind.TARGET, "web", List.of(), true, "instance store only")));

    @Test
    void jsonListsEveryFindingWithComponentOrApplicationsAndASummary() {
        assertThat(FindingsJson.render(REPORT)).isEqualTo("""
            {
              "findings": [
                {"code": "security.waf-missing", "severity": "error", "message": "CloudFront cdn \
            has \\"no\\" WAF", "architecture": "target", "component": "cdn", "suppressed": false, \
            "reason": null},
                {"code": "wave.cycle", "severity": "warning", "message": "a cycle", \
            "architecture": null, "applications": ["a", "b"], "suppressed": false, "reason": null},
                {"code": "security.encryption-at-rest", "severity": "error", "message": "EBS of \
            web", "architecture": "target", "component": "web", "suppressed": true, "reason": \
            "instance store only"}
              ],
              "summary": {"errors": 1, "warnings": 1, "info": 0, "suppressed": 1, "total": 3, \
            "blocking": true}
            }
            """);
    }

    @Test
    void anEmptyReportIsValidJson() {
        assertThat(FindingsJson.render(new CheckReport(List.of()))).isEqualTo("""
            {
              "findings": [],
              "summary": {"errors": 0, "warnings": 0, "info": 0, "suppressed": 0, "total": 0, \
            "blocking": false}
            }
            """);
    }

    @Test
    void theTableShowsOneRowPerFindingTheMessageAndTheSuppressionReason() {
        assertThat(FindingsTable.render(REPORT)).isEqualTo("""
            SEVERITY   CODE                         WHERE
            error      security.waf-missing         target/cdn
                CloudFront cdn has "no" WAF
            warning    wave.cycle                   model a,b
                a cycle
            (error)    security.encryption-at-rest  target/web
                EBS of web
                suppressed: instance store only

            1 error, 1 warning, 0 info, 1 suppressed
            """);
    }

    @Test
    void longMessagesWrapAtWordsForATerminal() {
        String message = "word ".repeat(60).trim();

        assertThat(FindingsTable.wrap(message, 96)).allMatch(line -> line.length() <= 96)
            .hasSize(4);
        assertThat(String.join(" ", FindingsTable.wrap(message, 96))).isEqualTo(message);
    }
}
