package dev.envol.io;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON Schemas of the model's records, derived from what the reader reads: the member names are
 * the reader's own lists ({@link Known}), the kinds are the record components' Java types (the
 * same types the reader produces), the defaults are what the records put in place of an absent
 * value. A setting or field added to a record and to its reader appears here without an edit.
 *
 * <p>Kinds follow the reader's conventions: a {@code BigDecimal} or {@code int} is a quantity
 * (never negative; an {@code int} must fit 32 bits), a {@code double} is a canvas coordinate (any
 * sign), a member called {@code id} follows the id rule, an enum is written by its {@code key()},
 * a {@code YearMonth} as {@code YYYY-MM}. An optional member may be JSON null (read as absent).
 */
final class RecordSchemas {
    static final String DEFS = "#/$defs/";
    static final Object MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** File names that differ from the record component's name. */
    private static final Map<String, String> ALIASES = Map.of("public", "publicEndpoint");

    private final SchemaDocs docs;
    private final Map<Class<?>, Known> members;
    private final Map<String, Map<String, Class<?>>> extensions;
    private final Map<String, Map<String, Object>> overrides;
    private final Map<String, Object> defs;
    private Map<String, BigDecimal> maxima = Map.of();

    /**
     * @param members    the reader's member names per record; a record not listed is read member
     *                   by member (all its components)
     * @param extensions members that another room reads from a record's extras, by record name
     *                   ({@code Settings} -> {@code checks} -> {@code CheckSettings})
     * @param overrides  hand-made member schemas by {@code Record.member} (the catalog's types)
     * @param defs       where the record schemas go, by definition name
     */
    RecordSchemas(SchemaDocs docs, Map<Class<?>, Known> members,
                  Map<String, Map<String, Class<?>>> extensions,
                  Map<String, Map<String, Object>> overrides, Map<String, Object> defs) {
        this.docs = docs;
        this.members = members;
        this.extensions = extensions;
        this.overrides = overrides;
        this.defs = defs;
    }

    /**
     * The upper bounds the readers check, by {@code Record.member} (a map's values and a
     * coordinate's both ends included): emitted as {@code maximum} (and {@code minimum} for a
     * coordinate, which may be negative).
     */
    RecordSchemas bounded(Map<String, BigDecimal> bounds) {
        this.maxima = Map.copyOf(bounds);
        return this;
    }

    static String defName(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A {@code $ref} to the record's definition, defining it on first use. */
    Map<String, Object> ref(Class<?> record) {
        String name = defName(record);
        if (!defs.containsKey(name)) {
            defs.put(name, Map.of());
            defs.put(name, object(record));
        }
        return map("$ref", DEFS + name);
    }

    /** The schema of one record as an object: its members, required ones, description. */
    Map<String, Object> object(Class<?> record) {
        String owner = record.getSimpleName();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        putIfPresent(schema, "description", docs.describe(owner));
        List<String> required = docs.required(owner);
        Map<String, Object> defaults = RecordDefaults.of(record, required, ALIASES);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : memberNames(record)) {
            Map<String, Object> value = overrides.containsKey(owner + "." + name)
                ? new LinkedHashMap<>(overrides.get(owner + "." + name))
                : value(type(record, name), name, defaults.get(name));
            if (maxima.containsKey(owner + "." + name)) {
                value = withBound(value, maxima.get(owner + "." + name));
            }
            if (!required.contains(name)) {
                value = nullable(value);
            }
            Map<String, Object> property = new LinkedHashMap<>();
            putIfPresent(property, "description", docs.describe(owner, name));
            property.putAll(value);
            if (!(defaults.get(name) instanceof Map) && defaults.get(name) != null) {
                property.put("default", defaults.get(name));
            }
            properties.put(name, property);
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    List<String> memberNames(Class<?> record) {
        List<String> names = new ArrayList<>();
        Known known = members.get(record);
        if (known != null) {
            names.addAll(known.names());
        } else {
            for (RecordComponent c : record.getRecordComponents()) {
                if (!c.getName().equals("extra")) {
                    names.add(c.getName());
                }
            }
        }
        names.addAll(extensions.getOrDefault(record.getSimpleName(), Map.of()).keySet());
        return names;
    }

    private Type type(Class<?> record, String name) {
        Class<?> extension = extensions.getOrDefault(record.getSimpleName(), Map.of()).get(name);
        if (extension != null) {
            return extension;
        }
        return component(record, name).getGenericType();
    }

    static RecordComponent component(Class<?> record, String name) {
        String javaName = ALIASES.getOrDefault(name, name);
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(javaName)) {
                return c;
            }
        }
        throw new IllegalStateException("the reader of " + record.getSimpleName() + " reads \""
            + name + "\", which the record does not hold: add it to RecordSchemas.ALIASES");
    }

