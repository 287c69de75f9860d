package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import dev.envol.plan.CutoverSchedule;
import dev.envol.plan.DependencyWavePlanner;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every change batch written for the reference model, checked against the shapes of the Route 53
 * API's {@code ChangeResourceRecordSets} request (API Reference, 2013-04-01): the members and
 * their types, {@code Action} one of CREATE/DELETE/UPSERT, {@code Name} 1..1024 characters,
 * {@code Type} a record type, {@code SetIdentifier} 1..128 characters, {@code Weight} 0..255,
 * {@code TTL} 0..2147483647, {@code ResourceRecords} of 1+ {@code Value} of at most 4000
 * characters, {@code HostedZoneId} at most 32 characters, {@code Comment} at most 256; then
 * what a cut-over needs: two weighted records of one name, onprem and aws, adding up to 100.
 */
class CutoverExporterTest {
    private static final Set<String> BODY = Set.of("HostedZoneId", "ChangeBatch");
    private static final Set<String> BATCH = Set.of("Comment", "Changes");
    private static final Set<String> CHANGE = Set.of("Action", "ResourceRecordSet");
    private static final Set<String> RECORD_SET = Set.of("Name", "Type", "SetIdentifier",
        "Weight", "Region", "GeoLocation", "Failover", "MultiValueAnswer", "TTL",
        "ResourceRecords", "AliasTarget", "HealthCheckId", "TrafficPolicyInstanceId",
        "CidrRoutingConfig", "GeoProximityLocation");
    private static final Set<String> TYPES = Set.of("SOA", "A", "TXT", "NS", "CNAME", "MX",
        "NAPTR", "PTR", "SRV", "SPF", "AAAA", "CAA", "DS", "TLSA", "SSHFP", "SVCB", "HTTPS");

    private final Project project = ModelFiles.load(Path.of("models/betting-platform.envol.json"));

    private List<CutoverSchedule> cutovers() {
        return CutoverRunbook.withDns(project,
            new DependencyWavePlanner().plan(project).toModelWaves());
    }

