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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the embedded price catalog ({@code src/main/resources/dev/envol/pricing/}) from the
 * facts in the shared price data folder. Run from the project folder:
 * <pre>
 * mvn -o -q test-compile && java -cp target/classes:target/test-classes:DEPENDENCIES \
 *   dev.envol.pricing.tools.EmbeddedCatalogGenerator ../shared/data/prices src/main/resources/dev/envol/pricing
 * </pre>
 * Data-driven: every CSV of the folder is read by its header (the documented columns of the
 * data's README), not by its name, so a row or a file added in those columns enters the catalog
 * with no code change:
 * <ul>
 * <li>{@code region, instanceType, usdPerHour[, os]}: EC2 on-demand hours ({@code os} from the
 *     column, else "windows" when the file name says so, else linux);</li>
 * <li>{@code region, engine, instanceType, deployment, usdPerHourOnDemand, ri...EffHourly}: RDS;</li>
 * <li>{@code region, engine, nodeType, usdPerHourOnDemand, ri...EffHourly}: ElastiCache;</li>
 * <li>{@code service, region, item, unit, usd}: unit prices ({@link UnitPriceRules});</li>
 * <li>{@code instanceType, vcpu, memoryGiB, arch}: the instance sizes, copied.</li>
 * </ul>
 * Reserved columns are recognised by name ({@code ri1yNoUpfrontEffHourly}: 1 year, no upfront,
 * effective hourly rate). A file with another header stops the generator, so nothing is dropped
 * silently; {@code tiered-prices.csv} is the volume-tier model's and is not read here.
 * Rows of every region are kept; when two rows price the same thing the newer wins.
 */
public final class EmbeddedCatalogGenerator {
    /** Undated rows (a 2025+ catalog, Shield constants) get this date, said in their source. */
    static final LocalDate UNDATED = LocalDate.of(2025, 1, 1);
    /** Read by the volume-tier generator, not by this one. */
    static final Set<String> NOT_UNIT_PRICES = Set.of("tiered-prices.csv");
    private static final Pattern RESERVED_COLUMN = Pattern.compile(
        "ri([13])y(NoUpfront|PartialUpfront|AllUpfront)EffHourly");

    private final Map<String, PriceEntry> entries = new LinkedHashMap<>();
    private final List<String> unused = new ArrayList<>();
    private Path instanceTypes;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedCatalogGenerator DATA_DIR OUT_DIR");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        EmbeddedCatalogGenerator generator = new EmbeddedCatalogGenerator();
        generator.readAll(data);
        int count = generator.write(out.resolve("embedded-prices.csv"));
        generator.copyInstanceTypes(out.resolve("instance-types.csv"));
        System.out.println("wrote " + count + " prices to " + out);
        generator.unused().forEach(u -> System.out.println("  in the catalog, no cost rule: " + u));
    }

    /** Reads every CSV of {@code data} by its header. */
    void readAll(Path data) throws IOException {
        List<Path> files;
        try (var list = Files.list(data)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            if (!NOT_UNIT_PRICES.contains(file.getFileName().toString())) {
                read(file);
            }
        }
    }

    /** Reads one file of the shared data, by its header. */
    void read(Path file) throws IOException {
        List<String> header = CsvLine.split(Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
        if (header.containsAll(List.of("service", "region", "item", "unit", "usd"))) {
            unitPrices(file);
        } else if (header.containsAll(List.of("region", "engine", "instanceType", "deployment"))) {
            rds(file);
        } else if (header.containsAll(List.of("region", "engine", "nodeType"))) {
            elastiCache(file);
        } else if (header.containsAll(List.of("region", "instanceType", "usdPerHour"))) {
            ec2(file);
        } else if (header.containsAll(List.of("instanceType", "vcpu", "memoryGiB", "arch"))) {
            instanceTypes = file;
        } else {
            throw new IllegalStateException(file + ": unknown columns " + header
                + " (see the data's README for the documented ones)");
        }
    }

    void copyInstanceTypes(Path target) throws IOException {
        if (instanceTypes != null) {
            Files.copy(instanceTypes, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Unit-price rows that entered the catalog under a key no cost rule asks for yet. */
    List<String> unused() {
        return unused;
    }

    void ec2(Path file) throws IOException {
        String fileOs = file.getFileName().toString().contains("windows") ? "windows" : "linux";
        for (Map<String, String> row : rows(file)) {
            String os = row.getOrDefault("os", "").isBlank() ? fileOs : lower(row.get("os"));
            add(new PriceEntry("ec2", row.get("region"), row.get("instanceType"), "os=" + os,
                PurchaseOption.ON_DEMAND, new BigDecimal(row.get("usdPerHour")), "hour", null,
                null, date(row.get("asOf")), source(row)));
        }
    }

    void rds(Path file) throws IOException {
        for (Map<String, String> row : rows(file)) {
            String options = "deployment=" + lower(row.get("deployment")) + ";engine="
                + lower(row.get("engine"));
            hourly("rds", row, row.get("instanceType"), options);
        }
    }

    void elastiCache(Path file) throws IOException {
        for (Map<String, String> row : rows(file)) {
            hourly("elasticache", row, row.get("nodeType"), "engine=" + lower(row.get("engine")));
        }
    }

    /** The purchase option a rate column holds, or null when it is not a rate column. */
    static PurchaseOption rateColumn(String column) {
        if (column.equals("usdPerHourOnDemand") || column.equals("usdPerHour")) {
            return PurchaseOption.ON_DEMAND;
        }
        Matcher m = RESERVED_COLUMN.matcher(column);
        if (!m.matches()) {
            return null;
        }
        String payment = m.group(2).replace("Upfront", " Upfront");
        for (PurchaseOption option : PurchaseOption.values()) {
            if (option.isReserved() && option.years() == Integer.parseInt(m.group(1))
                && option.awsPaymentOption().equals(payment)) {
                return option;
            }
        }
        return null;
    }

    /** One entry per non-empty rate column; reserved columns are effective hourly rates. */
    private void hourly(String service, Map<String, String> row, String key, String options) {
        row.forEach((column, value) -> {
            PurchaseOption purchase = rateColumn(column);
            if (purchase != null && value != null && !value.isBlank()) {
                String source = source(row) + (purchase.isReserved()
                    ? " (effective hourly rate, upfront included)" : "");
                add(new PriceEntry(service, row.get("region"), key, options, purchase,
                    new BigDecimal(value), "hour", null, null, date(row.get("asOf")), source));
            }
        });
    }

    void unitPrices(Path file) throws IOException {
        for (Map<String, String> row : rows(file)) {
            for (UnitPriceRules.Mapped m : UnitPriceRules.map(row)) {
                if (m.why().contains("no cost rule")) {
                    unused.add(m.service() + " " + m.key() + " in " + m.region());
                }
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
                Rules applied at lookup: RDS Multi-AZ (instances and storage) = 2 x Single-AZ when no
                Multi-AZ row exists; free tiers are not deducted (they are per account);
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
