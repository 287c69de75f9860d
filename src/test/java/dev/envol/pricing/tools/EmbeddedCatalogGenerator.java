package dev.envol.pricing.tools;

import dev.envol.model.PurchaseOption;
import dev.envol.pricing.CsvLine;
import dev.envol.pricing.PriceEntry;
import dev.envol.pricing.PriceFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the embedded price catalog ({@code src/main/resources/dev/envol/pricing/}) from the
 * facts in the shared price data folder. Run from the project folder:
 * <pre>
 * mvn -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.envol.pricing.tools.EmbeddedCatalogGenerator \
 *   -Dexec.args="../shared/data/prices src/main/resources/dev/envol/pricing"
 * </pre>
 * Rows of every region are kept; when two rows price the same thing the newer wins. Unit prices
 * are converted to base units ("per 1M requests" -> per request). A unit-price row that no rule
 * maps stops the generator, so nothing is dropped silently.
 */
public final class EmbeddedCatalogGenerator {
    /** Undated rows (a 2025+ catalog, Shield constants) get this date, said in their source. */
    static final LocalDate UNDATED = LocalDate.of(2025, 1, 1);

    private final Map<String, PriceEntry> entries = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedCatalogGenerator DATA_DIR OUT_DIR");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.ec2(data.resolve("ec2-linux-ondemand.csv"));
        generator.rds(data.resolve("rds-instances.csv"));
        generator.elastiCache(data.resolve("elasticache-nodes.csv"));
        generator.unitPrices(data.resolve("unit-prices.csv"));
        int count = generator.write(out.resolve("embedded-prices.csv"));
        Files.copy(data.resolve("ec2-instance-types.csv"), out.resolve("instance-types.csv"),
            StandardCopyOption.REPLACE_EXISTING);
        System.out.println("wrote " + count + " prices to " + out);
    }

    void ec2(Path file) throws IOException {
        for (Map<String, String> row : rows(file)) {
            add(new PriceEntry("ec2", row.get("region"), row.get("instanceType"), "os=linux",
                PurchaseOption.ON_DEMAND, new BigDecimal(row.get("usdPerHour")), "hour", null,
                null, date(row.get("asOf")), source(row)));
        }
    }

    void rds(Path file) throws IOException {
        Map<String, PurchaseOption> reserved = new LinkedHashMap<>();
        reserved.put("usdPerHourOnDemand", PurchaseOption.ON_DEMAND);
        reserved.put("ri1yNoUpfrontEffHourly", PurchaseOption.RESERVED_1Y_NO_UPFRONT);
        reserved.put("ri1yAllUpfrontEffHourly", PurchaseOption.RESERVED_1Y_ALL_UPFRONT);
        reserved.put("ri3yPartialUpfrontEffHourly", PurchaseOption.RESERVED_3Y_PARTIAL_UPFRONT);
        reserved.put("ri3yAllUpfrontEffHourly", PurchaseOption.RESERVED_3Y_ALL_UPFRONT);
        for (Map<String, String> row : rows(file)) {
            String options = "deployment=" + lower(row.get("deployment")) + ";engine="
                + lower(row.get("engine"));
            hourly("rds", row, row.get("instanceType"), options, reserved);
        }
    }

    void elastiCache(Path file) throws IOException {
        Map<String, PurchaseOption> reserved = new LinkedHashMap<>();
        reserved.put("usdPerHourOnDemand", PurchaseOption.ON_DEMAND);
        reserved.put("ri1yNoUpfrontEffHourly", PurchaseOption.RESERVED_1Y_NO_UPFRONT);
        reserved.put("ri3yAllUpfrontEffHourly", PurchaseOption.RESERVED_3Y_ALL_UPFRONT);
        for (Map<String, String> row : rows(file)) {
            hourly("elasticache", row, row.get("nodeType"), "engine=" + lower(row.get("engine")),
                reserved);
        }
    }

    /** One entry per non-empty rate column; reserved columns are effective hourly rates. */
    private void hourly(String service, Map<String, String> row, String key, String options,
                        Map<String, PurchaseOption> columns) {
        columns.forEach((column, purchase) -> {
            String value = row.get(column);
            if (value != null && !value.isBlank()) {
                String source = source(row) + (purchase.isReserved()
                    ? " (effective hourly rate, upfront included)" : "");
                add(new PriceEntry(service, row.get("region"), key, options, purchase,
                    new BigDecimal(value), "hour", null, null, date(row.get("asOf")), source));
            }
        });
    }

    void unitPrices(Path file) throws IOException {
        for (Map<String, String> row : rows(file)) {
            List<UnitPriceRules.Mapped> mapped = UnitPriceRules.map(row);
            if (mapped == null) {
                throw new IllegalStateException("no rule for unit price row " + row);
            }
            for (UnitPriceRules.Mapped m : mapped) {
                add(new PriceEntry(m.service(), m.region(), m.key(), m.options(),
                    PurchaseOption.ON_DEMAND, m.usdPerUnit(), m.unit(), null, null,
                    date(row.get("asOf")), source(row) + m.why()));
            }
        }
    }

    private void add(PriceEntry entry) {
        entries.merge(entry.id(), entry,
            (old, candidate) -> candidate.asOf().isBefore(old.asOf()) ? old : candidate);
    }

    int write(Path target) throws IOException {
        List<PriceEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing(PriceEntry::service).thenComparing(PriceEntry::region)
            .thenComparing(PriceEntry::key).thenComparing(PriceEntry::options)
            .thenComparing(e -> e.purchase().ordinal()));
        Files.createDirectories(target.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            PriceFile.write(out, """
                Envol embedded AWS list prices (USD per base unit). Generated by
                dev.envol.pricing.tools.EmbeddedCatalogGenerator from the shared price data: do not edit.
                Rules applied at lookup: RDS Multi-AZ = 2 x Single-AZ when no Multi-AZ row exists;
                a month is 730 hours (the model's hoursPerMonth); Shield Advanced is one subscription
                per organisation.""", sorted);
        }
        return sorted.size();
    }

    static String source(Map<String, String> row) {
        String asOf = row.get("asOf");
        String source = "embedded: " + row.get("source");
        return isDate(asOf) ? source : source + " (undated in the data; asOf set to " + UNDATED + ")";
    }

    static LocalDate date(String text) {
        return isDate(text) ? LocalDate.parse(text) : UNDATED;
    }

    private static boolean isDate(String text) {
        return text != null && text.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static String lower(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = CsvLine.split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = CsvLine.split(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
