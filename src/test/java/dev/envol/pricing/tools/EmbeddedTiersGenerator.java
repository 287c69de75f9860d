package dev.envol.pricing.tools;

import dev.envol.pricing.CsvLine;
import dev.envol.pricing.PriceFile;
import dev.envol.pricing.TierEntry;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the embedded volume tiers ({@code embedded-tiers.csv}, next to the embedded unit
 * prices) from {@code tiered-prices.csv}. A step of its own, beside
 * {@link EmbeddedCatalogGenerator}, so that unit prices and tiers evolve independently. Which
 * catalog item a row prices is data ({@code tier-items.csv}), not code per service; a row no
 * rule maps stops the generator, so nothing is dropped silently. Run from the project folder:
 * <pre>
 * mvn -o -q test-compile &amp;&amp; java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   dev.envol.pricing.tools.EmbeddedTiersGenerator ../shared/data/prices src/main/resources/dev/envol/pricing
 * </pre>
 */
public final class EmbeddedTiersGenerator {
    static final String RULES = "tier-items.csv";

    /** One mapping rule of {@code tier-items.csv}. */
    record Rule(String service, Pattern item, String catalogService, String key, String options,
                String region, String unit) {
    }

    private final List<Rule> rules;
    private final List<TierEntry> tiers = new ArrayList<>();

    EmbeddedTiersGenerator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The generator with the rules shipped beside it. */
    static EmbeddedTiersGenerator standard() {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            EmbeddedTiersGenerator.class.getResourceAsStream(RULES), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> f = CsvLine.split(line);
                rules.add(new Rule(f.get(0), Pattern.compile(f.get(1)), f.get(2), f.get(3),
                    f.get(4), f.get(5), f.get(6)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedTiersGenerator(rules);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedTiersGenerator DATA_DIR OUT_DIR");
            System.exit(2);
        }
        EmbeddedTiersGenerator generator = standard();
        generator.read(Path.of(args[0]).resolve("tiered-prices.csv"));
        int count = generator.write(Path.of(args[1]).resolve("embedded-tiers.csv"));
        System.out.println("wrote " + count + " tiers to " + args[1]);
    }

    /** Reads every row of a {@code tiered-prices.csv}. */
    void read(Path file) throws IOException {
        int line = 1;
        for (Map<String, String> row : EmbeddedCatalogGenerator.rows(file)) {
            line++;
            tiers.add(tier(row, file.getFileName() + " line " + line));
        }
    }

    private TierEntry tier(Map<String, String> row, String where) {
        for (Rule rule : rules) {
            Matcher m = rule.item().matcher(row.get("item"));
            if (!rule.service().equals(row.get("service")) || !m.matches()) {
                continue;
            }
            String to = row.get("toUnits");
            return new TierEntry(rule.catalogService(),
                rule.region().isEmpty() ? row.get("region") : rule.region(),
                m.replaceFirst(rule.key()), rule.options().isEmpty() ? ""
                    : rule.item().matcher(row.get("item")).replaceFirst(rule.options()),
                new BigDecimal(row.get("fromUnits")), to.isEmpty() ? null : new BigDecimal(to),
                new BigDecimal(row.get("usd")), rule.unit(),
                EmbeddedCatalogGenerator.date(row.get("asOf")),
                EmbeddedCatalogGenerator.source(row));
        }
        throw new IllegalArgumentException(where + ": no rule of " + RULES + " maps "
            + row.get("service") + " / " + row.get("item"));
    }

    List<TierEntry> tiers() {
        return List.copyOf(tiers);
    }

    int write(Path out) throws IOException {
        List<TierEntry> sorted = new ArrayList<>(tiers);
        sorted.sort(Comparator.comparing(TierEntry::id).thenComparing(TierEntry::fromUnits));
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            PriceFile.write(writer, """
                Envol embedded AWS volume tiers (USD per base unit of a monthly quantity).
                Generated by dev.envol.pricing.tools.EmbeddedTiersGenerator from
                tiered-prices.csv of the shared price data: do not edit. fromUnits inclusive,
                toUnits exclusive (empty: no upper bound).""", List.of(), sorted);
        }
        return sorted.size();
    }
}