    private JsonNode written(CutoverSchedule c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CutoverExporter().write(new CutoverExporter.Input(project, c), out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void everyChangeBatchHasTheShapeRoute53Accepts() throws Exception {
        List<CutoverSchedule> cutovers = cutovers();
        assertThat(cutovers).extracting(CutoverSchedule::application)
            .containsExactlyInAnyOrder("shared-edge", "accounts", "horse-betting",
                "sports-betting", "poker");
        int batches = 0;
        for (CutoverSchedule c : cutovers) {
            JsonNode file = written(c);
            assertThat(file.isArray()).isTrue();
            assertThat(file.size()).as(c.application()).isEqualTo(c.steps().size() + 1);
            for (int i = 0; i < file.size(); i++) {
                checkBody(file.get(i), c.application() + "[" + i + "]");
                int expectedAws = i == 0 ? 0 : c.steps().get(i - 1).awsPercent();
                assertThat(weight(file.get(i), "aws")).isEqualTo(expectedAws);
                assertThat(weight(file.get(i), "onprem")).isEqualTo(100 - expectedAws);
                batches++;
            }
        }
        assertThat(batches).isEqualTo(5 + 5 + 5 + 5 + 4);
    }

    @Test
    void theZoneAndNameComeFromTheRoute53ComponentElsePlaceholders() throws Exception {
        JsonNode edge = written(cutovers().stream()
            .filter(c -> c.application().equals("shared-edge")).findFirst().orElseThrow());
        JsonNode set = edge.get(1).get("ChangeBatch").get("Changes").get(1).get("ResourceRecordSet");
        assertThat(edge.get(1).get("HostedZoneId").asText()).isEqualTo("Z04417252PARISBETS7Q");
        assertThat(set.get("Name").asText()).isEqualTo("www.paris-bets.example");
        assertThat(set.get("ResourceRecords").get(0).get("Value").asText())
            .isEqualTo("d111111abcdef8.cloudfront.net");
        assertThat(edge.get(1).get("ChangeBatch").get("Comment").asText())
            .isEqualTo("Envol cut-over of shared-edge, step 1 of 4 (2026-01-01): 1 % on AWS");

        JsonNode horse = written(cutovers().stream()
            .filter(c -> c.application().equals("horse-betting")).findFirst().orElseThrow());
        // the model's only zone, but no name of its own: a placeholder the runbook names
        assertThat(horse.get(0).get("HostedZoneId").asText()).isEqualTo("Z04417252PARISBETS7Q");
        assertThat(horse.get(0).get("ChangeBatch").get("Changes").get(0).get("ResourceRecordSet")
            .get("Name").asText()).isEqualTo("REPLACE-WITH-RECORD-NAME");
    }

    private static int weight(JsonNode body, String side) {
        for (JsonNode change : body.get("ChangeBatch").get("Changes")) {
            JsonNode set = change.get("ResourceRecordSet");
            if (set.get("SetIdentifier").asText().equals(side)) {
                return set.get("Weight").asInt();
            }
        }
        throw new AssertionError("no record " + side);
    }

    private static void checkBody(JsonNode body, String where) {
        assertThat(names(body)).as(where).isEqualTo(BODY);
        assertThat(body.get("HostedZoneId").isTextual()).isTrue();
        assertThat(body.get("HostedZoneId").asText().length()).as(where).isBetween(1, 32);
        JsonNode batch = body.get("ChangeBatch");
        assertThat(BATCH).as(where).containsAll(names(batch));
        assertThat(batch.get("Comment").isTextual()).isTrue();
        assertThat(batch.get("Comment").asText().length()).as(where).isLessThanOrEqualTo(256);
        JsonNode changes = batch.get("Changes");
        assertThat(changes.isArray()).isTrue();
        assertThat(changes.size()).as(where + ": the two weighted records").isEqualTo(2);
        List<String> sides = new ArrayList<>();
        String name = null;
        String type = null;
        int total = 0;
        for (JsonNode change : changes) {
            assertThat(names(change)).as(where).isEqualTo(CHANGE);
            assertThat(change.get("Action").asText()).isIn("CREATE", "DELETE", "UPSERT");
            JsonNode set = change.get("ResourceRecordSet");
            assertThat(RECORD_SET).as(where).containsAll(names(set));
            assertThat(set.get("Name").isTextual()).isTrue();
            assertThat(set.get("Name").asText().length()).isBetween(1, 1024);
            assertThat(set.get("Type").asText()).isIn(TYPES);
            assertThat(set.get("SetIdentifier").isTextual()).isTrue();
            assertThat(set.get("SetIdentifier").asText().length()).isBetween(1, 128);
            assertThat(set.get("Weight").isIntegralNumber()).isTrue();
            assertThat(set.get("Weight").asLong()).isBetween(0L, 255L);
            assertThat(set.has("ResourceRecords") ^ set.has("AliasTarget"))
                .as(where + ": records or an alias").isTrue();
            assertThat(set.get("TTL").isIntegralNumber()).isTrue();
            assertThat(set.get("TTL").asLong()).isBetween(0L, 2147483647L);
            JsonNode records = set.get("ResourceRecords");
            assertThat(records.isArray() && records.size() >= 1).isTrue();
            for (JsonNode r : records) {
                assertThat(names(r)).isEqualTo(Set.of("Value"));
                assertThat(r.get("Value").asText().length()).isBetween(1, 4000);
            }
            name = name == null ? set.get("Name").asText() : name;
            type = type == null ? set.get("Type").asText() : type;
            assertThat(set.get("Name").asText()).as(where + ": one name").isEqualTo(name);
            assertThat(set.get("Type").asText()).as(where + ": one type").isEqualTo(type);
            sides.add(set.get("SetIdentifier").asText());
            total += set.get("Weight").asInt();
        }
        assertThat(sides).containsExactly("onprem", "aws");
        assertThat(total).as(where + ": weights add up to 100").isEqualTo(100);
    }

    private static Set<String> names(JsonNode object) {
        assertThat(object.isObject()).isTrue();
        Set<String> names = new java.util.HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
