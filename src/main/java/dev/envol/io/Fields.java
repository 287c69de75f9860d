package dev.envol.io;

import dev.envol.catalog.Bounds;
import dev.envol.model.Excerpt;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed reading of one JSON object's members, reporting what is missing or of the wrong type.
 * Every getter returns {@code null} when the value is absent, JSON null or unusable (after
 * reporting it), so that reading goes on and finds every problem.
 */
final class Fields {
    private final Problems problems;
    private final Json.Obj object;
    /** The path is built only when a problem needs it: most objects have none. */
    private final Fields parent;
    private final String base;
    private final int index;
    private String path;

    private Fields(Problems problems, Json.Obj object, Fields parent, String base, int index) {
        this.problems = problems;
        this.object = object;
        this.parent = parent;
        this.base = base;
        this.index = index;
    }

    /** Fields of {@code value}, or {@code null} (reported) when it is not an object. */
    static Fields of(Problems problems, Json value, String path, String what) {
        return of(problems, value, path, -1, what);
    }

    /** Fields of the array element {@code base[index]}. */
    static Fields of(Problems problems, Json value, String base, int index, String what) {
        if (value instanceof Json.Obj obj) {
            return new Fields(problems, obj, null, base, index);
        }
        problems.error("model.value-type", index < 0 ? base : JsonPath.index(base, index), value,
            what + " must be an object, not " + value.kind());
        return null;
    }

    String path() {
        if (path == null) {
            path = parent != null ? parent.path(base)
                : index < 0 ? base : JsonPath.index(base, index);
        }
        return path;
    }

    Json.Obj object() {
        return object;
    }

    String path(String key) {
        return JsonPath.key(path(), key);
    }

    /** The value, or {@code null} when absent or JSON null. */
    Json present(String key) {
        Json value = object.get(key);
        return value instanceof Json.Scalar s && s.value() == null ? null : value;
    }

    boolean has(String key) {
        return present(key) != null;
    }

    private Json required(String key, boolean required) {
        Json value = present(key);
        if (value == null && required) {
            problems.error("model.required", path(key), object,
                Excerpt.quoted(key) + " is required here");
        }
        return value;
    }

    private void wrongType(String key, Json value, String expected) {
        problems.error("model.value-type", path(key), value,
            Excerpt.quoted(key) + " must be " + expected + ", not " + describe(value));
    }

    static String describe(Json value) {
        if (value instanceof Json.Scalar s && s.value() instanceof String text) {
            return "the string " + Excerpt.quoted(text);
        }
        return value.kind();
    }

    String text(String key, boolean required) {
        Json value = required(key, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.Scalar s && s.value() instanceof String text) {
            return text;
        }
        wrongType(key, value, "a string");
        return null;
    }

    /**
     * A string that must match {@code [a-z0-9][a-z0-9-]*} ({@code model.bad-id} otherwise). A bad
     * id is still returned, so that references to it do not add a second, misleading problem.
     */
    String id(String key, boolean required) {
        String id = text(key, required);
        if (id != null && !Ids.valid(id)) {
            problems.error("model.bad-id", path(key), present(key), Ids.complaint(id));
        }
        return id;
    }

    Boolean bool(String key) {
        Json value = present(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        wrongType(key, value, "true or false");
        return null;
    }

    /** A number, reported as {@code model.negative-quantity} when below zero. */
    BigDecimal quantity(String key, boolean required) {
        Json value = required(key, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.Scalar s && s.value() instanceof BigDecimal number) {
            if (number.signum() < 0) {
                problems.error("model.negative-quantity", path(key), value,
                    Excerpt.quoted(key) + " must not be negative (" + Excerpt.number(number) + ")");
                return null;
            }
            return number;
        }
        wrongType(key, value, "a number");
        return null;
    }

    /**
     * A non-negative number no larger than {@code max} ({@code model.implausible-quantity}
     * otherwise, naming the bound); {@code max} null means unbounded.
     */
    BigDecimal bounded(String key, BigDecimal max, String unit) {
        BigDecimal number = quantity(key, false);
        String complaint = Bounds.check(key, unit, max, number);
        if (complaint != null) {
            problems.error("model.implausible-quantity", path(key), present(key), complaint);
            return null;
        }
        return number;
    }

    /** A whole, non-negative number. */
    Integer count(String key) {
        return count(key, null, "");
    }

    /** A whole, non-negative number no larger than {@code max} (null: unbounded). */
    Integer count(String key, BigDecimal max, String unit) {
        BigDecimal number = bounded(key, max, unit);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            problems.error("model.value-type", path(key), present(key),
                Excerpt.quoted(key) + " must be a whole number, not " + Excerpt.number(number));
            return null;
        }
    }

    /** A plain number of any sign (canvas coordinates). */
    BigDecimal number(String key, boolean required) {
        Json value = required(key, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.Scalar s && s.value() instanceof BigDecimal number) {
            return number;
        }
        wrongType(key, value, "a number");
        return null;
    }

    Json.Arr array(String key) {
        Json value = present(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.Arr arr) {
            return arr;
        }
        wrongType(key, value, "an array");
        return null;
    }

    Fields child(String key, boolean required) {
        Json value = required(key, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Json.Obj obj) {
            return new Fields(problems, obj, this, key, -1);
        }
        wrongType(key, value, "an object");
        return null;
    }

    /** The members this build does not know, in file order, as plain values. */
    Map<String, Object> extra(Known known) {
        Map<String, Object> extra = null;
        for (int i = 0; i < object.size(); i++) {
            String key = object.key(i);
            if (!known.contains(key)) {
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
                extra.put(key, object.value(i).plain());
            }
        }
        return extra;
    }
}
