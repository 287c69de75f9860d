package dev.envol.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes offer files shaped like the real EC2 sample (its metadata, 91-column header and a real
 * row as template), with chosen fields replaced: for import tests and the import benchmark.
 */
public final class OfferFiles {
    private final List<String> metadata;
    private final List<String> header;
    private final List<String> template;
    private final Map<String, Integer> index = new HashMap<>();

    private OfferFiles(List<String> lines) {
        metadata = lines.subList(0, 5);
        header = CsvLine.split(lines.get(5));
        template = CsvLine.split(lines.get(6));
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
    }

    /** Based on {@code samples/offer-AmazonEC2-index-head.csv}. */
    public static OfferFiles ec2() {
        try (InputStream in = OfferFiles.class.getResourceAsStream(
            "samples/offer-AmazonEC2-index-head.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new OfferFiles(List.of(text.split("\r?\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeHead(Writer out) throws IOException {
        for (String line : metadata) {
            out.write(line);
            out.write('\n');
        }
        out.write(quoted(header));
        out.write('\n');
    }

    /** The template row with {@code changes} (column name -> value). */
    public String row(Map<String, String> changes) {
        List<String> fields = new ArrayList<>(template);
        changes.forEach((column, value) -> {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            fields.set(i, value);
        });
        return quoted(fields);
    }

    /** Changes that make the template a row Envol prices (Linux, shared, no software). */
    public static Map<String, String> linuxShared(String sku, String type, String region) {
        Map<String, String> changes = new HashMap<>();
        changes.put("SKU", sku);
        changes.put("Instance Type", type);
        changes.put("Region Code", region);
        changes.put("Operating System", "Linux");
        changes.put("Tenancy", "Shared");
        changes.put("Pre Installed S/W", "NA");
        changes.put("CapacityStatus", "Used");
        changes.put("License Model", "No License required");
        return changes;
    }

    private static String quoted(List<String> fields) {
        StringBuilder line = new StringBuilder(1024);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String f = fields.get(i);
            if (!f.isEmpty()) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            }
        }
        return line.toString();
    }
}
