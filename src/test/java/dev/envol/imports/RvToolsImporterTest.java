package dev.envol.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.model.Component;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import dev.envol.model.Severity;
import dev.envol.pricing.PriceCatalogs;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RvToolsImporterTest {
    @TempDir
    Path dir;

    static final ImportOptions OPTIONS = new ImportOptions(null, null, null,
        PriceCatalogs.embedded(), null);

    static Path fixture(Path dir, String name) throws IOException {
        Path copy = dir.resolve(name);
        if (Files.exists(copy)) {
            return copy;
        }
        try (InputStream in = RvToolsImporterTest.class.getResourceAsStream(name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private ImportResult importXlsx() throws IOException {
        return new RvToolsImporter().importFile(fixture(dir, "rvtools-export.xlsx"), OPTIONS);
    }

    private static Map<String, Component> byId(List<Component> components) {
        return components.stream().collect(Collectors.toMap(Component::id, Function.identity()));
    }

    @Test
    void importsPoweredOnVmsAndSkipsTemplateAndPoweredOff() throws IOException {
        ImportReport report = importXlsx().report();

        assertThat(report.imported()).hasSize(47);
        assertThat(report.skipped()).extracting(SkippedVm::name, SkippedVm::reason)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("tpl-rhel7", "template"),
                org.assertj.core.groups.Tuple.tuple("old-backoffice-01",
                    "not powered on (poweredOff)"));
        assertThat(report.applications()).isEqualTo(12);
        assertThat(report.totalCpus()).isEqualTo(288);
        assertThat(report.totalMemoryGb()).isEqualByComparingTo("912");
        assertThat(report.targetInstances()).isEqualTo(47);
        assertThat(report.notes()).anyMatch(n -> n.contains("no links"));
    }

    @Test
    void currentServersCarryCpusMemoryStorageOsAndPlacementTags() throws IOException {
        Project project = importXlsx().project();
        Component db = byId(project.current().components()).get("bet-db-01");

        assertThat(db.type()).isEqualTo("onprem.server");
        assertThat(db.application()).isEqualTo("horse-betting");
        assertThat(db.props().decimal("cpus")).contains(BigDecimal.valueOf(16));
        assertThat(db.props().decimal("memoryGb").orElseThrow()).isEqualByComparingTo("64");
        assertThat(db.props().decimal("storageGb").orElseThrow()).isEqualByComparingTo("804");
        assertThat(db.props().text("os")).contains("Red Hat Enterprise Linux 7");
        assertThat(db.tags()).containsEntry("cluster", "CL-PROD-01")
            .containsEntry("host", "esx02.dc1.example").containsEntry("datacenter", "DC-PARIS-1")
            .containsEntry("usedStorageGb", "560");
        assertThat(project.current().components()).allMatch(c -> c.position() != null);
        assertThat(project.target().components()).allMatch(c -> c.position() != null);
        assertThat(project.current().links()).isEmpty();
    }

    @Test
    void identicalServersOfAnApplicationBecomeOneAutoScalingGroup() throws IOException {
        Map<String, Component> target = byId(importXlsx().project().target().components());

        Component betApi = target.get("bet-api-asg");
        assertThat(betApi.type()).isEqualTo("aws.asg");
        assertThat(betApi.application()).isEqualTo("horse-betting");
        assertThat(betApi.props().text("instanceType")).contains("c5a.2xlarge");
        assertThat(betApi.props().decimal("min")).contains(BigDecimal.valueOf(6));
        assertThat(betApi.props().decimal("ebsGb").orElseThrow()).isEqualByComparingTo("48");
        assertThat(betApi.props().flag("ebsEncrypted", false)).isTrue();
        assertThat(target.get("bet-db-asg").props().text("instanceType")).contains("m6a.4xlarge");
        assertThat(target.get("memcached-asg").props().text("instanceType"))
            .contains("r5a.xlarge");
        assertThat(target.get("login-asg").props().text("instanceType")).contains("c5a.xlarge");
        assertThat(target.get("seo-render-asg").props().text("instanceType"))
            .contains("c5a.large");
        Component jenkins = target.get("jenkins-01-ec2");
        assertThat(jenkins.type()).isEqualTo("aws.ec2");
        assertThat(jenkins.props().text("instanceType")).contains("m6a.xlarge");
        assertThat(target).hasSize(17);
    }

    @Test
    void windowsServersStayEc2AndAreFlaggedUnpricedNeverZero() throws IOException {
        ImportResult result = importXlsx();
        Component ad = byId(result.project().target().components()).get("ad-dc-ec2");

        assertThat(ad.type()).isEqualTo("aws.ec2");
        assertThat(ad.props().text("os")).contains("windows");
        assertThat(ad.props().decimal("count")).contains(BigDecimal.valueOf(2));
        assertThat(result.report().unpriced()).extracting(SizingDecision::server)
            .containsExactly("ad-dc-01", "ad-dc-02");
        assertThat(result.report().unpriced()).allSatisfy(d -> {
            assertThat(d.usdPerHour()).isNull();
            assertThat(d.priceNote()).contains("UNPRICED (Windows)", "never as 0");
        });
        BigDecimal linuxSum = result.report().sizing().stream().filter(SizingDecision::priced)
            .map(SizingDecision::usdPerHour).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.report().targetUsdPerHour()).isEqualByComparingTo(linuxSum)
            .isEqualByComparingTo("13.8012");
    }

    @Test
    void everyServerHasADecisionWithItsReason() throws IOException {
        ImportReport report = importXlsx().report();

        assertThat(report.sizing()).hasSize(47);
        SizingDecision db = report.sizing().stream()
            .filter(d -> d.server().equals("bet-db-01")).findFirst().orElseThrow();
        assertThat(db.need()).isEqualTo("16 vCPU, 64 GiB (as allocated)");
        assertThat(db.reason()).contains("smallest current-generation", "priced in eu-west-3",
            "Auto Scaling group");
        assertThat(db.target()).isEqualTo("bet-db-asg");
        assertThat(report.lines()).anyMatch(l -> l.startsWith("  skipped tpl-rhel7"));
    }

    @Test
    void theModelIsAValidEnvolOneFile() throws IOException {
        Project project = importXlsx().project();
        LoadResult loaded = ModelFiles.read(ModelFiles.toBytes(project), "imported.envol.json");

        assertThat(loaded.problems()).noneMatch(p -> p.severity() == Severity.ERROR)
            .noneMatch(p -> p.severity() == Severity.WARNING);
        Project back = loaded.projectIfValid().orElseThrow();
        assertThat(back.current().components()).hasSize(47);
        assertThat(back.target().components()).hasSize(17);
        assertThat(back.applications()).allMatch(a -> a.id().matches("[a-z0-9][a-z0-9-]*"));
    }

    @Test
    void csvGivesTheSameModelAsXlsx() throws IOException {
        Project fromXlsx = importXlsx().project();
        Project fromCsv = new RvToolsImporter().importFile(fixture(dir, "vInfo.csv"), OPTIONS)
            .project();

        assertThat(fromCsv.withName("x")).isEqualTo(fromXlsx.withName("x"));
    }

    @Test
    void readsSemicolonCsvWithOlderMbColumnNames() throws IOException {
        String csv = Files.readString(fixture(dir, "vInfo.csv"));
        String semicolons = csv.replace(',', ';').replace("Provisioned MiB", "Provisioned MB")
            .replace("In Use MiB", "In Use MB");
        Path old = Files.writeString(dir.resolve("old.csv"), semicolons);

        ImportResult result = new RvToolsImporter().importFile(old, OPTIONS);

        assertThat(result.report().imported()).hasSize(47);
        assertThat(result.project().target().components()).hasSize(17);
    }

    @Test
    void applicationComesFromTheFolderWhenThereIsNoApplicationColumn() throws IOException {
        List<String> lines = Files.readAllLines(fixture(dir, "vInfo.csv"));
        List<String> noApp = lines.stream().map(l -> l.substring(0, l.lastIndexOf(',')))
            .toList();
        Path file = Files.write(dir.resolve("noapp.csv"), noApp);

        Project project = new RvToolsImporter().importFile(file, OPTIONS).project();

        assertThat(byId(project.current().components()).get("bet-api-01").application())
            .isEqualTo("horse-betting");
        assertThat(project.application("sports-betting")).isPresent();
    }

    @Test
    void aChosenFolderColumnUsesTheLastPartOfThePath() throws IOException {
        Project project = new RvToolsImporter().importFile(fixture(dir, "vInfo.csv"),
            OPTIONS.withApplicationColumn("Folder")).project();

        assertThat(project.application("login")).isPresent();
        assertThat(project.application("templates")).isEmpty();
        assertThat(project.applications()).hasSize(12);
    }

    @Test
    void applicationColumnCanBeChosen() throws IOException {
        ImportResult result = new RvToolsImporter().importFile(fixture(dir, "vInfo.csv"),
            OPTIONS.withApplicationColumn("Cluster"));

        assertThat(result.project().applications()).singleElement()
            .satisfies(a -> assertThat(a.id()).isEqualTo("cl-prod-01"));
        assertThatThrownBy(() -> new RvToolsImporter().importFile(dir.resolve("vInfo.csv"),
            OPTIONS.withApplicationColumn("Owner")))
            .isInstanceOf(InputException.class)
            .hasMessage(dir.resolve("vInfo.csv") + ": missing required column \"Owner\"");
    }

    @Test
    void progressIsReportedAndCancelStops() throws IOException {
        Path big = dir.resolve("big.csv");
        StringBuilder csv = new StringBuilder(Workbooks.HEADER + ",Application\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("vm-").append(i).append(",poweredOn,False,2,4096,20480,10240,app\n");
        }
        Files.writeString(big, csv, StandardCharsets.UTF_8);
        List<Long> seen = new java.util.ArrayList<>();
        ImportProgress record = (step, done) -> seen.add(done);

        new RvToolsImporter().importFile(big, OPTIONS.withProgress(record));
        assertThat(seen).contains(256L, 512L, 768L);

        ImportProgress cancel = new ImportProgress() {
            @Override
            public void update(String step, long done) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new RvToolsImporter().importFile(big,
            OPTIONS.withProgress(cancel))).isInstanceOf(ImportCancelledException.class);
    }
}
