package dev.envol.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generated estates are valid models, deterministic per seed, and shaped like real ones. */
class EstateGeneratorTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} applications, seed {1}")
    @CsvSource({"1, 1", "2, 99", "17, 3", "150, 7", "1000, 42"})
    void generatedModelsLoadWithoutProblemsAndRoundTrip(int applications, long seed)
        throws Exception {
        Path file = dir.resolve("estate.envol.json");
        ModelFiles.save(new EstateGenerator(seed).generate(applications), file);

        LoadResult result = ModelFiles.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.project().applications()).hasSize(applications + 1);
        assertThat(ModelFiles.toBytes(result.project())).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherEstate() {
        byte[] first = ModelFiles.toBytes(new EstateGenerator(5).generate(200));
        byte[] again = ModelFiles.toBytes(new EstateGenerator(5).generate(200));
        byte[] other = ModelFiles.toBytes(new EstateGenerator(6).generate(200));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aboutFiveComponentsAndFifteenLinksPerApplication() {
        Project p = new EstateGenerator(11).generate(1000);
        long components = p.allComponents().count();
        long links = p.current().links().size() + p.target().links().size();

        assertThat(components / 1000.0).isBetween(4.0, 6.0);
        assertThat(links / 1000.0).isBetween(12.0, 18.0);
    }

    @Test
    void bothArchitecturesUseRealisticTypesWithTheirProperties() {
        Project p = new EstateGenerator(3).generate(300);
        Set<String> currentTypes = p.current().components().stream().map(Component::type)
            .collect(Collectors.toSet());
        Set<String> targetTypes = p.target().components().stream().map(Component::type)
            .collect(Collectors.toSet());

        assertThat(currentTypes).contains("onprem.server", "onprem.database", "onprem.cache",
            "onprem.load-balancer").allMatch(t -> !t.startsWith("aws."));
        assertThat(targetTypes).contains("aws.asg", "aws.ec2", "aws.rds", "aws.elasticache",
            "aws.alb", "aws.s3", "aws.lambda", "aws.sqs", "aws.cloudfront")
            .allMatch(t -> !t.startsWith("onprem."));
        for (Component c : p.target().components()) {
            ComponentCatalog.standard().get(c.type()).properties().stream()
                .filter(spec -> spec.required())
                .forEach(spec -> assertThat(c.props().has(spec.name()))
                    .as("%s has %s", c.id(), spec.name()).isTrue());
        }
        assertThat(p.target().components().stream().filter(c -> c.type().equals("aws.asg"))
            .map(c -> c.props().text("instanceType").orElseThrow()))
            .contains("m5.large", "m6g.large");
    }

    @Test
    void applicationsDependOnEachOtherWithHardAndSoftLinksButNoCycle() {
        Project p = new EstateGenerator(8).generate(400);
        Map<String, String> appOf = p.allComponents().filter(c -> c.application() != null)
            .collect(Collectors.toMap(Component::id, Component::application));
        Map<String, Integer> order = p.applications().stream().collect(Collectors.toMap(
            a -> a.id(), a -> p.applications().indexOf(a)));
        long crossApplication = 0;
        for (Link l : p.current().links()) {
            String from = appOf.get(l.from());
            String to = appOf.get(l.to());
            if (from != null && to != null && !from.equals(to) && !to.equals("shared-services")
                && !from.equals("shared-services")) {
                crossApplication++;
                assertThat(order.get(to)).as("%s depends on an earlier application", l)
                    .isLessThan(order.get(from));
            }
        }
        assertThat(crossApplication).isGreaterThan(400);
        assertThat(p.target().links()).anyMatch(Link::isHard).anyMatch(l -> !l.isHard());
        Map<String, Long> byStrategy = p.applications().stream().collect(Collectors.groupingBy(
            a -> a.strategy().key(), Collectors.counting()));
        assertThat(byStrategy).containsKeys("rehost", "replatform", "refactor", "retain",
            "retire");
        assertThat(p.applications().stream().map(a -> a.domain()).distinct().count())
            .isGreaterThan(10);
        assertThat(p.allComponents().map(Component::id).collect(Collectors.toMap(
            Function.identity(), id -> 1, Integer::sum)).values()).allMatch(n -> n == 1);
    }
}
