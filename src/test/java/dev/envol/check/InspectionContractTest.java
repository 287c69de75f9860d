package dev.envol.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Criticality;
import dev.envol.model.Project;
import dev.envol.pricing.PriceQuery;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every rule promises, checked for each one. */
class InspectionContractTest {

    static Stream<Inspection> inspections() {
        return Inspections.all().stream();
    }

    /** A model where every rule finds something. */
    private static Project everythingWrong() {
        return Models.target()
            .app("shop", Criticality.HIGH)
            .add("users", "external.users")
            .addTo("shop", "cdn", "aws.cloudfront", "dataOutGb", 10)
            .addTo("shop", "web", "aws.asg", "instanceType", "m4.large", "min", 1)
            .addTo("shop", "api", "aws.ec2", "instanceType", "m5.large")
            .addTo("shop", "db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large")
            .addTo("shop", "broken", "aws.ec2")
            .link("users", "cdn")
            .link("cdn", "web")
            .link("web", "db")
            .link("web", "nowhere")
            .build();
    }

    private static FakePrices prices() {
        return new FakePrices().ec2("m4.large", "0.12").ec2("m5.large", "0.11")
            .ec2("m6g.large", "0.09")
            .put(PriceQuery.of("rds", "eu-west-3", "db.r6g.large").with("engine", "mysql")
                .with("deployment", "single-az"), "0.2");
    }

    @ParameterizedTest
    @MethodSource("inspections")
    void anEmptyModelHasNoFindings(Inspection inspection) {
        assertThat(Run.rule(inspection, Project.empty("empty"), prices())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("inspections")
    void findingsCarryTheRulesCodeAndSeverityAndNameTheirComponent(Inspection inspection) {
        Project project = everythingWrong();

        var findings = Run.rule(inspection, project, prices());

        assertThat(findings).as(inspection.code()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.code()).isEqualTo(inspection.code());
            assertThat(f.severity()).isEqualTo(inspection.severity());
            assertThat(f.suppressed()).isFalse();
            assertThat(f.component()).isNotNull();
            assertThat(project.target().component(f.component())).isPresent();
            assertThat(f.message()).contains(f.component()).endsWith(".");
        });
        assertThat(inspection.code()).matches("[a-z]+\\.[a-z-]+");
        assertThat(inspection.description()).isNotBlank();
    }
}
