package dev.envol.cost;

/**
 * Turns one component type's properties into priced lines. One rule per type; rules are
 * stateless and shared.
 */
interface CostRule {
    /** Adds the component's lines (and unpriced reasons) to {@code lines}. */
    void price(LineBuilder lines);

    /** Whether the type is sold with reservations, so that the purchase option applies. */
    default boolean reservable() {
        return false;
    }
}
