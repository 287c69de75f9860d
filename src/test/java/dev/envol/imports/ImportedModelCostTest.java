package dev.envol.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The imported model goes straight into the cost engine: both architectures priced. */
class ImportedModelCostTest {
    @TempDir
    Path dir;

    private Project imported(ImportOptions options) throws IOException {
        return new RvToolsImporter().importFile(
            RvToolsImporterTest.fixture(dir, "rvtools-export.xlsx"), options).project();
    }

    @Test
    void currentAndTargetArePricedAndOnlyWindowsIsUnpriced() throws IOException {
        CostReport report = new CostEngine().estimate(imported(RvToolsImporterTest.OPTIONS),
            PriceCatalogs.embedded());

        assertThat(report.current().monthly()).isPositive();
        assertThat(report.current().unpricedCount()).isZero();
        assertThat(report.target().monthly()).isPositive();
        assertThat(report.target().components()).filteredOn(c -> c.isUnpriced())
            .extracting(c -> c.id()).containsExactly("ad-dc-ec2");
        // bet-api: 6 x c5a.2xlarge at $0.364/hour x 730 hours + 6 x 48 GB gp3
        BigDecimal betApi = report.componentCost("bet-api-asg").orElseThrow().monthly();
        assertThat(betApi).isGreaterThan(new BigDecimal("1594.32"));
    }

    @Test
    void serversCarryAssumedCostsUnlessTurnedOff() throws IOException {
        Component web = imported(RvToolsImporterTest.OPTIONS).current().component("bet-api-01")
            .orElseThrow();
        // 8 vCPU x 300 + 16 GB x 20 + 84 GB x 0.5 = 2,762
        assertThat(web.props().decimal("hardwareCost").orElseThrow()).isEqualByComparingTo("2762");
        assertThat(web.props().decimal("licenceMonthly").orElseThrow()).isEqualByComparingTo("80");
        assertThat(web.props().decimal("hostingMonthly").orElseThrow()).isEqualByComparingTo("25");

        Project bare = imported(RvToolsImporterTest.OPTIONS.withOnPremCosts(OnPremCostRates.NONE));
        assertThat(bare.current().components()).noneMatch(c -> c.props().has("hardwareCost"));
    }
}
