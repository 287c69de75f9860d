package dev.envol.ui.inspector;

import dev.envol.catalog.PropertySpec;
import java.math.BigDecimal;

/**
 * Turns what a user types into a property value of the file's kind, or says why it is refused.
 * An empty text means "use the default" (the property is removed from the component).
 */
public final class PropertyValues {
    private PropertyValues() {
    }

    /** Either a value ({@code null} for "default") or the reason it is refused. */
    public record Parsed(Object value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static Parsed parse(PropertySpec spec, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Parsed(null, spec.required() && spec.defaultValue() == null
                ? "required: the component is unpriced without it" : null);
        }
        switch (spec.kind()) {
            case NUMBER, INTEGER -> {
                BigDecimal d;
                try {
                    d = new BigDecimal(t.replace(',', '.'));
                } catch (NumberFormatException e) {
                    return new Parsed(null, "not a number");
                }
                if (d.signum() < 0) {
                    return new Parsed(null, "must not be negative");
                }
                String complaint = spec.checkBound(d);
                if (complaint != null) {
                    return new Parsed(null, complaint);
                }
                if (spec.kind() == dev.envol.catalog.PropertyKind.INTEGER && d.stripTrailingZeros().scale() > 0) {
                    return new Parsed(null, "must be a whole number");
                }
                return new Parsed(d, null);
            }
            case BOOLEAN -> {
                if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                    return new Parsed(Boolean.parseBoolean(t.toLowerCase()), null);
                }
                return new Parsed(null, "true or false");
            }
            case CHOICE -> {
                return spec.choices().contains(t) ? new Parsed(t, null)
                    : new Parsed(null, "one of " + String.join(", ", spec.choices()));
            }
            default -> {
                return new Parsed(t, null);
            }
        }
    }

    /** The value as the inspector shows it ("" when absent). */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
