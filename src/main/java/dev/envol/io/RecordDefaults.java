package dev.envol.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The defaults a record gives its members, for the JSON Schema (see {@link RecordSchemas}). */
final class RecordDefaults {
    private RecordDefaults() {
    }

    /**
     * What the record holds when the file leaves a member out: its {@code defaults()} when it has
     * one (settings), else what its constructor makes of null for enums and flags (a strategy,
     * a coupling). Other members have no default worth showing (a name defaults to the id).
     */
    static Map<String, Object> of(Class<?> record, List<String> required,
                                  Map<String, String> aliases) {
        Map<String, Object> result = new LinkedHashMap<>();
        Object instance = instance(record, required);
        if (instance == null) {
            return result;
        }
        boolean full = hasDefaults(record);
        for (RecordComponent c : record.getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(instance);
                if (value != null && (full || value instanceof Enum || value instanceof Boolean)) {
                    result.put(aliases.entrySet().stream()
                        .filter(e -> e.getValue().equals(c.getName())).map(Map.Entry::getKey)
                        .findFirst().orElse(c.getName()), value instanceof Map ? value : json(value));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    private static boolean hasDefaults(Class<?> record) {
        try {
            Method m = record.getMethod("defaults");
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == record;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object instance(Class<?> record, List<String> required) {
        try {
            if (hasDefaults(record)) {
                return record.getMethod("defaults").invoke(null);
            }
            RecordComponent[] parts = record.getRecordComponents();
            Class<?>[] types = new Class<?>[parts.length];
            Object[] args = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                args[i] = required.contains(parts[i].getName()) || types[i].isPrimitive()
                    ? sample(types[i]) : null;
            }
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object sample(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == YearMonth.class) {
            return YearMonth.of(2000, 1);
        }
        return type == String.class ? "x" : null;
    }

    /** A default as it is written in the file. */
    static Object json(Object value) {
        if (value instanceof Enum<?> e) {
            return RecordSchemas.key(e);
        }
        if (value instanceof YearMonth || value instanceof LocalDate) {
            return value.toString();
        }
        return value;
    }

}
