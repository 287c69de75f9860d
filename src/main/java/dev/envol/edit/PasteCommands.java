package dev.envol.edit;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Position;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the edit that pastes copied components: fresh ids (unique in the whole model, as the
 * format requires), positions shifted so the copy does not hide the original, and the links
 * between copied components carried over (links to components left behind are not).
 */
public final class PasteCommands {
    private PasteCommands() {
    }

    public static AddComponentsCommand paste(Project project, ArchitectureKind kind,
                                             List<Component> copied, List<Link> copiedLinks,
                                             double dx, double dy) {
        Set<String> used = project.allComponents().map(Component::id)
            .collect(Collectors.toCollection(HashSet::new));
        Map<String, String> newIds = new HashMap<>();
        List<Component> pasted = new ArrayList<>();
        for (Component c : copied) {
            String id = Ids.fresh(c.id(), used);
            newIds.put(c.id(), id);
            Position p = c.position() == null ? null
                : new Position(c.position().x() + dx, c.position().y() + dy);
            pasted.add(c.withId(id).withPosition(p));
        }
        List<Link> links = copiedLinks.stream()
            .filter(l -> newIds.containsKey(l.from()) && newIds.containsKey(l.to()))
            .map(l -> l.withEnds(newIds.get(l.from()), newIds.get(l.to()))).toList();
        return new AddComponentsCommand(kind, pasted, links,
            "Paste " + Edits.plural(pasted.size(), "component"));
    }
}
