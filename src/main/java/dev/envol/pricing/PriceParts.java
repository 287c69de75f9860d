package dev.envol.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A price file kept as text and parsed a part at a time: a part is the prices of one item (a
 * service's key in a region, e.g. EC2's m5.large in eu-west-3), all that a lookup asks for. A
 * command starting cold prices a few dozen items of the ~16,000 embedded prices, so it parses a
 * few dozen lines instead of all of them (all of them took about 250 ms of a 0.6 s cold
 * estimate). Reading the text only notes where each part's lines are, keeps the sources and
 * finds the newest date; a line without service, region and key is parsed at once, so its error
 * shows when the file is read, and a bad figure shows when its part is first asked for.
 */
final class PriceParts implements PriceTable.Source {
    private final String text;
    private final PriceFile.Lines lines;
    /** Per part, the start of each of its lines in {@link #text} and its line number. */
    private final Map<String, Starts> parts = new HashMap<>();
    private final LocalDate newest;

    /** Reads {@code text}, the contents of the price file {@code name} (for error messages). */
    PriceParts(String name, String text) {
        this.text = text;
        this.lines = new PriceFile.Lines(name);
        Scan scan = new Scan();
        int number = 0;
        for (int start = 0; start < text.length(); ) {
            int end = lineEnd(start);
            number++;
            Starts part = scan.part(start, end);
            if (part == null) {
                lines.read(text.substring(start, end), number, new ArrayList<>(), new ArrayList<>());
            } else {
                part.add(start, number);
                scan.date(start, end);
            }
            start = end < text.length() && text.charAt(end) == '\r' ? end + 2 : end + 1;
        }
        newest = scan.newest == null ? null : LocalDate.parse(scan.newest);
    }

    private int lineEnd(int start) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return text.length();
        }
        return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /**
     * The reading of the text, line after line. Each step is cheap because a cold start runs it
     * ~16,000 times in the interpreter: the lines of a part follow each other (the files are
     * sorted by service, region and key), so a line is compared in place with the one before,
     * and only a new part builds a key.
     */
    private final class Scan {
        private int nextQuote = -1;
        /** Where the previous price or tier line's service and region were, and their part. */
        private int previous = -1;
        private int previousLength;
        private Starts previousPart;
        private String newest;

        /**
         * The part ({@link PriceTable#part}) of a price or tier line
         * ({@code p,service,region,key,...} or {@code t,...}), or null for any other line (sources, comments) and for a line too
         * short to have one: those are read in full at once.
         */
        Starts part(int start, int end) {
            if (end - start < 2 || text.charAt(start + 1) != ','
                || (text.charAt(start) != 'p' && text.charAt(start) != 't')) {
                return null;
            }
            int service = start + 2;
            int region = text.indexOf(',', service) + 1;
            int key = region > 0 ? text.indexOf(',', region) + 1 : 0;
            int after = key > 0 ? text.indexOf(',', key) : -1;
            if (after < 0 || after >= end) {
                return null;
            }
            if (nextQuote < start && nextQuote != Integer.MAX_VALUE) {
                nextQuote = text.indexOf('"', start);
                nextQuote = nextQuote < 0 ? Integer.MAX_VALUE : nextQuote;
            }
            if (nextQuote < after) {
                return quoted(start, end);
            }
            if (previous >= 0 && after - service == previousLength
                && text.regionMatches(service, text, previous, previousLength)) {
                return previousPart;
            }
            previous = service;
            previousLength = after - service;
            // the three fields as they are written: PriceTable.part(service, region, key)
            previousPart = parts.computeIfAbsent(text.substring(service, after), p -> new Starts());
            return previousPart;
        }

        private Starts quoted(int start, int end) {
            try {
                List<String> f = CsvLine.split(text.substring(start, end));
                return f.size() > 3 ? parts.computeIfAbsent(
                    PriceTable.part(f.get(1), f.get(2), f.get(3)), p -> new Starts()) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** Keeps the newest date field: the one before the source id, which ends the line. */
        void date(int start, int end) {
            int last = text.lastIndexOf(',', end - 1);
            int before = last > start ? text.lastIndexOf(',', last - 1) : -1;
            if (before < start) {
                return;
            }
            int length = last - before - 1;
            if (newest != null && length == newest.length()
                && text.regionMatches(before + 1, newest, 0, length)) {
                return;
            }
            String date = text.substring(before + 1, last);
            if (newest == null || date.compareTo(newest) > 0) {
                newest = date;
            }
        }
    }

    @Override
    public synchronized PriceFile.Contents part(String part) {
        Starts starts = parts.get(part);
        List<PriceEntry> entries = new ArrayList<>();
        List<TierEntry> tiers = new ArrayList<>();
        for (int i = 0; starts != null && i < starts.size; i++) {
            int start = starts.at[2 * i];
            lines.read(text.substring(start, lineEnd(start)), starts.at[2 * i + 1], entries, tiers);
        }
        return new PriceFile.Contents(entries, tiers);
    }

    @Override
    public synchronized Set<String> parts() {
        return Set.copyOf(parts.keySet());
    }

    @Override
    public LocalDate newest() {
        return newest;
    }

    /** Pairs (start, line number), growing as the text is read. */
    private static final class Starts {
        private int[] at = new int[4];
        private int size;

        void add(int start, int number) {
            if (2 * size + 2 > at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            at[2 * size] = start;
            at[2 * size + 1] = number;
            size++;
        }
    }
}
