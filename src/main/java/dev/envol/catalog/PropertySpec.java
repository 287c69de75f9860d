package dev.envol.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One property of a component type.
 *
 * @param unit         what a number counts ("GB", "USD/month", ...), or "" for none
 * @param defaultValue the value used when the property is absent, or {@code null} when it has
 *                     none (a required property without a value makes the component unpriced)
 * @param required     the cost rule cannot price the component without it
 * @param max          the largest plausible value of a number (inclusive), or {@code null} for
 *                     a property that is not a number; derived from the unit and kind by
 *                     {@link Bounds} unless given (the JSON Schema's {@code maximum})
 */
public record PropertySpec(String name, PropertyKind kind, String unit, Object defaultValue,
                           String description, List<String> choices, boolean required,
                           BigDecimal max) {
    public PropertySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        choices = choices == null ? List.of() : List.copyOf(choices);
        max = max != null ? max : Bounds.derive(kind, unit);
    }

    /** A property bounded by its unit and kind (see {@link Bounds}). */
    public PropertySpec(String name, PropertyKind kind, String unit, Object defaultValue,
                        String description, List<String> choices, boolean required) {
        this(name, kind, unit, defaultValue, description, choices, required, null);
    }

    /** The same property with another bound. */
    public PropertySpec withMax(BigDecimal bound) {
        return new PropertySpec(name, kind, unit, defaultValue, description, choices, required,
            bound);
    }

    /** Null when {@code value} is within the bound, else the message naming the bound. */
    public String checkBound(BigDecimal value) {
        return Bounds.check(name, unit, max, value);
    }

    public boolean isNumeric() {
        return kind == PropertyKind.NUMBER || kind == PropertyKind.INTEGER;
    }
}
