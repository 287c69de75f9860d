package dev.envol.edit;

import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Adds components (and links among or to them) to one architecture: placing, pasting. */
public record AddComponentsCommand(ArchitectureKind kind, List<Component> components,
                                   List<Link> links, String description) implements EditCommand {
    public AddComponentsCommand {
        Objects.requireNonNull(kind, "kind");
        components = List.copyOf(components);
        links = List.copyOf(links);
        if (description == null) {
            description = components.size() == 1
                ? "Add " + components.get(0).name()
                : "Add " + Edits.plural(components.size(), "component");
        }
    }

    public static AddComponentsCommand of(ArchitectureKind kind, Component component) {
        return new AddComponentsCommand(kind, List.of(component), List.of(), null);
    }

    @Override
    public Project apply(Project before) {
        for (Component c : components) {
            if (before.allComponents().anyMatch(o -> o.id().equals(c.id()))) {
                throw new IllegalStateException("id already used: " + c.id());
            }
        }
        return Edits.mapArchitecture(before, kind, a -> {
            List<Component> cs = new ArrayList<>(a.components());
            cs.addAll(components);
            List<Link> ls = new ArrayList<>(a.links());
            ls.addAll(links);
            return new Architecture(cs, ls, a.extra());
        });
    }

    @Override
    public Project undo(Project after) {
        Set<String> ids = components.stream().map(Component::id).collect(Collectors.toSet());
        return Edits.mapArchitecture(after, kind, a -> {
            Architecture without = a.removeComponents(c -> ids.contains(c.id()));
            return without.withLinks(without.links().stream()
                .filter(l -> !links.contains(l)).toList());
        });
    }
}
