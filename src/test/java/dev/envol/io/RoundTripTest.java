package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Application;
import dev.envol.model.Component;
import dev.envol.model.Project;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load then save gives the same bytes, and nothing the file says is lost on the way. */
class RoundTripTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/envol/io/roundtrip/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void aCanonicalFileIsWrittenBackByteForByte() throws IOException {
        Path file = resource("full.envol.json");
        LoadResult result = ModelFiles.read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(new String(ModelFiles.toBytes(result.project()), StandardCharsets.UTF_8))
            .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevelInTheirOrder() throws IOException {
        Project p = ModelFiles.load(resource("full.envol.json"));

        assertThat(p.extra()).containsOnlyKeys("x-editor");
        assertThat(p.settings().extra()).containsKey("futureSetting");
        assertThat(p.settings().extra().get("futureSetting")).isEqualTo(
            Map.of("nested", java.util.Arrays.asList(BigDecimal.ONE, new BigDecimal("2.50"),
                "x", null, true)));
        Application login = p.application("login").orElseThrow();
        assertThat(login.extra()).containsEntry("sla", "99.95");
        assertThat(p.current().extra()).containsEntry("notes", "current estate as of 2025");
        Component bigip = p.current().component("bigip").orElseThrow();
        assertThat(bigip.extra()).containsEntry("vendorId", "F5-123");
        assertThat(bigip.props().names()).containsExactly("count", "hardwareCost",
            "amortizationMonths", "licenceMonthly", "supportMonthly", "hostingMonthly",
            "rackUnits");
        assertThat(p.current().links().get(0).extra())
            .containsEntry("latencyMs", new BigDecimal("1.20"));
        assertThat(p.waves().get(0).extra()).containsEntry("goNoGo", "2026-02-15");
    }

    @Test
    void numbersKeepTheirScaleAndEveryFieldIsMapped() throws IOException {
        Project p = ModelFiles.load(resource("full.envol.json"));

        Component bigip = p.current().component("bigip").orElseThrow();
        assertThat(bigip.props().get("licenceMonthly").toString()).isEqualTo("1500.50");
        assertThat(bigip.publicEndpoint()).isTrue();
        assertThat(bigip.tags()).containsEntry("site", "Paris-1");
        assertThat(bigip.suppress()).singleElement()
            .satisfies(s -> assertThat(s.code()).isEqualTo("security.waf-missing"));
        assertThat(bigip.position().y()).isEqualTo(80.5);
        assertThat(p.settings().usdToCurrency().toString()).isEqualTo("0.920");
        assertThat(p.settings().pricing()).isEqualTo(PurchaseOption.RESERVED_1Y_NO_UPFRONT);
        assertThat(p.settings().maxServersPerWave()).isEqualTo(40);
        assertThat(p.application("login").orElseThrow().owner()).isEqualTo("Équipe comptes");
        assertThat(p.name()).isEqualTo("Paris bets — \"round trip\"");
        assertThat(p.current().components().get(1).props().text("os"))
            .contains("linux\ttabbed");
    }

    @Test
    void anUnknownPropertyIsAWarningAndIsKept() throws IOException {
        LoadResult result = ModelFiles.read(resource("full.envol.json"));

        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("model.unknown-property");
            assertThat(w.path()).isEqualTo("$.current.components[0].props.rackUnits");
            assertThat(w.line()).isEqualTo(73);
        });
        assertThat(result.project().current().component("bigip").orElseThrow().props()
            .get("rackUnits")).isEqualTo(BigDecimal.valueOf(2));
    }

    @Test
    void absentSettingsTakeTheirDefaultsAndAreAllWritten() throws IOException {
        Path file = resource("minimal.envol.json");
        Project p = ModelFiles.load(file);

        assertThat(p.settings()).isEqualTo(Settings.defaults());
        String saved = new String(ModelFiles.toBytes(p), StandardCharsets.UTF_8);
        assertThat(saved).contains("\"region\": \"eu-west-3\"", "\"fteMonthlyCost\": 8000",
            "\"waveLengthMonths\": 3", "\"retire\": 2", "\"applications\": []");
        Path again = dir.resolve("again.envol.json");
        Files.writeString(again, saved);
        assertThat(ModelFiles.toBytes(ModelFiles.load(again))).isEqualTo(saved.getBytes(
            StandardCharsets.UTF_8));
    }

    @Test
    void theLayoutIsTwoSpacesLfUtf8WithATrailingNewline() throws IOException {
        byte[] bytes = ModelFiles.toBytes(ModelFiles.load(resource("full.envol.json")));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("\r", "\t").endsWith("}\n").startsWith("{\n  \"format\"");
        assertThat(text.lines().filter(l -> l.length() - l.stripLeading().length() == 4)
            .findFirst()).contains("    \"region\": \"eu-west-3\",");
        assertThat(text.indexOf("\"format\"")).isLessThan(text.indexOf("\"name\""));
        assertThat(text.indexOf("\"waves\"")).isLessThan(text.indexOf("\"x-editor\""));
    }

    @Test
    void optionalFieldsThatAreEmptyAreNotWritten() {
        Project p = Project.empty("Bare").withApplications(List.of(
            Application.of("web", "Web", null, null, null)));
        String text = new String(ModelFiles.toBytes(p), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("\"domain\"", "\"owner\"", "\"wave\":", "null");
    }

    /** Every model shipped in {@code models/} (once they exist) survives load then save. */
    @Test
    void everyShippedModelRoundTrips() throws IOException {
        Path models = Path.of("models");
        if (!Files.isDirectory(models)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(models)) {
            files = list.filter(f -> f.toString().endsWith(".envol.json")).sorted().toList();
        }
        for (Path file : files) {
            LoadResult result = ModelFiles.read(file);
            assertThat(result.errors()).as(file.toString()).isEmpty();
            assertThat(ModelFiles.toBytes(result.project())).as(file.toString())
                .isEqualTo(Files.readAllBytes(file));
        }
    }
}
