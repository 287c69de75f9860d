package dev.envol.edit;

import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Removes components and every link touching them. Built against the snapshot it will apply to,
 * so it remembers where each removed element sat and undo puts it back in the same place (the
 * file keeps its order, diffs stay small).
 */
public final class RemoveComponentsCommand implements EditCommand {
    private final ArchitectureKind kind;
    private final Set<String> ids;
    private final List<Component> removed = new ArrayList<>();
    private final List<Integer> componentIndices = new ArrayList<>();
    private final List<Link> removedLinks = new ArrayList<>();
    private final List<Integer> linkIndices = new ArrayList<>();

    public RemoveComponentsCommand(Project project, ArchitectureKind kind, Collection<String> ids) {
        this.kind = kind;
        this.ids = Set.copyOf(ids);
        Architecture a = project.architecture(kind);
        for (int i = 0; i < a.components().size(); i++) {
            if (this.ids.contains(a.components().get(i).id())) {
                removed.add(a.components().get(i));
                componentIndices.add(i);
            }
        }
        for (int i = 0; i < a.links().size(); i++) {
            Link l = a.links().get(i);
            if (this.ids.contains(l.from()) || this.ids.contains(l.to())) {
                removedLinks.add(l);
                linkIndices.add(i);
            }
        }
    }

    @Override
    public Project apply(Project before) {
        return Edits.mapArchitecture(before, kind, a -> a.removeComponents(c -> ids.contains(c.id())));
    }

    @Override
    public Project undo(Project after) {
        return Edits.mapArchitecture(after, kind, a -> new Architecture(
            Edits.insertAt(a.components(), componentIndices, removed),
            Edits.insertAt(a.links(), linkIndices, removedLinks), a.extra()));
    }

    @Override
    public String description() {
        return removed.size() == 1 ? "Delete " + removed.get(0).name()
            : "Delete " + Edits.plural(removed.size(), "component");
    }
}
