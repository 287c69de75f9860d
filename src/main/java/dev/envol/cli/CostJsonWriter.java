package dev.envol.cli;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer for the cost commands' output (2-space indent, keys in the order
 * written). Jackson databind stays out of the command line; this is all the output needs.
 */
final class CostJsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether it already has an element. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterKey;

    CostJsonWriter beginObject() {
        value("{");
        open.push(new boolean[1]);
        return this;
    }

    CostJsonWriter endObject() {
        return close("}");
    }

    CostJsonWriter beginArray() {
        value("[");
        open.push(new boolean[1]);
        return this;
    }

    CostJsonWriter endArray() {
        return close("]");
    }

    CostJsonWriter key(String name) {
        separate();
        out.append(quote(name)).append(": ");
        afterKey = true;
        return this;
    }

    CostJsonWriter string(String text) {
        return value(text == null ? "null" : quote(text));
    }

    CostJsonWriter number(BigDecimal number) {
        return value(number == null ? "null" : number.toPlainString());
    }

    CostJsonWriter number(long number) {
        return value(Long.toString(number));
    }

    CostJsonWriter field(String name, String text) {
        return key(name).string(text);
    }

    CostJsonWriter field(String name, BigDecimal number) {
        return key(name).number(number);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private CostJsonWriter value(String raw) {
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

    private CostJsonWriter close(String bracket) {
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
