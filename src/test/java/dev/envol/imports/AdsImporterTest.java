package dev.envol.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.model.Component;
import dev.envol.model.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdsImporterTest {
    @TempDir
    Path dir;

    private ImportResult result;

    @BeforeEach
    void importFixture() throws IOException {
        result = new AdsImporter().importFile(
            RvToolsImporterTest.fixture(dir, "discovery-import.csv"), RvToolsImporterTest.OPTIONS);
    }

    private SizingDecision decision(String server) {
        return result.report().sizing().stream().filter(d -> d.server().equals(server))
            .findFirst().orElseThrow();
    }

    @Test
    void importsEveryRowWithUtilisation() {
        assertThat(result.report().imported()).hasSize(47);
        assertThat(result.report().skipped()).isEmpty();
        assertThat(result.report().applications()).isEqualTo(12);
        assertThat(result.report().totalCpus()).isEqualTo(288);
        Component db = result.project().current().components().stream()
            .filter(c -> c.name().equals("bet-db-01")).findFirst().orElseThrow();
        assertThat(db.props().decimal("cpuUtilPct")).contains(BigDecimal.valueOf(47));
        assertThat(db.props().decimal("memUtilPct").orElseThrow()).isEqualByComparingTo("83.9");
        assertThat(db.props().text("os")).contains("Linux 7");
        assertThat(db.tags()).containsEntry("env", "prod").containsEntry("dc", "paris");
    }

    @Test
    void sizesFromPeakUsePlusHeadroomNeverAboveTheAllocation() {
        // bet-db-01: 16 vCPU at 47% peak -> 16 x 0.47 x 1.2 = 9.02 -> 10 vCPU; memory 83.92%
        // of 64 GiB x 1.2 is above 64 GiB, so the allocation (64 GiB) is what must fit.
        SizingDecision db = decision("bet-db-01");
        assertThat(db.need()).isEqualTo("10 vCPU, 64 GiB (peak 47% CPU, peak 83.92% memory"
            + " + 20% headroom, capped at the allocation)");
        assertThat(db.instanceType()).isEqualTo("m6a.4xlarge");

        // memcached-01: 4 vCPU at 24% -> 2 vCPU; 32 GiB at 73.69% x 1.2 -> 28.3 GiB.
        SizingDecision cache = decision("memcached-01");
        assertThat(cache.need()).startsWith("2 vCPU, 28.3 GiB");
        assertThat(cache.instanceType()).isEqualTo("r5a.xlarge");

        // sport-api-01: 8 vCPU at 56% -> 6 vCPU: smaller need, same type as its allocation.
        assertThat(decision("sport-api-01").need()).startsWith("6 vCPU, 14.13 GiB");
        assertThat(decision("sport-api-01").instanceType()).isEqualTo("c5a.2xlarge");
    }

    @Test
    void utilisationSizesSomeServersDownComparedWithTheAllocation() {
        // jenkins-01: 4 vCPU at 37% peak, 16 GiB at 71% -> 2 vCPU, 13.71 GiB -> r5a.large
        SizingDecision jenkins = decision("jenkins-01");
        assertThat(jenkins.instanceType()).isEqualTo("r5a.large");
        assertThat(jenkins.usdPerHour()).isLessThan(new BigDecimal("0.2016"));
    }

    @Test
    void noStorageInTheTemplateMeansNoEbsAndANote() {
        assertThat(result.project().target().components())
            .noneMatch(c -> c.props().has("ebsGb"));
        assertThat(result.report().notes()).anyMatch(n -> n.contains("no storage figures"));
    }

    @Test
    void theModelIsValid() {
        LoadResult loaded = ModelFiles.read(ModelFiles.toBytes(result.project()), "ads.json");
        assertThat(loaded.problems()).noneMatch(p -> p.severity() != Severity.INFO);
        Map<String, Component> target = result.project().target().components().stream()
            .collect(Collectors.toMap(Component::id, Function.identity()));
        assertThat(target.values()).allMatch(c -> c.application() != null);
    }
}
