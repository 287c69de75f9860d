package dev.envol.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Criticality;
import dev.envol.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResilienceInspectionsTest {

    private static Models estate() {
        return Models.target()
            .app("betting", Criticality.HIGH)
            .app("reporting", Criticality.MEDIUM)
            .addTo("betting", "bet-db", "aws.rds", "engine", "mysql",
                "instanceType", "db.r6g.large")
            .addTo("betting", "bet-cache", "aws.elasticache", "engine", "redis",
                "nodeType", "cache.r6g.large")
            .addTo("betting", "bet-web", "aws.asg", "instanceType", "m6g.large", "min", 1)
            .addTo("reporting", "report-db", "aws.rds", "engine", "mysql",
                "instanceType", "db.r6g.large")
            .addTo("reporting", "report-web", "aws.asg", "instanceType", "m6g.large", "min", 1)
            .add("shared-db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large");
    }

    @Test
    void singleAzDatabasesOfHighCriticalityApplicationsAreWarnings() {
        List<Finding> findings = Run.rule(new SingleAzInspection(), estate().build());

        assertThat(Run.components(findings)).containsExactly("bet-db", "bet-cache");
        assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(findings.get(0).message()).contains("high-criticality").contains("betting")
            .contains("\"multiAz\": true");
        assertThat(findings.get(1).message()).contains("1 node").contains("at least 2");
    }

    @Test
    void multiAzDatabasesAndReplicatedCachesPass() {
        var project = Models.target()
            .app("betting", Criticality.HIGH)
            .addTo("betting", "bet-db", "aws.rds", "engine", "mysql",
                "instanceType", "db.r6g.large", "multiAz", true)
            .addTo("betting", "bet-cache", "aws.elasticache", "engine", "redis",
                "nodeType", "cache.r6g.large", "nodes", 2)
            .build();

        assertThat(Run.rule(new SingleAzInspection(), project)).isEmpty();
    }

    @Test
    void theCriticalityThresholdComesFromSettings() {
        var project = estate().checks("criticality", "medium", "cacheMinNodes", 1).build();

        assertThat(Run.components(Run.rule(new SingleAzInspection(), project)))
            .containsExactly("bet-db", "report-db");
    }

    @Test
    void autoScalingGroupsOfCriticalApplicationsNeedTwoInstances() {
        List<Finding> findings = Run.rule(new AsgMinCapacityInspection(), estate().build());

        assertThat(Run.components(findings)).containsExactly("bet-web");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).message()).contains("min 1").contains("at least 2");
    }

    @Test
    void groupsAtTheMinimumPassAndTheMinimumComesFromSettings() {
        var two = Models.target().app("betting", Criticality.HIGH)
            .addTo("betting", "bet-web", "aws.asg", "instanceType", "m6g.large", "min", 2);

        assertThat(Run.rule(new AsgMinCapacityInspection(), two.build())).isEmpty();
        assertThat(Run.components(Run.rule(new AsgMinCapacityInspection(),
            two.checks("asgMinCapacity", 3).build()))).containsExactly("bet-web");
    }
}
