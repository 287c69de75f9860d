package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.catalog.PropertySpec;
import dev.envol.model.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the sample models in {@code models/} say, read as plain JSON: the reference story of
 * PRODUCT.md is all there, every property is one the catalog knows, links are where the wave
 * planner needs them, and every tile has a place on the canvas.
 */
class SampleModelsContentTest {
    static final Path MODELS = Path.of("models");
    private static final int TILE_WIDTH = 120;
    private static final int TILE_HEIGHT = 80;

    private final ComponentCatalog catalog = ComponentCatalog.standard();

    static JsonNode read(String file) throws IOException {
        return new ObjectMapper().readTree(MODELS.resolve(file).toFile());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static Set<String> types(JsonNode model, String architecture) {
        return list(model.path(architecture).path("components")).stream()
            .map(c -> c.path("type").asText()).collect(Collectors.toSet());
    }

    @Test
    void theBettingPlatformTellsTheReferenceStory() throws IOException {
        JsonNode model = read("betting-platform.envol.json");

        assertThat(model.path("format").asText()).isEqualTo("envol/1");
        List<JsonNode> apps = list(model.path("applications"));
        assertThat(apps).hasSizeGreaterThanOrEqualTo(8);
        assertThat(apps).extracting(a -> a.path("strategy").asText())
            .contains("rehost", "replatform", "refactor", "retain", "retire");
        assertThat(apps).extracting(a -> a.path("criticality").asText())
            .contains("high", "medium", "low");
        assertThat(types(model, "current")).contains("external.users", "onprem.load-balancer",
            "onprem.cache", "onprem.server", "onprem.database", "onprem.storage", "onprem.ci",
            "onprem.batch");
        assertThat(list(model.path("current").path("components")))
            .extracting(c -> c.path("props").path("engine").asText())
            .contains("varnish", "memcached", "redis", "mysql");
        assertThat(types(model, "target")).contains("external.users", "aws.cloudfront", "aws.waf",
            "aws.shield-advanced", "aws.lambda-edge", "aws.route53", "aws.acm", "aws.alb",
            "aws.asg", "aws.efs", "aws.rds", "aws.elasticache", "aws.dynamodb", "aws.lambda",
            "aws.sqs", "aws.s3", "aws.kms", "aws.secrets-manager", "aws.ssm-parameter-store",
            "aws.cloudwatch", "aws.nat-gateway");
        assertThat(list(model.path("target").path("components")))
            .filteredOn(c -> c.path("type").asText().equals("aws.elasticache"))
            .extracting(c -> c.path("props").path("engine").asText())
            .contains("memcached", "redis");
        assertThat(model.path("waves").size()).as("waves are the planner's to make").isZero();
    }

    @Test
    void theBettingPlatformUsesTheReferenceSettings() throws IOException {
        JsonNode settings = read("betting-platform.envol.json").path("settings");

        assertThat(settings.path("region").asText()).isEqualTo("eu-west-3");
        assertThat(settings.path("currency").asText()).isEqualTo("EUR");
        assertThat(settings.path("usdToCurrency").decimalValue()).isEqualByComparingTo("0.92");
        assertThat(settings.path("startMonth").asText()).isEqualTo("2026-01");
        assertThat(settings.path("horizonMonths").asInt()).isEqualTo(36);
    }

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void everySettingIsWrittenInTheRecordsOrder(String file) throws IOException {
        JsonNode settings = read(file).path("settings");
        List<String> expected = new ArrayList<>();
        for (var component : Settings.class.getRecordComponents()) {
            if (!component.getName().equals("extra")) {
                expected.add(component.getName());
            }
        }
        List<String> written = new ArrayList<>();
        settings.fieldNames().forEachRemaining(written::add);
        assertThat(written).containsExactlyElementsOf(expected);
        assertThat(settings.path("effortDays").size()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void everyPropertyIsOneTheCatalogKnowsForItsType(String file) throws IOException {
        JsonNode model = read(file);
        for (String arch : List.of("current", "target")) {
            for (JsonNode c : list(model.path(arch).path("components"))) {
                String id = c.path("id").asText();
                ComponentType type = catalog.find(c.path("type").asText())
                    .orElseThrow(() -> new AssertionError(id + ": unknown type"));
                Set<String> known = type.properties().stream().map(PropertySpec::name)
                    .collect(Collectors.toSet());
                c.path("props").fieldNames().forEachRemaining(
                    p -> assertThat(known).as(id + "." + p).contains(p));
                for (PropertySpec p : type.properties()) {
                    if (p.required()) {
                        assertThat(c.path("props").has(p.name())).as(id + " needs " + p.name())
                            .isTrue();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void idsAreUniqueAndLinksStayInTheirArchitecture(String file) throws IOException {
        JsonNode model = read(file);
        Set<String> applications = list(model.path("applications")).stream()
            .map(a -> a.path("id").asText()).collect(Collectors.toSet());
        Set<String> all = new HashSet<>(applications);
        for (String arch : List.of("current", "target")) {
            Set<String> local = new HashSet<>();
            for (JsonNode c : list(model.path(arch).path("components"))) {
                String id = c.path("id").asText();
                assertThat(id).matches("[a-z0-9][a-z0-9-]*");
                assertThat(all.add(id)).as("duplicate id " + id).isTrue();
                local.add(id);
                if (c.has("application")) {
                    assertThat(applications).contains(c.path("application").asText());
                }
            }
            for (JsonNode l : list(model.path(arch).path("links"))) {
                assertThat(local).as(arch + " link " + l).contains(l.path("from").asText(),
                    l.path("to").asText());
                assertThat(l.path("coupling").asText()).isIn("hard", "soft");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void everyApplicationIsHardLinkedToItsDatabase(String file) throws IOException {
        JsonNode model = read(file);
        int databases = 0;
        for (String arch : List.of("current", "target")) {
            Map<String, String> appOf = new HashMap<>();
            List<JsonNode> components = list(model.path(arch).path("components"));
            components.forEach(c -> appOf.put(c.path("id").asText(),
                c.path("application").asText(null)));
            for (JsonNode db : components) {
                String type = db.path("type").asText();
                if (!type.equals("onprem.database") && !type.equals("aws.rds")) {
                    continue;
                }
                databases++;
                String id = db.path("id").asText();
                String app = db.path("application").asText();
                boolean hardFromItsApplication = list(model.path(arch).path("links")).stream()
                    .anyMatch(l -> l.path("to").asText().equals(id)
                        && l.path("coupling").asText().equals("hard")
                        && app.equals(appOf.get(l.path("from").asText())));
                assertThat(hardFromItsApplication).as(arch + ": hard link to " + id).isTrue();
            }
        }
        assertThat(databases).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void everyTileHasAPlaceAndNoTwoTilesOverlap(String file) throws IOException {
        JsonNode model = read(file);
        for (String arch : List.of("current", "target")) {
            List<JsonNode> components = list(model.path(arch).path("components"));
            for (int i = 0; i < components.size(); i++) {
                JsonNode a = components.get(i);
                assertThat(a.has("position")).as(a.path("id").asText()).isTrue();
                for (int j = i + 1; j < components.size(); j++) {
                    JsonNode b = components.get(j);
                    boolean apart = Math.abs(a.at("/position/x").asDouble()
                        - b.at("/position/x").asDouble()) >= TILE_WIDTH
                        || Math.abs(a.at("/position/y").asDouble()
                        - b.at("/position/y").asDouble()) >= TILE_HEIGHT;
                    assertThat(apart).as(a.path("id").asText() + " / " + b.path("id").asText())
                        .isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void internetUsersReachAPublicEntryPoint(String file) throws IOException {
        JsonNode target = read(file).path("target");
        Set<String> publicIds = list(target.path("components")).stream()
            .filter(c -> c.path("public").asBoolean(false))
            .map(c -> c.path("id").asText()).collect(Collectors.toSet());
        Set<String> users = list(target.path("components")).stream()
            .filter(c -> c.path("type").asText().equals("external.users"))
            .map(c -> c.path("id").asText()).collect(Collectors.toSet());
        assertThat(publicIds).isNotEmpty();
        assertThat(list(target.path("links")))
            .anyMatch(l -> users.contains(l.path("from").asText())
                && publicIds.contains(l.path("to").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void theSampleShipsInTheJar(String file) throws IOException {
        try (InputStream in = SampleModelsContentTest.class
            .getResourceAsStream("/dev/envol/samples/" + file)) {
            assertThat(in).as("resource dev/envol/samples/" + file).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(MODELS.resolve(file)));
        }
    }
}
