package dev.envol.io;

import static dev.envol.io.RecordSchemas.map;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.catalog.PropertySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog as JSON Schema: the {@code type} of a component (every key, with its name for the
 * editor's completion list) and, per type, its {@code props} with kind, unit, description,
 * default and choices, checked as {@link PropsReader} checks them.
 *
 * <p>Per-type props are chosen by {@code if}/{@code then} on {@code type}, not by a {@code oneOf}
 * of one branch per type: with {@code if}/{@code then} exactly one branch applies, so an editor
 * (VS Code's JSON service evaluates {@code if} to pick the {@code then} it completes from) offers
 * the props of the type written, and a mistake is reported once, on the prop; a {@code oneOf}
 * fails on every one of the ~40 branches for one bad value, and validators (and editors) then
 * report a pile of "does not match" messages, or the wrong branch's.
 */
final class PropsSchemas {
    private final ComponentCatalog catalog;

    PropsSchemas(ComponentCatalog catalog) {
        this.catalog = catalog;
    }

    static String defName(ComponentType type) {
        return "props." + type.key();
    }

    /**
     * {@code type}: one of the catalog's keys. {@code enumDescriptions} is VS Code's own keyword
     * (other validators ignore unknown keywords): it shows the type's name beside each key.
     */
    Map<String, Object> typeSchema() {
        List<Object> keys = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        for (ComponentType type : catalog.all()) {
            keys.add(type.key());
            String description = type.description().isEmpty() ? ""
                : " (" + type.description() + ")";
            names.add(type.displayName() + " — " + type.category().displayName() + description);
        }
        return map("type", "string", "enum", keys, "enumDescriptions", names);
    }

    /** One {@code props.TYPE} definition per type, into {@code defs}. */
    void define(Map<String, Object> defs) {
        for (ComponentType type : catalog.all()) {
            defs.put(defName(type), props(type));
        }
    }

    /** The {@code allOf} of the component definition: props by type. */
    List<Object> byType() {
        List<Object> branches = new ArrayList<>();
        for (ComponentType type : catalog.all()) {
            branches.add(map(
                "if", map("properties", map("type", map("const", type.key())),
                    "required", List.of("type")),
                "then", map("properties", map("props",
                    map("$ref", RecordSchemas.DEFS + defName(type))))));
        }
        return branches;
    }

    /**
     * No {@code type} keyword: {@code props} may be null (read as none), which the component's
     * own {@code props} member allows. A property the type does not have is kept with a warning
     * by the reader, so the schema allows it too and only marks it: {@code deprecationMessage}
     * is how VS Code shows a warning on a member.
     */
    private Map<String, Object> props(ComponentType type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertySpec spec : type.properties()) {
            properties.put(spec.name(), property(spec));
        }
        String about = type.displayName() + " (" + type.key() + ")"
            + (type.description().isEmpty() ? "" : ": " + type.description());
        return map("description", "Usage and cost properties of " + about,
            "properties", properties,
            "additionalProperties", map("deprecationMessage", type.key()
                + " has no property of this name: Envol keeps it as written and warns"));
    }

    private static Map<String, Object> property(PropertySpec spec) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("description", describe(spec));
        switch (spec.kind()) {
            case NUMBER -> p.put("type", List.of("number", "null"));
            case INTEGER -> p.put("type", List.of("integer", "null"));
            case TEXT -> p.put("type", List.of("string", "null"));
            case BOOLEAN -> p.put("type", List.of("boolean", "null"));
            case CHOICE -> {
                List<Object> choices = new ArrayList<>(spec.choices());
                choices.add(null);
                p.put("enum", choices);
            }
            default -> throw new IllegalStateException(spec.kind().name());
        }
        if (spec.isNumeric()) {
            bounds(p, spec);
        }
        if (!spec.unit().isEmpty()) {
            p.put("x-unit", spec.unit());
        }
        if (spec.defaultValue() != null) {
            p.put("default", spec.defaultValue());
        }
        return p;
    }

    /**
     * The bounds {@link PropsReader} checks: never negative, a whole number fits 32 bits. A bound
     * the catalog declares on the property goes here too, as {@code maximum}.
     */
    private static void bounds(Map<String, Object> p, PropertySpec spec) {
        p.put("minimum", 0);
        if (spec.kind() == dev.envol.catalog.PropertyKind.INTEGER) {
            p.put("maximum", RecordSchemas.MAX_INT);
        }
        if (spec.max() != null) {
            p.put("maximum", RecordSchemas.lower(spec.max(), p.get("maximum")));
        }
    }

    /** "EBS gp3 storage per instance, in GB (default 0)": what an editor shows on hover. */
    private static String describe(PropertySpec spec) {
        StringBuilder text = new StringBuilder(spec.description());
        if (!spec.unit().isEmpty()) {
            text.append(", in ").append(spec.unit());
        }
        if (spec.defaultValue() != null) {
            text.append(" (default ").append(spec.defaultValue()).append(')');
        }
        if (spec.required()) {
            text.append(". Needed to price the component (unpriced without it)");
        }
        return text.append('.').toString();
    }
}