    private Map<String, Object> value(Type type, String name, Object defaultValue) {
        if (name.equals("id") && type == String.class) {
            return map("$ref", DEFS + "id");
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return map("type", "array", "items", value(args[0], "", null));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return mapSchema(args[0], args[1], defaultValue);
            }
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("no JSON kind for " + type + " (" + name + ")");
        }
        if (c == String.class) {
            return map("type", "string");
        }
        if (c == BigDecimal.class) {
            return map("type", "number", "minimum", 0);
        }
        if (c == int.class || c == Integer.class) {
            return map("type", "integer", "minimum", 0, "maximum", MAX_INT);
        }
        if (c == double.class || c == Double.class) {
            return map("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c == YearMonth.class) {
            return map("type", "string", "pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c.isEnum()) {
            return map("enum", keys(c));
        }
        if (c.isRecord()) {
            return ref(c);
        }
        throw new IllegalStateException("no JSON kind for " + c.getName() + " (" + name
            + "): teach RecordSchemas.value");
    }

    /** A map keyed by an enum is an object of those keys only (the reader refuses others). */
    private Map<String, Object> mapSchema(Type key, Type value, Object defaults) {
        if (key instanceof Class<?> k && k.isEnum()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Object constant : k.getEnumConstants()) {
                Map<String, Object> p = new LinkedHashMap<>(nullable(value(value, "", null)));
                if (defaults instanceof Map<?, ?> d && d.get(constant) != null) {
                    p.put("default", RecordDefaults.json(d.get(constant)));
                }
                properties.put(key(constant), p);
            }
            return map("type", "object", "properties", properties, "additionalProperties", false);
        }
        return map("type", "object", "additionalProperties", nullable(value(value, "", null)));
    }

    /** A number at most {@code max}; a signed one (a coordinate) at least {@code -max}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withBound(Map<String, Object> schema, BigDecimal max) {
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        if (copy.get("properties") instanceof Map<?, ?> members) {
            Map<String, Object> bounded = new LinkedHashMap<>();
            members.forEach((k, v) -> bounded.put((String) k,
                withBound((Map<String, Object>) v, max)));
            copy.put("properties", bounded);
            return copy;
        }
        if (!copy.containsKey("minimum")) {
            copy.put("minimum", max.negate());
        }
        copy.put("maximum", lower(max, copy.get("maximum")));
        return copy;
    }

    /** The lower of a bound and an existing {@code maximum} (a number, or absent). */
    static Object lower(BigDecimal bound, Object existing) {
        return existing instanceof BigDecimal other && other.compareTo(bound) < 0 ? other : bound;
    }

    /** The same schema that also admits JSON null, which the reader takes for "absent". */
    static Map<String, Object> nullable(Map<String, Object> schema) {
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        if (copy.get("type") instanceof String type) {
            copy.put("type", List.of(type, "null"));
        } else if (copy.get("enum") instanceof List<?> values) {
            List<Object> withNull = new ArrayList<>(values);
            withNull.add(null);
            copy.put("enum", withNull);
        } else if (copy.containsKey("$ref")) {
            return map("anyOf", List.of(map("$ref", copy.get("$ref")), map("type", "null")));
        }
        return copy;
    }

    private static List<Object> keys(Class<?> enumType) {
        List<Object> keys = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            keys.add(key(constant));
        }
        return keys;
    }

    /** An enum's file spelling: its {@code key()} where it has one, else its lower-case name. */
    static String key(Object constant) {
        try {
            return (String) constant.getClass().getMethod("key").invoke(constant);
        } catch (ReflectiveOperationException e) {
            return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
