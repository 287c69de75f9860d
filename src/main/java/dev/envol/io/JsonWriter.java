package dev.envol.io;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer with one fixed layout: 2-space indent, {@code "key": value}, {@code \n}
 * line ends, empty containers as {@code {}} / {@code []}, a trailing newline. Owning the layout
 * (rather than configuring a pretty printer) is what keeps saved files byte-stable.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder(1 << 16);
    /** One entry per open container: has it received a member yet? */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open.push(new boolean[1]);
        return this;
    }

    JsonWriter endObject() {
        return end('}');
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open.push(new boolean[1]);
        return this;
    }

    JsonWriter endArray() {
        return end(']');
    }

    private JsonWriter end(char close) {
        boolean[] filled = open.pop();
        if (filled[0]) {
            newline();
        }
        out.append(close);
        return this;
    }

    JsonWriter name(String key) {
        beforeValue();
        string(key);
        out.append(": ");
        afterName = true;
        return this;
    }

    /** Comma, newline and indent before a value, unless it follows its key. */
    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] container = open.peek();
        if (container == null) {
            return;
        }
        if (container[0]) {
            out.append(',');
        }
        container[0] = true;
        newline();
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < open.size(); i++) {
            out.append("  ");
        }
    }

    JsonWriter value(String text) {
        beforeValue();
        string(text);
        return this;
    }

    JsonWriter value(BigDecimal number) {
        beforeValue();
        out.append(number(number));
        return this;
    }

    JsonWriter value(boolean flag) {
        beforeValue();
        out.append(flag);
        return this;
    }

    JsonWriter value(long number) {
        beforeValue();
        out.append(number);
        return this;
    }

    /** A canvas coordinate: no trailing {@code .0}. */
    JsonWriter value(double number) {
        return value(plainDouble(number));
    }

    private static BigDecimal plainDouble(double number) {
        BigDecimal d = BigDecimal.valueOf(number).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Plain notation as typed, except absurd exponents which stay scientific. */
    static String number(BigDecimal number) {
        int scale = number.scale();
        return scale >= 0 && scale <= 100 ? number.toPlainString() : number.toString();
    }

    /** A plain JSON value as kept in extras and props. */
    @SuppressWarnings("unchecked")
    JsonWriter plain(Object value) {
        if (value == null) {
            beforeValue();
            out.append("null");
        } else if (value instanceof String s) {
            value(s);
        } else if (value instanceof BigDecimal d) {
            value(d);
        } else if (value instanceof Boolean b) {
            value(b.booleanValue());
        } else if (value instanceof Double || value instanceof Float) {
            value(new BigDecimal(value.toString()));
        } else if (value instanceof Number n) {
            value(new BigDecimal(n.toString()));
        } else if (value instanceof Map<?, ?> map) {
            beginObject();
            members((Map<String, Object>) map);
            endObject();
        } else if (value instanceof List<?> list) {
            beginArray();
            list.forEach(this::plain);
            endArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
        return this;
    }

    /** Writes each entry as a member of the object being written. */
    JsonWriter members(Map<String, Object> map) {
        map.forEach((k, v) -> name(k).plain(v));
        return this;
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    byte[] toBytes() {
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
