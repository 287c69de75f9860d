package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.generate.EstateGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated JSON Schema, checked by a real validator: every model this build loads validates
 * (samples, fixtures, generated estates), and the malformed corpus is rejected wherever a schema
 * can say what is wrong.
 */
class ModelSchemaTest {
    /** Problems a JSON Schema cannot express: syntax, uniqueness of ids and keys, references. */
    static final Set<String> INEXPRESSIBLE = Set.of("model.syntax", "model.duplicate-id",
        "model.duplicate-key", "model.unknown-application", "model.unknown-wave",
        "model.unknown-link-end");

    /** Loads, but {@code check} refuses its {@code settings.checks}: so does the schema. */
    private static final String BAD_THRESHOLD = "bad-threshold.envol.json";

    @Test
    void aCheckThresholdThatCheckRefusesIsRejected() throws IOException {
        Path model = Path.of("src/test/resources/dev/envol/cli/check", BAD_THRESHOLD);
        assertThat(ModelFiles.read(model).hasErrors()).isFalse();
        assertThat(SchemaCheck.errors(Files.readAllBytes(model)))
            .anyMatch(e -> e.contains("/settings/checks/asgMinCapacity"));
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        assertThat(SchemaCheck.metaSchemaErrors()).isEmpty();
        String text = new String(SchemaCheck.SCHEMA, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    static Stream<Path> validModels() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("models"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".envol.json"))
                    .filter(p -> !p.toString().contains("malformed"))
                    .filter(p -> !ModelFiles.read(p).hasErrors())
                    .filter(p -> !p.getFileName().toString().equals(BAD_THRESHOLD))
                    .sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @Test
    void theSamplesAndFixturesAreFound() throws IOException {
        assertThat(validModels().map(p -> p.getFileName().toString()))
            .contains("betting-platform.envol.json", "small-web-app.envol.json",
                "full.envol.json", "minimal.envol.json", "findings.envol.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validModels")
    void everyModelThisBuildLoadsValidates(Path model) throws IOException {
        assertThat(SchemaCheck.errors(Files.readAllBytes(model))).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026})
    void generatedEstatesValidate(long seed) {
        byte[] estate = ModelFiles.toBytes(new EstateGenerator(seed).generate(25));
        assertThat(ModelFiles.read(estate, "estate").hasErrors()).isFalse();
        assertThat(SchemaCheck.errors(estate)).as("seed %d", seed).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.envol.io.MalformedModelsTest#cases")
    void theMalformedCorpusIsRejectedWhereASchemaCanSayIt(MalformedModelsTest.Case c)
        throws IOException {
        byte[] content = malformed(c.file());
        if (c.code().equals("model.syntax")) {
            return;
        }
        List<String> errors = SchemaCheck.errors(content);
        if (INEXPRESSIBLE.contains(c.code())) {
            assertThat(errors).as("%s: the schema cannot see %s", c.file(), c.code()).isEmpty();
        } else {
            assertThat(errors).as("%s (%s at %s)", c.file(), c.code(), c.path()).isNotEmpty();
        }
    }

    /** The count the issue asks for: how much of the corpus the schema rejects. */
    @Test
    void mostOfTheMalformedCorpusIsRejected() throws IOException {
        List<MalformedModelsTest.Case> cases = MalformedModelsTest.cases().toList();
        int rejected = 0;
        List<String> notRejected = new ArrayList<>();
        for (MalformedModelsTest.Case c : cases) {
            boolean rejects = c.code().equals("model.syntax")
                || !SchemaCheck.errors(malformed(c.file())).isEmpty();
            if (c.code().equals("model.syntax") || !rejects) {
                notRejected.add(c.file() + " " + c.code());
            }
            rejected += rejects && !c.code().equals("model.syntax") ? 1 : 0;
        }
        System.out.println("schema rejects " + rejected + " of " + cases.size()
            + " malformed models; not expressible: " + notRejected);
        assertThat(rejected).isEqualTo(49);
        assertThat(notRejected).hasSize(15);
    }

    private static byte[] malformed(String file) throws IOException {
        try (InputStream in = ModelSchemaTest.class.getResourceAsStream(
            "/dev/envol/io/malformed/" + file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyMemberHasASentenceAndNoSentenceIsStale() {
        SchemaDocs docs = new SchemaDocs();
        RecordSchemas records = new RecordSchemas(docs, ModelSchema.readers(),
            java.util.Map.of("Settings", java.util.Map.of("checks", dev.envol.check.CheckSettings.class)),
            java.util.Map.of(), new java.util.LinkedHashMap<>());
        List<String> expected = new ArrayList<>(List.of("id", "Project.$schema"));
        List<Class<?>> all = new ArrayList<>(ModelSchema.records());
        all.add(dev.envol.check.CheckSettings.class);
        for (Class<?> record : all) {
            String owner = record.getSimpleName();
            expected.add(owner);
            if (!docs.required(owner).isEmpty()) {
                expected.add(owner + ".$required");
            }
            for (String member : records.memberNames(record)) {
                expected.add(owner + "." + member);
                assertThat(docs.describe(owner, member))
                    .as("%s.%s needs a sentence in %s", owner, member, SchemaDocs.FILE)
                    .isNotBlank();
            }
            for (String required : docs.required(owner)) {
                assertThat(records.memberNames(record)).as(owner + ".$required").contains(required);
            }
        }
        assertThat(docs.keys()).as("sentences for members no reader reads")
            .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyReaderMemberIsARecordComponent() {
        ModelSchema.readers().forEach((record, known) -> {
            for (String name : known.names()) {
                RecordComponent c = RecordSchemas.component(record, name);
                assertThat(c).isNotNull();
            }
        });
    }

    @Test
    void aModelNamingItsSchemaIsAcceptedAndKeepsItFirstOnSave(@org.junit.jupiter.api.io.TempDir
                                                              Path dir) throws IOException {
        String canonical = Files.readString(
            Path.of("src/test/resources/dev/envol/io/roundtrip/full.envol.json"));
        String named = canonical.replaceFirst("\\{\n", "{\n  \"\\$schema\": \"./envol.schema.json\",\n");
        Path file = dir.resolve("named.envol.json");
        Files.writeString(file, named);

        LoadResult loaded = ModelFiles.read(file);
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.problems()).noneMatch(p -> p.path().contains("schema"));
        assertThat(SchemaCheck.errors(named)).isEmpty();
        ModelFiles.save(loaded.project(), file);
        assertThat(Files.readString(file)).isEqualTo(named);

        String atTheEnd = canonical.substring(0, canonical.lastIndexOf('}'))
            .stripTrailing() + ",\n  \"$schema\": \"./envol.schema.json\"\n}\n";
        LoadResult moved = ModelFiles.read(atTheEnd.getBytes(StandardCharsets.UTF_8), "end");
        assertThat(new String(ModelFiles.toBytes(moved.project()), StandardCharsets.UTF_8))
            .as("saved with $schema first, where editors look").isEqualTo(named);
    }
}
