package dev.envol.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One property of a component type.
 *
 * @param unit         what a number counts ("GB", "USD/month", ...), or "" for none
 * @param defaultValue the value used when the property is absent, or {@code null} when it has
 *                     none (a required property without a value makes the component unpriced)
 * @param required     the cost rule cannot price the component without it
 */
public record PropertySpec(String name, PropertyKind kind, String unit, Object defaultValue,
                           String description, List<String> choices, boolean required) {
    public PropertySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean isNumeric() {
        return kind == PropertyKind.NUMBER || kind == PropertyKind.INTEGER;
    }
}
