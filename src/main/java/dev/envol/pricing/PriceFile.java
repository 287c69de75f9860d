package dev.envol.pricing;

import dev.envol.model.InputException;
import dev.envol.model.PurchaseOption;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text format of the embedded catalog and of the cache files: a CSV where sources are written
 * once ({@code s,ID,TEXT}) and prices refer to them
 * ({@code p,service,region,key,options,purchase,usdPerUnit,unit,upfrontUsd,recurringUsd,asOf,sourceId}),
 * volume tiers too ({@code t,service,region,key,options,fromUnits,toUnits,usdPerUnit,unit,asOf,sourceId},
 * {@code toUnits} empty for an open tier). Lines starting with {@code #} are comments.
 */
public final class PriceFile {
    private static final int PRICE_FIELDS = 12;
    private static final int TIER_FIELDS = 11;

    /** What one file holds: unit prices and volume tiers. */
    public record Contents(List<PriceEntry> entries, List<TierEntry> tiers) {
    }

    private PriceFile() {
    }

    /** Reads every entry; {@code name} names the file in error messages. */
    public static List<PriceEntry> read(BufferedReader in, String name) throws IOException {
        return readAll(in, name).entries();
    }

    /** Reads every entry and every tier; {@code name} names the file in error messages. */
    public static Contents readAll(BufferedReader in, String name) throws IOException {
        Lines lines = new Lines(name);
        List<PriceEntry> entries = new ArrayList<>();
        List<TierEntry> tiers = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            lines.read(line, ++number, entries, tiers);
        }
        return new Contents(entries, tiers);
    }

    /**
     * Reads a file line by line, in any order once its sources are known: a source line
     * ({@code s,ID,TEXT}) is kept for the price and tier lines that name it; each price or tier
     * line goes to the list of its kind. Not thread-safe.
     */
    static final class Lines {
        private final String name;
        private final Map<String, String> sources = new HashMap<>();
        private final Parsed parsed = new Parsed();

        Lines(String name) {
            this.name = name;
        }

        /** Reads line {@code number} (counted from 1, for error messages). */
        void read(String line, int number, List<PriceEntry> entries, List<TierEntry> tiers) {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            try {
                List<String> f = CsvLine.split(line);
                if (f.get(0).equals("s") && f.size() == 3) {
                    sources.put(f.get(1), f.get(2));
                } else if (f.get(0).equals("p") && f.size() == PRICE_FIELDS) {
                    entries.add(entry(f, sources, parsed));
                } else if (f.get(0).equals("t") && f.size() == TIER_FIELDS) {
                    tiers.add(tier(f, sources));
                } else {
                    throw new IllegalArgumentException(
                        "not a source (s,...), price (p,...) or tier (t,...) line");
                }
            } catch (RuntimeException e) {
                throw new InputException(name + " line " + number + ": " + e.getMessage()
                    + " (delete the file or refresh the prices)", e);
            }
        }
    }

    private static TierEntry tier(List<String> f, Map<String, String> sources) {
        String source = sources.get(f.get(10));
        if (source == null) {
            throw new IllegalArgumentException("unknown source id " + f.get(10));
        }
        return new TierEntry(f.get(1), f.get(2), f.get(3), f.get(4), new BigDecimal(f.get(5)),
            f.get(6).isEmpty() ? null : new BigDecimal(f.get(6)), new BigDecimal(f.get(7)),
            f.get(8), LocalDate.parse(f.get(9)), source);
    }

    /**
     * Dates and amounts repeat across a file (a few dates, many equal prices): each distinct
     * text is parsed once. Parsing them per line was a large part of a cold command's start.
     */
    private static final class Parsed {
        private final Map<String, LocalDate> dates = new HashMap<>();
        private final Map<String, BigDecimal> amounts = new HashMap<>();

        LocalDate date(String text) {
            return dates.computeIfAbsent(text, LocalDate::parse);
        }

        BigDecimal amount(String text) {
            return text.isEmpty() ? null : amounts.computeIfAbsent(text, BigDecimal::new);
        }
    }

    private static PriceEntry entry(List<String> f, Map<String, String> sources, Parsed parsed) {
        String source = sources.get(f.get(11));
        if (source == null) {
            throw new IllegalArgumentException("unknown source id " + f.get(11));
        }
        PurchaseOption purchase = PurchaseOption.fromKey(f.get(5))
            .orElseThrow(() -> new IllegalArgumentException("unknown purchase option " + f.get(5)));
        BigDecimal usd = parsed.amount(f.get(6));
        if (usd == null) {
            throw new NumberFormatException("empty price");
        }
        return new PriceEntry(f.get(1), f.get(2), f.get(3), f.get(4), purchase,
            usd, f.get(7), parsed.amount(f.get(8)), parsed.amount(f.get(9)),
            parsed.date(f.get(10)), source);
    }

    /** Writes {@code entries} with a header comment. */
    public static void write(Writer out, String header, Iterable<PriceEntry> entries)
        throws IOException {
        write(out, header, entries, List.of());
    }

    /** Writes {@code entries}, then {@code tiers}, with a header comment. */
    public static void write(Writer out, String header, Iterable<PriceEntry> entries,
                             Iterable<TierEntry> tiers) throws IOException {
        Sink sink = new Sink(out, header);
        for (PriceEntry e : entries) {
            sink.add(e);
        }
        for (TierEntry t : tiers) {
            sink.addTier(t);
        }
    }

    /** Writes entries one by one (streaming), each source once. */
    public static final class Sink {
        private final Writer out;
        private final Map<String, String> ids = new LinkedHashMap<>();
        private final StringBuilder line = new StringBuilder(160);
        private int count;
        private int tierCount;

        public Sink(Writer out, String header) throws IOException {
            this.out = out;
            for (String text : header.split("\n")) {
                out.write("# " + text + "\n");
            }
        }

        private String sourceId(String source) throws IOException {
            String id = ids.get(source);
            if (id == null) {
                id = Integer.toString(ids.size() + 1);
                ids.put(source, id);
                out.write("s," + id + "," + CsvLine.quote(source) + "\n");
            }
            return id;
        }

        /** Writes one volume tier. */
        public void addTier(TierEntry t) throws IOException {
            String id = sourceId(t.source());
            out.write("t," + CsvLine.quote(t.service()) + ',' + CsvLine.quote(t.region()) + ','
                + CsvLine.quote(t.key()) + ',' + CsvLine.quote(t.options()) + ','
                + plain(t.fromUnits()) + ',' + plain(t.toUnits()) + ',' + plain(t.usdPerUnit())
                + ',' + CsvLine.quote(t.unit()) + ',' + t.asOf() + ',' + id + '\n');
            tierCount++;
        }

        public int tierCount() {
            return tierCount;
        }

        public void add(PriceEntry e) throws IOException {
            String id = sourceId(e.source());
            line.setLength(0);
            line.append("p,").append(CsvLine.quote(e.service())).append(',')
                .append(CsvLine.quote(e.region())).append(',')
                .append(CsvLine.quote(e.key())).append(',')
                .append(CsvLine.quote(e.options())).append(',')
                .append(e.purchase().key()).append(',')
                .append(plain(e.usdPerUnit())).append(',')
                .append(CsvLine.quote(e.unit())).append(',')
                .append(plain(e.upfrontUsd())).append(',')
                .append(plain(e.recurringUsdPerUnit())).append(',')
                .append(e.asOf()).append(',').append(id).append('\n');
            out.write(line.toString());
            count++;
        }

        public int count() {
            return count;
        }
    }

    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
