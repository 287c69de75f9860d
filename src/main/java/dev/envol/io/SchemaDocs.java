package dev.envol.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the JSON Schema says about the model's own members, which Java types cannot say: a
 * sentence for each member ({@code Settings.region=...}) and which members a record must have
 * ({@code Wave.$required=id,start}). Names and kinds come from the readers and the records; this
 * file only describes them, and {@code ModelSchemaTest} fails when a member has no sentence.
 */
final class SchemaDocs {
    static final String FILE = "schema-docs.properties";

    private final Properties text = new Properties();

    SchemaDocs() {
        try (InputStream in = SchemaDocs.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the jar");
            }
            text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence for {@code owner.member}, or {@code null} when the file has none. */
    String describe(String owner, String member) {
        return text.getProperty(owner + "." + member);
    }

    /** The sentence for a whole record ({@code Wave=...}), or {@code null}. */
    String describe(String owner) {
        return text.getProperty(owner);
    }

    /** The members a file must give for this record (the reader reports them as required). */
    List<String> required(String owner) {
        String list = text.getProperty(owner + ".$required");
        return list == null || list.isBlank() ? List.of()
            : Arrays.stream(list.split(",")).map(String::trim).toList();
    }

    /** Every key of the file, for the test that finds stale sentences. */
    List<String> keys() {
        return text.stringPropertyNames().stream().sorted().toList();
    }
}
