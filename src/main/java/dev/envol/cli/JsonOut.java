package dev.envol.cli;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer for the commands' output (2-space indent, keys in the order
 * written). Jackson databind stays out of the command line; this is all the output needs.
 */
final class JsonOut {
    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether it already has an element. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterKey;

    JsonOut beginObject() {
        value("{");
        open.push(new boolean[1]);
        return this;
    }

    JsonOut endObject() {
        return close("}");
    }

    JsonOut beginArray() {
        value("[");
        open.push(new boolean[1]);
        return this;
    }

    JsonOut endArray() {
        return close("]");
    }

    JsonOut key(String name) {
        separate();
        out.append(quote(name)).append(": ");
        afterKey = true;
        return this;
    }

    JsonOut string(String text) {
        return value(text == null ? "null" : quote(text));
    }

    JsonOut number(BigDecimal number) {
        return value(number == null ? "null" : number.toPlainString());
    }

    JsonOut number(long number) {
        return value(Long.toString(number));
    }

    JsonOut bool(boolean value) {
        return value(Boolean.toString(value));
    }

    JsonOut field(String name, String text) {
        return key(name).string(text);
    }

    JsonOut field(String name, BigDecimal number) {
        return key(name).number(number);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private JsonOut value(String raw) {
        if (!afterKey) {
            separate();
        }
        afterKey = false;
        out.append(raw);
        return this;
    }

    private void separate() {
        if (open.isEmpty()) {
            return;
        }
        boolean[] hasElement = open.peek();
        if (hasElement[0]) {
            out.append(',');
        }
        hasElement[0] = true;
        newline(open.size());
    }

    private JsonOut close(String bracket) {
        boolean[] hasElement = open.pop();
        if (hasElement[0]) {
            newline(open.size());
        }
        out.append(bracket);
        if (open.isEmpty()) {
            out.append('\n');
        }
        return this;
    }

    private void newline(int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
