package dev.envol.io;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.check.CheckSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The schema of {@code envol schema} loaded into a real JSON Schema validator (networknt, draft
 * 2020-12), so that tests check it as an editor or a CI job would, not as our reader does.
 */
final class SchemaCheck {
    static final byte[] SCHEMA = ModelSchema.toBytes(ComponentCatalog.standard(),
        Map.of(CheckSettings.KEY, CheckSettings.class));
    private static final SchemaRegistry REGISTRY =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema MODEL = REGISTRY.getSchema(
        new String(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);

    private SchemaCheck() {
    }

    /** The validator's complaints about a model file's text (empty: it validates). */
    static List<String> errors(String model) {
        return MODEL.validate(model, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static List<String> errors(byte[] model) {
        return errors(new String(model, StandardCharsets.UTF_8));
    }

    /** The schema itself checked against the draft 2020-12 meta-schema. */
    static List<String> metaSchemaErrors() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(ModelSchema.DIALECT));
        return meta.validate(new String(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON)
            .stream().map(Error::toString).toList();
    }
}
