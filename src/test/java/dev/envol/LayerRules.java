package dev.envol;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ARCHITECTURE.md's layer rules, written once for a base package so that the same rules run
 * against the product ({@code dev.envol}) and against the test fixtures that break each of them
 * ({@code dev.envol.archfixture}). Every rule allows empty subjects: packages land over time.
 */
final class LayerRules {
    /** The packages between {@code model} and the front ends. */
    static final String[] MIDDLE = {"catalog", "pricing", "cost", "plan", "check", "layout", "edit",
        "io", "imports", "exports", "generate"};

    private LayerRules() {
    }

    /** Rule name (stable, used in test names) -> rule, for classes under {@code base}. */
    static Map<String, ArchRule> forBase(String base) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("model depends on java only",
            classes().that().resideInAPackage(base + ".model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", base + ".model.."));
        rules.put("middle packages never depend on cli or ui",
            noClasses().that().resideInAnyPackage(packages(base, MIDDLE))
                .should().dependOnClassesThat().resideInAnyPackage(packages(base, "cli", "ui")));
        rules.put("only Main depends on ui", onlyMainDependsOn(base, "ui"));
        rules.put("only Main depends on cli", onlyMainDependsOn(base, "cli"));
        rules.put("no cycles between packages",
            slices().matching(base + ".(*)..").should().beFreeOfCycles());
        rules.put("AWS SDK only in pricing",
            library(base, new String[] {"pricing"}, "software.amazon.awssdk.."));
        rules.put("POI only in exports and imports",
            library(base, new String[] {"exports", "imports"}, "org.apache.poi.."));
        rules.put("ELK only in layout",
            library(base, new String[] {"layout"}, "org.eclipse.elk.."));
        rules.put("JGraphT only in plan and layout",
            library(base, new String[] {"plan", "layout"}, "org.jgrapht.."));
        rules.put("Jackson databind only in io, pricing and exports",
            library(base, new String[] {"io", "pricing", "exports"},
                "com.fasterxml.jackson.databind.."));
        rules.put("JavaFX only in ui",
            library(base, new String[] {"ui"}, "javafx..", "atlantafx..",
                "org.kordamp.ikonli.javafx.."));
        rules.put("standard streams only in cli and Main",
            noClasses().that().resideOutsideOfPackage(base + ".cli..").and(not(main(base)))
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS));
        rules.replaceAll((name, rule) -> rule.allowEmptyShould(true));
        return rules;
    }

    private static ArchRule onlyMainDependsOn(String base, String pkg) {
        return noClasses().that().resideOutsideOfPackage(base + "." + pkg + "..")
            .and(not(main(base)))
            .should().dependOnClassesThat().resideInAPackage(base + "." + pkg + "..");
    }

    private static ArchRule library(String base, String[] rooms, String... libraryPackages) {
        return noClasses().that().resideOutsideOfPackages(packages(base, rooms))
            .should().dependOnClassesThat().resideInAnyPackage(libraryPackages);
    }

    /** The composition root and its nested classes. */
    private static DescribedPredicate<JavaClass> main(String base) {
        String name = base + ".Main";
        return DescribedPredicate.describe(name,
            c -> c.getName().equals(name) || c.getName().startsWith(name + "$"));
    }

    private static String[] packages(String base, String... names) {
        return Arrays.stream(names).map(n -> base + "." + n + "..").toArray(String[]::new);
    }
}
