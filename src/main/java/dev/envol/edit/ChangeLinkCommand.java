package dev.envol.edit;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Coupling;
import dev.envol.model.Link;
import dev.envol.model.Project;

/** Replaces one link by an edited copy: its coupling, protocol or label. */
public record ChangeLinkCommand(ArchitectureKind kind, Link before, Link after, String description)
    implements EditCommand {

    public static ChangeLinkCommand coupling(ArchitectureKind kind, Link link, Coupling coupling) {
        return new ChangeLinkCommand(kind, link, link.withCoupling(coupling),
            "Make link " + coupling.key());
    }

    @Override
    public Project apply(Project p) {
        return swap(p, before, after);
    }

    @Override
    public Project undo(Project p) {
        return swap(p, after, before);
    }

    private Project swap(Project p, Link old, Link replacement) {
        return Edits.mapArchitecture(p, kind, a -> {
            var links = new java.util.ArrayList<>(a.links());
            int i = links.indexOf(old);
            if (i < 0) {
                throw new IllegalStateException("link not found: " + old.from() + " -> " + old.to());
            }
            links.set(i, replacement);
            return a.withLinks(links);
        });
    }
}
