package dev.envol.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Entries by {@link PriceEntry#id()}; when two price the same thing the newer one stays. Volume
 * tiers by the same id: the tiers of one item come from one source and date, so the newest set
 * replaces an older one whole (tiers of one date are merged, a tier per start).
 */
final class PriceTable {
    private final Map<String, PriceEntry> entries = new HashMap<>();
    private final Map<String, List<TierEntry>> tiers = new HashMap<>();
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
        if (tier.asOf().isAfter(newest)) {
            newest = tier.asOf();
        }
    }

    void addTiers(Collection<TierEntry> more) {
        more.forEach(this::addTier);
    }

    /** The tiers of the item {@code id}, ordered by start; empty when it has none. */
    List<TierEntry> tiers(String id) {
        return tiers.getOrDefault(id, List.of());
    }

    Collection<List<TierEntry>> tieredItems() {
        return Collections.unmodifiableCollection(tiers.values());
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
