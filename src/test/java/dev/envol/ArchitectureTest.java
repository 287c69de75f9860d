package dev.envol;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layer rules of ARCHITECTURE.md over the product's classes, and proof that each rule can
 * fail: the fixtures under {@code dev.envol.archfixture} (test classes only) break every one.
 */
class ArchitectureTest {
    private static final String FIXTURE = "dev.envol.archfixture";

    private static JavaClasses product;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        product = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.envol");
        fixtures = new ClassFileImporter().importPackages(FIXTURE);
    }

    static Stream<Arguments> productRules() {
        return LayerRules.forBase("dev.envol").entrySet().stream()
            .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** Which fixture class breaks which rule. */
    private static final Map<String, String> BREAKERS = Map.ofEntries(
        Map.entry("model depends on java only", "model.ModelWithLibrary"),
        Map.entry("middle packages never depend on cli or ui", "cost.CostTalkingToCli"),
        Map.entry("only Main depends on ui", "cost.CostTalkingToCli"),
        Map.entry("only Main depends on cli", "cost.CostTalkingToCli"),
        Map.entry("no cycles between packages", "cli.CommandUsingCost"),
        Map.entry("AWS SDK only in pricing", "io.IoWithForeignLibraries"),
        Map.entry("POI only in exports and imports", "io.IoWithForeignLibraries"),
        Map.entry("ELK only in layout", "io.IoWithForeignLibraries"),
        Map.entry("JGraphT only in plan and layout", "io.IoWithForeignLibraries"),
        Map.entry("Jackson databind only in io, pricing and exports", "model.ModelWithLibrary"),
        Map.entry("JavaFX only in ui", "io.IoWithForeignLibraries"),
        Map.entry("standard streams only in cli and Main", "cost.CostTalkingToCli"));

    static Stream<Arguments> fixtureRules() {
        return LayerRules.forBase(FIXTURE).entrySet().stream()
            .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("productRules")
    void theProductKeepsTheRule(String name, ArchRule rule) {
        rule.check(product);
    }

    @ParameterizedTest(name = "{0} can fail")
    @MethodSource("fixtureRules")
    void aFixtureBreakingTheRuleIsReported(String name, ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);

        assertThat(result.hasViolation()).as(name).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
            .contains(FIXTURE + "." + BREAKERS.get(name));
    }

    @Test
    void everyRuleHasABreakingFixture() {
        assertThat(BREAKERS).containsOnlyKeys(LayerRules.forBase(FIXTURE).keySet());
    }

    @Test
    void theProductImportSeesTheProductClasses() {
        // Guards against a rule passing only because nothing was imported.
        assertThat(product.contain("dev.envol.Main")).isTrue();
        assertThat(product.contain("dev.envol.model.Project")).isTrue();
        assertThat(product.stream().noneMatch(c -> c.getPackageName().startsWith(FIXTURE)))
            .isTrue();
    }
}
