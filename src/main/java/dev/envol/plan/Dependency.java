package dev.envol.plan;

import dev.envol.model.ArchitectureKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency of one migration unit on another (the graph edge): every link from a component of
 * the dependant to a component of the dependency, in either architecture, folds into one edge.
 * Mutable only while {@link UnitGraph} builds it; identity is the object (one per ordered pair).
 */
final class Dependency {
    private final String from;
    private final String to;
    private boolean hard;
    private ArchitectureKind architecture;
    private final List<String> components = new ArrayList<>();

    Dependency(String from, String to) {
        this.from = from;
        this.to = to;
    }

    void add(String fromComponent, String toComponent, boolean hardLink, ArchitectureKind kind) {
        hard |= hardLink;
        if (architecture == null) {
            architecture = kind;
        }
        if (!components.contains(fromComponent)) {
            components.add(fromComponent);
        }
        if (!components.contains(toComponent)) {
            components.add(toComponent);
        }
    }

    /** The dependant unit. */
    String from() {
        return from;
    }

    /** The unit it depends on. */
    String to() {
        return to;
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
