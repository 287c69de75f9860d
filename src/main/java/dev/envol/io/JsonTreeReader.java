package dev.envol.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.envol.model.Excerpt;
import dev.envol.model.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link Json} tree from Jackson's streaming parser, keeping each value's line:column.
 * A syntax error ends the read (nothing after it can be trusted); a repeated key is reported and
 * the read goes on with the last value, as most JSON readers do.
 */
final class JsonTreeReader {
    /**
     * Jackson's default limits (nesting 500 deep, numbers of 1,000 digits, strings of 20 M
     * characters) stand; its error messages quote at most a short token, never the source.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(Excerpt.MAX_CHARS).maxRawContentLength(0).build())
        .build();

    private final Problems problems;
    private JsonParser parser;

    JsonTreeReader(Problems problems) {
        this.problems = problems;
    }

    /** The root value, or {@code null} after reporting a {@code model.syntax} problem. */
    Json read(byte[] content) {
        try {
            return read(FACTORY.createParser(content));
        } catch (IOException e) {
            problems.error("model.syntax", "$", 0, 0, "cannot read: " + e.getMessage());
            return null;
        }
    }

    /**
     * Reads straight from the stream (closing it): a whole-file byte array of a large model
     * costs a copy and a humongous allocation for nothing.
     */
    Json read(InputStream content) throws IOException {
        return read(FACTORY.createParser(content));
    }

    private Json read(JsonParser created) {
        try (JsonParser p = created) {
            parser = p;
            try {
                return root(p);
            } catch (JsonProcessingException e) {
                // reported before closing: a closed parser no longer knows where it stopped
                syntax(e);
                return null;
            }
        } catch (IOException e) {
            problems.error("model.syntax", "$", 0, 0, "cannot read: " + e.getMessage());
            return null;
        }
    }

    private Json root(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            problems.error("model.syntax", "$", 1, 1, "the file is empty: expected a JSON object");
            return null;
        }
        Json root = value(first);
        JsonToken after = p.nextToken();
        if (after != null) {
            JsonLocation at = p.currentTokenLocation();
            problems.error("model.syntax", "$", at.getLineNr(), at.getColumnNr(),
                "unexpected content after the end of the JSON document");
            return null;
        }
        return root;
    }

    private Json value(JsonToken token) throws IOException {
        int line;
        int column;
        if (parser instanceof ParserBase base) {
            line = base.getTokenLineNr();
            column = tokenColumn(base);
        } else {
            JsonLocation at = parser.currentTokenLocation();
            line = at.getLineNr();
            column = at.getColumnNr();
        }
        switch (token) {
            case START_OBJECT:
                return object(line, column);
            case START_ARRAY:
                return array(line, column);
            case VALUE_STRING:
                return new Json.Scalar(parser.getText(), line, column);
            case VALUE_NUMBER_INT:
                return new Json.Scalar(integer(), line, column);
            case VALUE_NUMBER_FLOAT:
                return new Json.Scalar(parser.getDecimalValue(), line, column);
            case VALUE_TRUE:
                return new Json.Scalar(Boolean.TRUE, line, column);
            case VALUE_FALSE:
                return new Json.Scalar(Boolean.FALSE, line, column);
            case VALUE_NULL:
                return new Json.Scalar(null, line, column);
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    /**
     * The column {@code currentTokenLocation()} would give, read from the parser's fields: that
     * method allocates a location object per value, which cost about a fifth of the whole load
     * (the benchmark's estate has ~150,000 values). {@code getTokenColumnNr()} adds one to the
     * same field, hence the subtraction.
     */
    private static int tokenColumn(ParserBase parser) {
        int column = parser.getTokenColumnNr();
        return column < 0 ? column : column - 1;
    }

    private BigDecimal integer() throws IOException {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            return new BigDecimal(parser.getBigIntegerValue());
        }
        return BigDecimal.valueOf(parser.getLongValue());
    }

    private Json object(int line, int column) throws IOException {
        String[] keys = new String[8];
        Json[] values = new Json[8];
        int size = 0;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Json value = value(parser.nextToken());
            int existing = indexOf(keys, size, key);
            if (existing >= 0) {
                problems.error("model.duplicate-key", pathOf(parser.getParsingContext()),
                    value.line(), value.column(),
                    "the key " + Excerpt.quoted(key) + " appears twice in the same object");
                values[existing] = value;
                continue;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + token);
        }
        return new Json.Obj(keys, values, size, line, column);
    }

    /** Member names are interned by Jackson, their hashes cached: cheap to compare first. */
    private static int indexOf(String[] keys, int size, String key) {
        int hash = key.hashCode();
        for (int i = 0; i < size; i++) {
            if (keys[i] == key || keys[i].hashCode() == hash && keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private Json array(int line, int column) throws IOException {
        List<Json> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(token));
        }
        return new Json.Arr(items, line, column);
    }

    /**
     * A limit crossed (nesting depth) comes without a location: the parser's own position is
     * where the limit was crossed, and a place is always better than 0:0.
     */
    private void syntax(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if ((at == null || at.getLineNr() <= 0) && parser != null) {
            at = parser.currentLocation();
        }
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String path = parser == null ? "$" : pathOf(parser.getParsingContext());
        problems.error("model.syntax", path, line, column, syntaxMessage(e));
    }

    /** Jackson's message without its source excerpt and location lines. */
    private static String syntaxMessage(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (original == null) {
            return "not valid JSON";
        }
        String first = original.split("\\R", 2)[0].trim()
            .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2")
            .replace("Object starting at", "the object starting at")
            .replace("Array starting at", "the array starting at");
        if (first.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (truncated JSON): " + lowerFirst(first);
        }
        if (e instanceof StreamConstraintsException) {
            return "the file breaks a reading limit: " + lowerFirst(first
                .replaceAll(", from `?StreamReadConstraints\\.\\w+\\(\\)`?\\)", ")"));
        }
        if (e instanceof InputCoercionException) {
            return "number out of range: " + lowerFirst(first);
        }
        return "not valid JSON: " + lowerFirst(first);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(JsonPath.key("", c.getCurrentName()));
            }
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            path.append(parts.get(i));
        }
        return path.toString();
    }
}
