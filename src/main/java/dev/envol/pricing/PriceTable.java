package dev.envol.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entries by {@link PriceEntry#id()}; when two price the same thing the newer one stays, and of
 * two of the same date the one from the later source. Volume tiers by the same id: the tiers of
 * one item come from one source and date, so the newest set replaces an older one whole (tiers of
 * one date are merged, a tier per start).
 *
 * <p>The table is filled a part at a time ({@link #part}: one item, a service's key in a region,
 * what every lookup names), from its sources in order, when a lookup first needs the part: safe
 * to use from several threads.
 */
final class PriceTable {
    /** Where prices come from: the entries and tiers of one part, and the newest date of all. */
    interface Source {
        PriceFile.Contents part(String part);

        /** The parts the source has prices for. */
        Set<String> parts();

        /** The newest date of the source's entries and tiers, null when it has none. */
        LocalDate newest();

        /** A source of prices already read, e.g. the price cache's. */
        static Source of(PriceFile.Contents contents) {
            Map<String, PriceFile.Contents> parts = new HashMap<>();
            LocalDate newest = null;
            for (PriceEntry e : contents.entries()) {
                parts.computeIfAbsent(PriceTable.part(e.service(), e.region(), e.key()),
                    p -> empty()).entries().add(e);
                newest = newest == null || e.asOf().isAfter(newest) ? e.asOf() : newest;
            }
            for (TierEntry t : contents.tiers()) {
                parts.computeIfAbsent(PriceTable.part(t.service(), t.region(), t.key()),
                    p -> empty()).tiers().add(t);
                newest = newest == null || t.asOf().isAfter(newest) ? t.asOf() : newest;
            }
            LocalDate newestDate = newest;
            return new Source() {
                @Override
                public PriceFile.Contents part(String part) {
                    return parts.getOrDefault(part, new PriceFile.Contents(List.of(), List.of()));
                }

                @Override
                public Set<String> parts() {
                    return parts.keySet();
                }

                @Override
                public LocalDate newest() {
                    return newestDate;
                }
            };
        }

        private static PriceFile.Contents empty() {
            return new PriceFile.Contents(new ArrayList<>(), new ArrayList<>());
        }
    }

    private final List<Source> sources;
    private final Map<String, Part> parts = new ConcurrentHashMap<>();
    private final LocalDate newest;

    /** A table of {@code sources}' prices; a later source wins a tie of dates. */
    PriceTable(List<Source> sources) {
        this.sources = List.copyOf(sources);
        this.newest = this.sources.stream().map(Source::newest)
            .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(LocalDate.of(1970, 1, 1));
    }

    /**
     * The part an entry or tier belongs to: its item, the start of its id, as a price file
     * writes it ({@code service,region,key}).
     */
    static String part(String service, String region, String key) {
        return service + ',' + region + ',' + key;
    }

    private Part partOf(String id) {
        int region = id.indexOf('|') + 1;
        int key = id.indexOf('|', region) + 1;
        int end = key > 0 ? id.indexOf('|', key) : -1;
        return part(id.substring(0, end < 0 ? id.length() : end).replace('|', ','));
    }

    private Part part(String part) {
        return parts.computeIfAbsent(part, p -> {
            Part read = new Part();
            for (Source source : sources) {
                PriceFile.Contents contents = source.part(p);
                contents.entries().forEach(read::add);
                contents.tiers().forEach(read::addTier);
            }
            return read;
        });
    }

    PriceEntry get(String id) {
        return partOf(id).entries.get(id);
    }

    /** The tiers of the item {@code id}, ordered by start; empty when it has none. */
    List<TierEntry> tiers(String id) {
        return partOf(id).tiers.getOrDefault(id, List.of());
    }

    /** The entries of {@code service} in {@code region}: every part of every source read. */
    Collection<PriceEntry> entries(String service, String region) {
        String prefix = service + ',' + region + ',';
        List<PriceEntry> entries = new ArrayList<>();
        sources.stream().flatMap(s -> s.parts().stream()).filter(p -> p.startsWith(prefix))
            .distinct().forEach(p -> part(p).entries.values().stream()
                .filter(e -> e.service().equals(service) && e.region().equals(region))
                .forEach(entries::add));
        return entries;
    }

    LocalDate newest() {
        return newest;
    }

    /** One part's prices, filled once, then only read. */
    private static final class Part {
        private final Map<String, PriceEntry> entries = new HashMap<>();
        private final Map<String, List<TierEntry>> tiers = new HashMap<>();

        void add(PriceEntry entry) {
            entries.merge(entry.id(), entry,
                (old, candidate) -> candidate.asOf().isBefore(old.asOf()) ? old : candidate);
        }

        void addTier(TierEntry tier) {
            List<TierEntry> known = tiers.computeIfAbsent(tier.id(), id -> new ArrayList<>());
            if (!known.isEmpty()) {
                int order = tier.asOf().compareTo(known.get(0).asOf());
                if (order < 0) {
                    return;
                }
                if (order > 0) {
                    known.clear();
                }
                known.removeIf(t -> t.fromUnits().compareTo(tier.fromUnits()) == 0);
            }
            known.add(tier);
            known.sort(Comparator.comparing(TierEntry::fromUnits));
        }
    }
}
