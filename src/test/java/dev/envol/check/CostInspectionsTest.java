package dev.envol.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Severity;
import dev.envol.pricing.PriceQuery;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostInspectionsTest {

    private static FakePrices prices() {
        return new FakePrices()
            .ec2("m4.large", "0.120")
            .ec2("m5.large", "0.112")
            .ec2("m6i.large", "0.113")
            .ec2("m6g.large", "0.090")
            .ec2("m7g.large", "0.095")
            .ec2("t2.micro", "0.0132")
            .ec2("t3.micro", "0.0118")
            .put(PriceQuery.of("rds", "eu-west-3", "db.r4.large").with("engine", "mysql")
                .with("deployment", "multi-az"), "0.60")
            .put(PriceQuery.of("rds", "eu-west-3", "db.r5.large").with("engine", "mysql")
                .with("deployment", "multi-az"), "0.50")
            .put(PriceQuery.of("lambda", "eu-west-3", "gb-second").with("arch", "x86_64"),
                "0.0000166667")
            .put(PriceQuery.of("lambda", "eu-west-3", "gb-second").with("arch", "arm64"),
                "0.0000133334");
    }

    @Test
    void previousGenerationGroupsGetTheCheapestSameSizeSuccessorAndTheMonthlySaving() {
        var project = Models.target()
            .add("web", "aws.asg", "instanceType", "m4.large", "min", 2, "average", 3)
            .add("db", "aws.rds", "engine", "mysql", "instanceType", "db.r4.large",
                "multiAz", true)
            .build();

        List<Finding> findings = Run.rule(new PreviousGenerationInspection(), project, prices());

        assertThat(Run.components(findings)).containsExactly("web", "db");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        // (0.120 - 0.112) USD/h x 3 instances x 730 h = 17.52 USD, in USD (rate 1)
        assertThat(findings.get(0).message()).contains("m4.large").contains("m5.large")
            .contains("save 17.52 USD a month");
        // (0.60 - 0.50) x 730 h = 73.00
        assertThat(findings.get(1).message()).contains("db.r5.large").contains("73.00 USD");
    }

    @Test
    void theSavingIsShownInTheModelCurrency() {
        var model = Models.target().add("box", "aws.ec2", "instanceType", "t2.micro");
        var eur = new dev.envol.model.Settings(model.build().settings().region(), "EUR",
            new BigDecimal("0.5"), BigDecimal.valueOf(730), java.time.YearMonth.of(2027, 1), 36,
            dev.envol.model.PurchaseOption.ON_DEMAND, BigDecimal.TEN, 2, 5, BigDecimal.ZERO,
            BigDecimal.TEN, 3, null, null, null);

        List<Finding> findings = Run.rule(new PreviousGenerationInspection(),
            model.settings(eur).build(), prices());

        // (0.0132 - 0.0118) x 730 = 1.022 USD = 0.511 EUR
        assertThat(findings).singleElement().extracting(Finding::message).asString()
            .contains("t3.micro").contains("0.51 EUR");
    }

    @Test
    void aPreviousGenerationWithoutPricesIsStillReportedWithTheReason() {
        var project = Models.target()
            .add("cache", "aws.elasticache", "engine", "redis", "nodeType", "cache.r4.large")
            .build();

        List<Finding> findings = Run.rule(new PreviousGenerationInspection(), project, prices());

        assertThat(findings).singleElement().extracting(Finding::message).asString()
            .contains("cache.r5.large").contains("no saving computed");
    }

    @Test
    void currentGenerationsAreNotPreviousGenerations() {
        var project = Models.target()
            .add("web", "aws.asg", "instanceType", "m5.large", "min", 2)
            .add("db", "aws.rds", "engine", "mysql", "instanceType", "db.r6g.large")
            .add("fn", "aws.lambda", "requestsMillions", 1)
            .build();

        assertThat(Run.rule(new PreviousGenerationInspection(), project, prices())).isEmpty();
    }

    @Test
    void x86InstancesWithACheaperGravitonFamilyAreInformation() {
        var project = Models.target()
            .add("api", "aws.ec2", "instanceType", "m5.large", "count", 2)
            .build();

        List<Finding> findings = Run.rule(new GravitonCandidateInspection(), project, prices());

        // (0.112 - 0.090) x 2 x 730 = 32.12
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.code()).isEqualTo("cost.graviton-candidate");
            assertThat(f.message()).contains("m6g.large").contains("32.12 USD");
        });
    }

    @Test
    void x86LambdaFunctionsWithASavingAreInformation() {
        var project = Models.target()
            .add("nightly", "aws.lambda", "requestsMillions", 10, "avgDurationMs", 1000,
                "memoryMb", 1024)
            .build();

        List<Finding> findings = Run.rule(new GravitonCandidateInspection(), project, prices());

        // 10M x 1 s x 1 GB = 10M GB-s x 0.0000033333 = 33.33
        assertThat(findings).singleElement().extracting(Finding::message).asString()
            .contains("\"arch\": \"arm64\"").contains("33.33 USD");
    }

    @Test
    void x86FargateTasksWithACheaperArmRateAreInformation() {
        FakePrices prices = prices()
            .put(PriceQuery.of("fargate", "eu-west-3", "vcpu-hour").with("arch", "x86_64"), "0.0486")
            .put(PriceQuery.of("fargate", "eu-west-3", "vcpu-hour").with("arch", "arm64"), "0.03888")
            .put(PriceQuery.of("fargate", "eu-west-3", "gb-hour").with("arch", "x86_64"), "0.0053")
            .put(PriceQuery.of("fargate", "eu-west-3", "gb-hour").with("arch", "arm64"), "0.00424");
        var project = Models.target()
            .add("api", "aws.fargate", "vcpu", 1, "memoryGb", 2, "tasks", 4)
            .add("arm", "aws.fargate", "vcpu", 1, "memoryGb", 2, "arch", "arm64")
            .build();

        List<Finding> findings = Run.rule(new GravitonCandidateInspection(), project, prices);

        // 4 tasks x 730 h = 2,920 task-hours;
        // vCPU (0.0486 - 0.03888) x 2,920 x 1 = 28.3824; GB (0.0053 - 0.00424) x 2,920 x 2 = 6.1904
        // saving 34.5728 -> 34.57 USD
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.component()).isEqualTo("api");
            assertThat(f.message()).contains("\"arch\": \"arm64\"").contains("34.57 USD");
        });
        // without arm64 Fargate prices (the shared data has none), no finding
        assertThat(Run.rule(new GravitonCandidateInspection(), project, prices())).isEmpty();
    }

    @Test
    void gravitonWindowsAndUnpricedWorkloadsAreNotCandidates() {
        var project = Models.target()
            .add("arm", "aws.asg", "instanceType", "m6g.large", "min", 2)
            .add("win", "aws.ec2", "instanceType", "m5.large", "os", "windows")
            .add("unpriced", "aws.ec2", "instanceType", "c5.large")
            .add("fn", "aws.lambda", "requestsMillions", 1, "arch", "arm64")
            .build();

        assertThat(Run.rule(new GravitonCandidateInspection(), project, prices())).isEmpty();
    }
}
