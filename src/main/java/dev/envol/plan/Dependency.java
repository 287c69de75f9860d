package dev.envol.plan;

import dev.envol.model.ArchitectureKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency of one migration unit on another (the graph edge): every link from a component of
 * the dependant to a component of the dependency, in either architecture, folds into one edge.
 * Mutable only while {@link UnitGraph} builds it.
 */
final class Dependency {
    private boolean hard;
    private ArchitectureKind architecture;
    private final List<String> components = new ArrayList<>();

    void add(String from, String to, boolean hardLink, ArchitectureKind kind) {
        hard |= hardLink;
        if (architecture == null) {
            architecture = kind;
        }
        if (!components.contains(from)) {
            components.add(from);
        }
        if (!components.contains(to)) {
            components.add(to);
        }
    }

    /** True when at least one link is hard: the two units must move in the same wave. */
    boolean hard() {
        return hard;
    }

    /** The architecture of the first link seen (current links come first). */
    ArchitectureKind architecture() {
        return architecture;
    }

    /** The components at the ends of the links, in link order. */
    List<String> components() {
        return List.copyOf(components);
    }
}
