package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.catalog.PropertySpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema and the reader agree, member by member: every member the schema describes (every
 * setting, every field of every record, every prop of every catalog type) is given values of
 * every kind, and the validator must reject exactly what the reader reports as an error (except
 * what a schema cannot express: references and duplicates). A setting or prop added later is
 * probed too, so the two cannot drift apart.
 */
class SchemaAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BASE = Path.of("src/test/resources/dev/envol/io/roundtrip/full.envol.json");
    private static final List<String> PROBES = List.of("\"x\"", "\"2026-13\"", "\"2026-03\"",
        "1.5", "-1", "3", "0", "2147483648", "1e13", "1e17", "-1e13", "true", "null", "{}",
        "[]", "[\"x\"]");
    /** Props are probed in a model of one component: the full one makes 4,000 runs slow. */
    private static final String ONE_COMPONENT = "{\"format\": \"envol/1\", \"name\": \"p\","
        + " \"current\": {\"components\": [{\"id\": \"c\", \"type\": \"aws.ec2\"}]}}";

    /** A place in the model: a JSON pointer to an object, and a member of it. */
    record Target(String object, String member, String type) {
        @Override
        public String toString() {
            return (type == null ? "" : type + " ") + object + "/" + member;
        }
    }

    static Stream<Target> targets() throws IOException {
        ObjectNode base = (ObjectNode) JSON.readTree(BASE.toFile());
        List<Target> targets = new ArrayList<>();
        String[][] objects = {
            {"", "Project"}, {"/settings", "Settings"}, {"/applications/0", "Application"},
            {"/waves/0", "Wave"}, {"/current", "Architecture"},
            {"/current/components/0", "Component"}, {"/current/links/0", "Link"},
            {"/current/components/0/position", "Position"},
            {"/current/components/0/suppress/0", "Suppression"}};
        RecordSchemas records = new RecordSchemas(new SchemaDocs(), ModelSchema.readers(),
            java.util.Map.of(), java.util.Map.of(), new java.util.LinkedHashMap<>());
        for (String[] o : objects) {
            assertThat(base.at(o[0]).isObject()).as(o[0]).isTrue();
            Class<?> record = ModelSchema.records().stream()
                .filter(r -> r.getSimpleName().equals(o[1])).findFirst().orElseThrow();
            for (String member : records.memberNames(record)) {
                targets.add(new Target(o[0], member, null));
            }
        }
        for (var strategy : dev.envol.model.Strategy.values()) {
            targets.add(new Target("/settings/effortDays", strategy.key(), null));
        }
        targets.add(new Target("/current/components/0/tags", "site", null));
        for (ComponentType type : ComponentCatalog.standard().all()) {
            for (PropertySpec spec : type.properties()) {
                targets.add(new Target("/current/components/0/props", spec.name(), type.key()));
            }
        }
        return targets.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void theValidatorRejectsWhatTheReaderRefuses(Target target) throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (String probe : PROBES) {
            ObjectNode model = (ObjectNode) (target.type() == null ? JSON.readTree(BASE.toFile())
                : JSON.readTree(ONE_COMPONENT));
            if (target.type() != null) {
                ObjectNode component = (ObjectNode) model.at("/current/components/0");
                component.put("type", target.type());
                component.putObject("props");
            }
            ((ObjectNode) model.at(target.object())).set(target.member(), JSON.readTree(probe));
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(model);
            List<Problem> errors = ModelFiles.read(bytes, "probe").errors();
            boolean readerRefuses = errors.stream()
                .anyMatch(p -> !ModelSchemaTest.INEXPRESSIBLE.contains(p.code()));
            if (!errors.isEmpty() && !readerRefuses) {
                continue;
            }
            List<String> schemaErrors = SchemaCheck.errors(bytes);
            if (readerRefuses != !schemaErrors.isEmpty()) {
                disagreements.add(probe + ": reader " + (readerRefuses ? errors : "accepts")
                    + ", schema " + (schemaErrors.isEmpty() ? "accepts" : schemaErrors));
            }
        }
        assertThat(disagreements).as(target.toString()).isEmpty();
    }

}
