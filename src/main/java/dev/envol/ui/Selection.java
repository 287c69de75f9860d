package dev.envol.ui;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Link;
import java.util.Set;

/** What is selected on one canvas: components, or one link, or nothing (the model itself). */
public record Selection(ArchitectureKind kind, Set<String> components, Link link) {
    public static final Selection NONE = new Selection(ArchitectureKind.TARGET, Set.of(), null);

    public Selection {
        components = Set.copyOf(components);
    }

    public static Selection of(ArchitectureKind kind, Set<String> ids) {
        return new Selection(kind, ids, null);
    }

    public static Selection link(ArchitectureKind kind, Link link) {
        return new Selection(kind, Set.of(), link);
    }

    public boolean isEmpty() {
        return components.isEmpty() && link == null;
    }

    public boolean contains(ArchitectureKind k, String id) {
        return kind == k && components.contains(id);
    }
}
