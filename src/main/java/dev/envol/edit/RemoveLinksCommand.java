package dev.envol.edit;

import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Removes links; undo puts each back in its place. Built against the current snapshot. */
public final class RemoveLinksCommand implements EditCommand {
    private final ArchitectureKind kind;
    private final List<Link> removed = new ArrayList<>();
    private final List<Integer> indices = new ArrayList<>();

    public RemoveLinksCommand(Project project, ArchitectureKind kind, Collection<Link> links) {
        this.kind = kind;
        List<Link> all = project.architecture(kind).links();
        for (int i = 0; i < all.size(); i++) {
            if (links.contains(all.get(i))) {
                removed.add(all.get(i));
                indices.add(i);
            }
        }
    }

    @Override
    public Project apply(Project before) {
        return Edits.mapArchitecture(before, kind, a -> a.withLinks(
            a.links().stream().filter(l -> !removed.contains(l)).toList()));
    }

    @Override
    public Project undo(Project after) {
        return Edits.mapArchitecture(after, kind, a -> new Architecture(a.components(),
            Edits.insertAt(a.links(), indices, removed), a.extra()));
    }

    @Override
    public String description() {
        return "Delete " + Edits.plural(removed.size(), "link");
    }
}
