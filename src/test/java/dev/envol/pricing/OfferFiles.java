package dev.envol.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Writes a synthetic EC2 offer of about {@code targetBytes}: products of 21 rows each (one
     * OnDemand, 12 reservations, upfront fees on their own rows) over many types and regions;
     * one product in 20 is Linux on shared tenancy (kept by the import), the others are the
     * template's Windows / dedicated / SQL Web rows (skipped), as in real EC2 offers.
     *
     * @return the bytes written
     */
    public long writeSynthetic(Path file, long targetBytes) throws IOException {
        String[] types = {"m5.large", "m5.xlarge", "c5.large", "c6i.2xlarge", "r6g.large",
            "t3.micro", "m7g.4xlarge", "i4i.xlarge"};
        String[] regions = {"us-east-1", "eu-west-1", "eu-west-3", "eu-central-1", "ap-south-1",
            "us-west-2", "sa-east-1"};
        long written = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringWriter head = new StringWriter();
            writeHead(head);
            out.write(head.toString());
            written += head.toString().length();
            for (int sku = 0; written < targetBytes; sku++) {
                String type = types[sku % types.length];
                String region = regions[(sku / types.length) % regions.length];
                Map<String, String> base = sku % 20 == 0
                    ? linuxShared("SKU" + sku, type, region)
                    : new HashMap<>(Map.of("SKU", "SKU" + sku, "Instance Type", type,
                        "Region Code", region));
                for (Map<String, String> term : terms(sku)) {
                    Map<String, String> changes = new HashMap<>(base);
                    changes.putAll(term);
                    String row = row(changes);
                    out.write(row);
                    out.write('\n');
                    written += row.length() + 1;
                }
            }
        }
        return written;
    }

    private static List<Map<String, String>> terms(int sku) {
        List<Map<String, String>> rows = new ArrayList<>();
        String hourly = "0." + (100 + sku % 900) + "0000000";
        rows.add(Map.of("TermType", "OnDemand", "OfferTermCode", "JRTCKXETXF", "Unit", "Hrs",
            "PricePerUnit", hourly, "LeaseContractLength", "", "PurchaseOption", "",
            "OfferingClass", "", "StartingRange", "0"));
        int code = 0;
        for (String lease : new String[] {"1yr", "3yr"}) {
            for (String offering : new String[] {"standard", "convertible"}) {
                for (String payment : new String[] {"No Upfront", "Partial Upfront",
                    "All Upfront"}) {
                    String term = "TERM" + code++;
                    Map<String, String> rate = new HashMap<>(Map.of("TermType", "Reserved",
                        "OfferTermCode", term, "Unit", "Hrs", "LeaseContractLength", lease,
                        "PurchaseOption", payment, "OfferingClass", offering,
                        "StartingRange", "0"));
                    rate.put("PricePerUnit", payment.equals("All Upfront") ? "0.0000000000"
                        : "0.0" + (50 + sku % 50) + "0000000");
                    rows.add(rate);
                    if (!payment.equals("No Upfront")) {
                        Map<String, String> fee = new HashMap<>(rate);
                        fee.putAll(Map.of("Unit", "Quantity", "PricePerUnit",
                            Integer.toString(500 + sku % 1000), "StartingRange", ""));
                        rows.add(fee);
                    }
                }
            }
        }
        return rows;
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
