package dev.envol.io;

import dev.envol.catalog.ComponentType;
import dev.envol.catalog.PropertySpec;
import dev.envol.model.Excerpt;
import dev.envol.model.Props;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a component's {@code props} against its type's schema: numbers must be numbers and not
 * negative, whole where the schema says so, choices one of their values. A property the type does
 * not know is a warning and is kept, so that nothing typed by hand is lost.
 */
final class PropsReader {
    private final Problems problems;
    /** Property specs by type and name: the catalog's lookup is a list scan. */
    private final Map<String, Map<String, PropertySpec>> specs = new HashMap<>();

    PropsReader(Problems problems) {
        this.problems = problems;
    }

    /** The props, or {@code null} when one of them is in error. */
    Props read(Fields f, ComponentType type) {
        if (f == null) {
            return Props.empty();
        }
        Map<String, PropertySpec> known = type == null ? Map.of() : specsOf(type);
        boolean ok = true;
        Json.Obj object = f.object();
        for (int i = 0; i < object.size(); i++) {
            String name = object.key(i);
            Json value = object.value(i);
            PropertySpec spec = known.get(name);
            if (type != null && spec == null) {
                problems.warning("model.unknown-property", f.path(name), value,
                    "the type " + type.key() + " has no property " + Excerpt.quoted(name)
                        + " (kept as written)");
            } else if (spec != null && !valid(f, name, value, spec)) {
                ok = false;
            }
        }
        return ok ? Props.of(object.plainView()) : null;
    }

    private Map<String, PropertySpec> specsOf(ComponentType type) {
        Map<String, PropertySpec> map = specs.get(type.key());
        if (map == null) {
            map = new HashMap<>();
            for (PropertySpec p : type.properties()) {
                map.put(p.name(), p);
            }
            specs.put(type.key(), map);
        }
        return map;
    }

    private boolean valid(Fields f, String name, Json value, PropertySpec spec) {
        if (value instanceof Json.Scalar s && s.value() == null) {
            return true;
        }
        switch (spec.kind()) {
            case NUMBER:
                return f.bounded(name, spec.max(), spec.unit()) != null;
            case INTEGER:
                return f.count(name, spec.max(), spec.unit()) != null;
            case BOOLEAN:
                return f.bool(name) != null;
            case TEXT:
                return f.text(name, false) != null;
            case CHOICE:
                return choice(f, name, value, spec);
            default:
                return true;
        }
    }

    private boolean choice(Fields f, String name, Json value, PropertySpec spec) {
        String text = f.text(name, false);
        if (text == null) {
            return false;
        }
        if (spec.choices().contains(text)) {
            return true;
        }
        String code = name.equals("pricing") ? "model.unknown-pricing" : "model.unknown-choice";
        problems.error(code, f.path(name), value, Names.unknown(name, text, spec.choices()));
        return false;
    }
}
