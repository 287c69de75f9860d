package dev.envol.pricing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Entries by {@link PriceEntry#id()}; when two price the same thing the newer one stays. */
final class PriceTable {
    private final Map<String, PriceEntry> entries = new HashMap<>();
    private LocalDate newest = LocalDate.of(1970, 1, 1);

    void add(PriceEntry entry) {
        entries.merge(entry.id(), entry,
            (old, candidate) -> candidate.asOf().isBefore(old.asOf()) ? old : candidate);
        if (entry.asOf().isAfter(newest)) {
            newest = entry.asOf();
        }
    }

    void addAll(Collection<PriceEntry> more) {
        more.forEach(this::add);
    }

    PriceEntry get(String id) {
        return entries.get(id);
    }

    LocalDate newest() {
        return newest;
    }

    int size() {
        return entries.size();
    }

    Collection<PriceEntry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }
}
