package dev.envol.io;

import static dev.envol.io.RecordSchemas.map;

import dev.envol.catalog.Bounds;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Settings;
import dev.envol.model.Wave;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of {@code envol/1}, generated, never written by hand: the
 * model's members from the readers and records ({@link RecordSchemas}), the component types and
 * their props from the catalog ({@link PropsSchemas}), sentences from {@code schema-docs}. An
 * editor given it completes and checks a model as it is typed.
 *
 * <p>It accepts every model this build loads (also those with warnings, such as an unknown
 * property) and rejects what a schema can say: wrong kinds, unknown types and choices, bad ids,
 * negative quantities, missing required members. What it cannot say: duplicate ids and keys,
 * references to ids (an application, a wave, a link end), JSON syntax.
 */
public final class ModelSchema {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private ModelSchema() {
    }

    /**
     * The schema as written by {@code envol schema}: 2-space indent, stable order.
     *
     * @param settingsMembers members of {@code settings} that another room reads from the
     *                        settings' extras (the check thresholds), by name, with the record
     *                        that holds them
     */
    public static byte[] toBytes(ComponentCatalog catalog,
                                 Map<String, Class<? extends Record>> settingsMembers) {
        JsonWriter writer = new JsonWriter();
        writer.plain(tree(catalog, settingsMembers));
        return writer.toBytes();
    }

    static Map<String, Object> tree(ComponentCatalog catalog,
                                    Map<String, Class<? extends Record>> settingsMembers) {
        SchemaDocs docs = new SchemaDocs();
        PropsSchemas props = new PropsSchemas(catalog);
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("id", map("type", "string", "pattern", "^[a-z0-9][a-z0-9-]*$",
            "description", docs.describe("id")));
        Map<String, Map<String, Object>> overrides = Map.of(
            "Project.format", map("const", Project.FORMAT),
            "Component.type", props.typeSchema(),
            "Component.props", map("type", "object"));
        RecordSchemas records = new RecordSchemas(docs, readers(),
            Map.of("Settings", Map.copyOf(settingsMembers)), overrides, defs).bounded(bounds());
        Map<String, Object> project = records.object(Project.class);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", DIALECT);
        root.put("title", "Envol model (" + Project.FORMAT + ")");
        root.putAll(project);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("$schema", map("description", docs.describe("Project", "$schema"),
            "type", "string"));
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) project.get("properties");
        properties.putAll(members);
        root.put("properties", properties);

        @SuppressWarnings("unchecked")
        Map<String, Object> component = (Map<String, Object>) defs.get(
            RecordSchemas.defName(Component.class));
        component.put("allOf", props.byType());
        props.define(defs);
        root.put("$defs", defs);
        return root;
    }

    /** The bounds the readers check on the records' numbers ({@link Bounds}, one source). */
    static Map<String, BigDecimal> bounds() {
        Map<String, BigDecimal> bounds = new LinkedHashMap<>();
        Bounds.settings().forEach((name, max) -> bounds.put("Settings." + name, max));
        bounds.put("Application.effortDays", Bounds.DAYS);
        bounds.put("Position.x", Bounds.COORDINATE);
        bounds.put("Position.y", Bounds.COORDINATE);
        return bounds;
    }

    /** The member names each reader reads: the schema lists exactly these. */
    static Map<Class<?>, Known> readers() {
        return Map.of(
            Project.class, ModelReader.KNOWN,
            Settings.class, SettingsReader.KNOWN,
            Application.class, ModelReader.APPLICATION,
            Wave.class, ModelReader.WAVE,
            Architecture.class, ArchitectureReader.KNOWN,
            Component.class, ArchitectureReader.COMPONENT,
            Link.class, ArchitectureReader.LINK,
            dev.envol.model.Cutover.class, CutoverReader.KNOWN);
    }

    /** Every record the schema describes with sentences, for the test of {@code schema-docs}. */
    static List<Class<?>> records() {
        return List.of(Project.class, Settings.class, Application.class, Wave.class,
            Architecture.class, Component.class, Link.class, dev.envol.model.Position.class,
            dev.envol.model.Suppression.class, dev.envol.model.Cutover.class);
    }
}
