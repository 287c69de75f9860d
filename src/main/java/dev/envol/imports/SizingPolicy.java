package dev.envol.imports;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How servers are right-sized.
 *
 * @param classes    instance classes allowed, by the letters before the generation digit
 *                   ({@code m} general purpose, {@code c} compute, {@code r} memory, {@code t}
 *                   burstable...)
 * @param graviton   whether Arm (Graviton) types may be chosen: a rehost usually cannot, its
 *                   binaries are x86
 * @param headroomPct added to the peak use when utilisation is known (20 = 20% above the peak)
 */
public record SizingPolicy(Set<String> classes, boolean graviton, BigDecimal headroomPct) {
    /** m, c, r: no burstable types by default, their CPU credits run out under steady load. */
    public static final Set<String> DEFAULT_CLASSES = Set.of("m", "c", "r");

    public SizingPolicy {
        classes = classes == null || classes.isEmpty() ? DEFAULT_CLASSES : Set.copyOf(classes);
        headroomPct = headroomPct == null ? BigDecimal.valueOf(20) : headroomPct;
        if (headroomPct.signum() < 0) {
            throw new dev.envol.model.InputException("headroom must not be negative, not "
                + headroomPct);
        }
    }

    public static SizingPolicy defaults() {
        return new SizingPolicy(null, false, null);
    }
}
