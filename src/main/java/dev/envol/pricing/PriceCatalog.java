package dev.envol.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Looks up list prices. Implementations are immutable and safe to share between threads. */
public interface PriceCatalog {

    /** The price for {@code query}, or {@link Unpriced} with the reason. Never a silent 0. */
    PriceResult lookup(PriceQuery query);

    /** One line for status bars and exports, e.g. "embedded AWS list prices". */
    String source();

    /** The newest {@code asOf} of the prices this catalog holds. */
    LocalDate asOf();

    /** EC2 instance types with their sizes (for right-sizing). */
    List<InstanceSpec> instanceTypes();

    /**
     * The stored entries of {@code service} in {@code region} whose options contain
     * {@code options} (every key: instance types, node types), for coverage reports. Catalogs
     * that cannot list their entries answer an empty list.
     */
    default List<PriceEntry> entries(String service, String region, String options) {
        return List.of();
    }

    default Optional<InstanceSpec> instanceType(String name) {
        return instanceTypes().stream().filter(s -> s.instanceType().equals(name)).findFirst();
    }
}
