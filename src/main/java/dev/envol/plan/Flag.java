package dev.envol.plan;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A migration risk found while planning, with a stable code (see PRODUCT.md).
 *
 * @param architecture the architecture whose links raised it, or {@code null} (capacity, cycles)
 * @param applications the migration units concerned
 * @param components   the components concerned (link ends, unmapped components), may be empty
 */
public record Flag(String code, Severity severity, String message, ArchitectureKind architecture,
                   List<String> applications, List<String> components) {
    public static final String HARD_LINK_SPLIT = "wave.hard-link-split";
    public static final String CYCLE = "wave.cycle";
    public static final String RETAINED_DEPENDENCY = "wave.retained-dependency";
    public static final String CAPACITY_EXCEEDED = "wave.capacity-exceeded";
    public static final String UNMAPPED = "wave.unmapped";
    public static final String HYBRID_LINK = "wave.hybrid-link";
    public static final String FRONT_FIRST = "wave.front-first";
    public static final String CUTOVER_OVERRUN = "wave.cutover-overrun";

    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        applications = List.copyOf(applications);
        components = List.copyOf(components);
    }
}
