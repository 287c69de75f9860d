package dev.envol.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every number of the catalog is bounded, by its unit unless it says otherwise. */
class BoundsTest {
    private static PropertySpec spec(String type, String name) {
        return ComponentCatalog.standard().get(type).property(name).orElseThrow();
    }

    @Test
    void everyNumericPropertyHasABoundAboveItsDefaultAndOnlyNumbersHaveOne() {
        for (ComponentType t : ComponentCatalog.standard().all()) {
            for (PropertySpec p : t.properties()) {
                if (p.isNumeric()) {
                    assertThat(p.max()).as(t.key() + "." + p.name()).isNotNull().isPositive();
                    if (p.defaultValue() instanceof Number n) {
                        assertThat(new BigDecimal(n.toString())).as(t.key() + "." + p.name())
                            .isLessThanOrEqualTo(p.max());
                    }
                } else {
                    assertThat(p.max()).as(t.key() + "." + p.name()).isNull();
                }
            }
        }
    }

    @Test
    void boundsDeriveFromTheUnit() {
        assertThat(spec("aws.s3", "storageGb").max()).isEqualByComparingTo("1e12");
        assertThat(spec("aws.cloudfront", "dataOutGb").max()).isEqualByComparingTo("1e12");
        assertThat(spec("aws.lambda", "requestsMillions").max()).isEqualByComparingTo("1e10");
        assertThat(spec("aws.s3", "getRequestsThousands").max()).isEqualByComparingTo("1e13");
        assertThat(spec("aws.kms", "requestsTenThousands").max()).isEqualByComparingTo("1e12");
        assertThat(spec("aws.ec2", "count").max()).isEqualByComparingTo("1e6");
        assertThat(spec("aws.asg", "average").max()).isEqualByComparingTo("1e6");
        assertThat(spec("aws.ec2", "hoursPerMonth").max()).isEqualByComparingTo("744");
        assertThat(spec("onprem.server", "cpuUtilPct").max()).isEqualByComparingTo("100");
        assertThat(spec("onprem.server", "hardwareCost").max()).isEqualByComparingTo("1e12");
        assertThat(spec("aws.other", "monthlyUsd").max()).isEqualByComparingTo("1e12");
        assertThat(spec("onprem.server", "staffFte").max()).isEqualByComparingTo("1e6");
    }

    @Test
    void aPropertyMayOverrideItsDerivedBound() {
        assertThat(spec("aws.cloudwatch", "alarms").max()).isEqualByComparingTo("1e6");
        assertThat(spec("aws.cloudwatch", "customMetrics").max()).isEqualByComparingTo("1e8");
    }

    /** Types other branches add (aws.fargate, aws.ebs, org.team) are bounded by their units. */
    @Test
    void aTypeThisBuildDoesNotNameIsBoundedByItsUnits() {
        TypeBuilder team = new TypeBuilder("org.team", "Team", Category.MANAGEMENT, "x")
            .number("staffFte", "FTE", 0, "")
            .number("managedServicesMonthly", "currency/month", 0, "")
            .number("tasks", "tasks", 1, "")
            .number("storageGb", "GB", null, "")
            .number("odd", "widgets", null, "");
        List<PropertySpec> specs = team.build(new DrawioShapes()).properties();
        assertThat(specs).extracting(PropertySpec::max).extracting(BigDecimal::toPlainString)
            .containsExactly("1000000", "1000000000000", "1000000", "1000000000000",
                "1000000000");
    }

    @Test
    void theMessageNamesTheBoundAndCutsTheValue() {
        PropertySpec s = spec("aws.s3", "storageGb");
        assertThat(s.checkBound(new BigDecimal("1e12"))).isNull();
        assertThat(s.checkBound(new BigDecimal("1e308"))).isEqualTo(
            "\"storageGb\" must be at most 10^12 GB (plausible bound), not 1E+308");
        assertThat(s.checkBound(new BigDecimal("9".repeat(300))))
            .startsWith("\"storageGb\" must be at most 10^12 GB (plausible bound), not about 1E+300");
        assertThat(Bounds.check("hoursPerMonth", "", Bounds.setting("hoursPerMonth"),
            BigDecimal.valueOf(745))).isEqualTo(
            "\"hoursPerMonth\" must be at most 744 (plausible bound), not 745");
    }
}
