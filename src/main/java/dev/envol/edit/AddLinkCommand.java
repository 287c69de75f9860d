package dev.envol.edit;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Link;
import dev.envol.model.Project;

/** Links a dependant ({@code from}) to its dependency ({@code to}) in one architecture. */
public record AddLinkCommand(ArchitectureKind kind, Link link) implements EditCommand {
    @Override
    public Project apply(Project before) {
        var a = before.architecture(kind);
        if (a.component(link.from()).isEmpty() || a.component(link.to()).isEmpty()) {
            throw new IllegalStateException("a link joins two components of one architecture");
        }
        return Edits.mapArchitecture(before, kind, x -> x.plus(link));
    }

    @Override
    public Project undo(Project after) {
        return Edits.mapArchitecture(after, kind, a -> {
            var links = new java.util.ArrayList<>(a.links());
            links.remove(links.lastIndexOf(link));
            return a.withLinks(links);
        });
    }

    @Override
    public String description() {
        return "Link " + link.from() + " to " + link.to();
    }
}
