package dev.envol.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A small mutation toolkit for the readers' property-based tests: every mutation is drawn from
 * a {@link Random} seeded per case, so a failing case replays from its seed alone. JSON
 * mutations work on a tree (delete or duplicate keys and elements, values of the wrong kind,
 * huge numbers, long strings, deep nesting) and are written back as text, optionally with a
 * duplicated key or a byte-level accident on top; table mutations do the same on rows and cells.
 */
public final class Mutations {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values of the wrong kind and of absurd size, as a hostile or careless file holds them. */
    static final String[] HOSTILE_TEXTS = {"", " ", "-1", "1e308", "NaN", "null", "true",
        "0x1F", "=cmd|' /C calc'!A0", "9".repeat(300), "x".repeat(10_000), "a\nb", "\u0000",
        "é€😀", "\"", "'", ";", ",", "../../etc/passwd", "1,5", "-0", "1e-400", "1E+2147483647"};

    private final Random random;

    public Mutations(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public int between(int from, int toExclusive) {
        return from + random.nextInt(toExclusive - from);
    }

    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    public String hostileText() {
        return HOSTILE_TEXTS[random.nextInt(HOSTILE_TEXTS.length)];
    }

    // ---- bytes

    /** One byte-level accident: flip, truncate, insert, delete or duplicate a slice. */
    public byte[] bytes(byte[] in) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(in.length);
        switch (random.nextInt(5)) {
            case 0 -> {
                byte[] out = in.clone();
                for (int i = 0, n = between(1, 8); i < n; i++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
            case 1 -> {
                return Arrays.copyOf(in, at);
            }
            case 2 -> {
                byte[] noise = new byte[between(1, 64)];
                random.nextBytes(noise);
                return splice(in, at, at, noise);
            }
            case 3 -> {
                return splice(in, at, Math.min(in.length, at + between(1, 256)), new byte[0]);
            }
            default -> {
                int end = Math.min(in.length, at + between(1, 512));
                return splice(in, end, end, Arrays.copyOfRange(in, at, end));
            }
        }
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[from + insert.length + in.length - to];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }

    // ---- JSON

    public static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code rounds} tree mutations of a copy of {@code root}, written as text; one case in
     * eight also gets a byte-level accident and one in sixteen a duplicated key.
     */
    public byte[] json(JsonNode root, int rounds) {
        JsonNode copy = root.deepCopy();
        for (int i = 0; i < rounds; i++) {
            copy = mutateSomewhere(copy);
        }
        byte[] text;
        try {
            text = copy.toPrettyString().getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException tooDeep) {
            // nested arrays landed inside each other past Jackson's writing limit
            return deepText(root.toPrettyString().getBytes(StandardCharsets.UTF_8));
        }
        int accident = random.nextInt(16);
        if (accident < 2) {
            return bytes(text);
        }
        if (accident == 2) {
            return duplicateAKey(text);
        }
        if (accident == 3) {
            return deepText(text);
        }
        return text;
    }

    private JsonNode mutateSomewhere(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return wrongKind();
        }
        JsonNode target = pick(containers);
        if (target == root && random.nextInt(20) == 0) {
            return wrongKind();
        }
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = pick(names);
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, wrongKind());
                case 2 -> object.set(name, number());
                case 3 -> object.set(random.nextBoolean() ? name + "x" : hostileText(),
                    object.get(name).deepCopy());
                default -> object.set(name, random.nextBoolean() ? deep(between(2, 990))
                    : NODES.textNode(hostileText()));
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int i = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(i);
                case 1 -> array.insert(i, array.get(i).deepCopy());
                case 2 -> array.set(i, wrongKind());
                default -> array.add(deep(between(2, 990)));
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.elements().forEachRemaining(child -> collect(child, out));
        }
    }

    /** A value of any kind, often not the one the reader expects. */
    public JsonNode wrongKind() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.textNode(hostileText());
            case 3 -> NODES.objectNode().put(hostileText(), hostileText());
            case 4 -> NODES.arrayNode().add(hostileText()).add(1);
            case 5 -> number();
            default -> NODES.textNode("aws.ec2");
        };
    }

    /** Zero, negative, fractional, huge or tiny numbers. */
    public JsonNode number() {
        String[] numbers = {"0", "-1", "0.5", "1e308", "-1e308", "1e-400", "9".repeat(300),
            "2147483648", "1E+999", "1000000000000", "1000000000001", "744", "745", "100.01"};
        return NODES.numberNode(new BigDecimal(numbers[random.nextInt(numbers.length)]));
    }

    /** Arrays nested {@code depth} levels deep (Jackson refuses past 1,000). */
    public JsonNode deep(int depth) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode at = root;
        for (int i = 1; i < depth; i++) {
            at = at.addArray();
        }
        return root;
    }

    /** Arrays nested deeper than any parser allows (100,000), in place of a value. */
    private byte[] deepText(byte[] text) {
        String s = new String(text, StandardCharsets.UTF_8);
        int at = s.indexOf(": ", random.nextInt(Math.max(1, s.length())));
        if (at < 0) {
            return text;
        }
        int depth = between(900, 100_000);
        return (s.substring(0, at + 2) + "[".repeat(depth) + "]".repeat(depth) + ", \"z\": "
            + s.substring(at + 2)).getBytes(StandardCharsets.UTF_8);
    }

    /** Repeats one {@code "key": value,} line right after itself, as a careless merge does. */
    private byte[] duplicateAKey(byte[] text) {
        String[] lines = new String(text, StandardCharsets.UTF_8).split("\n", -1);
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().matches("\"[^\"]+\" : [^\\[{]*,")) {
                members.add(i);
            }
        }
        if (members.isEmpty()) {
            return text;
        }
        int line = pick(members);
        List<String> out = new ArrayList<>(Arrays.asList(lines));
        out.add(line, lines[line]);
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }

    // ---- tables (CSV rows, sheet rows)

    /** {@code rounds} mutations of the rows: cells, rows, columns, values of the wrong kind. */
    public List<List<String>> table(List<List<String>> rows, int rounds) {
        List<List<String>> out = new ArrayList<>();
        rows.forEach(r -> out.add(new ArrayList<>(r)));
        for (int n = 0; n < rounds && !out.isEmpty(); n++) {
            int r = random.nextInt(out.size());
            List<String> row = out.get(r);
            switch (random.nextInt(7)) {
                case 0 -> out.remove(r);
                case 1 -> out.add(r, new ArrayList<>(row));
                case 2, 3 -> {
                    if (!row.isEmpty()) {
                        row.set(random.nextInt(row.size()), hostileText());
                    }
                }
                case 4 -> {
                    if (!row.isEmpty()) {
                        row.remove(random.nextInt(row.size()));
                    }
                }
                case 5 -> row.add(hostileText());
                default -> {
                    if (!row.isEmpty()) {
                        row.set(random.nextInt(row.size()), number().asText());
                    }
                }
            }
        }
        return out;
    }

    /** Rows as RFC 4180 CSV with {@code separator}. */
    public static String csv(List<List<String>> rows, char separator) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                String cell = row.get(i);
                boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"")
                    || cell.contains("\n") || cell.contains("\r");
                out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
