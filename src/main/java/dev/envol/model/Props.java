package dev.envol.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A component's usage and cost properties ({@code props} in the file), in a stable order.
 * Numbers are {@link BigDecimal} (never double: they are quantities and money), text is
 * {@link String}, flags are {@link Boolean}; anything else is kept as a plain JSON value.
 */
public final class Props {
    private static final Props EMPTY = new Props(Map.of());

    private final Map<String, Object> values;

    private Props(Map<String, Object> values) {
        this.values = values;
    }

    public static Props empty() {
        return EMPTY;
    }

    public static Props of(Map<String, ?> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, normalize(v)));
        return new Props(Collections.unmodifiableMap(copy));
    }

    /** Convenience for code and tests: {@code Props.of("count", 2, "instanceType", "m5.large")}. */
    public static Props of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(map);
    }

    private static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        return value;
    }

    /** A copy with {@code name} set; an existing property keeps its place, a new one goes last. */
    public Props with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, normalize(value));
        return new Props(Collections.unmodifiableMap(copy));
    }

    public Props without(String name) {
        if (!values.containsKey(name)) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(name);
        return copy.isEmpty() ? EMPTY : new Props(Collections.unmodifiableMap(copy));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Object get(String name) {
        return values.get(name);
    }

    /** The number, or empty when absent or not a number. */
    public Optional<BigDecimal> decimal(String name) {
        return values.get(name) instanceof BigDecimal d ? Optional.of(d) : Optional.empty();
    }

    public BigDecimal decimal(String name, BigDecimal fallback) {
        return decimal(name).orElse(fallback);
    }

    public Optional<String> text(String name) {
        return values.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    public boolean flag(String name, boolean fallback) {
        return values.get(name) instanceof Boolean b ? b : fallback;
    }

    /** {@code count}: identical units this component stands for (default 1). */
    public BigDecimal count() {
        return decimal("count", BigDecimal.ONE);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Props p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
