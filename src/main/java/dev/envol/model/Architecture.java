package dev.envol.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The components and links of one architecture (current or target). */
public record Architecture(List<Component> components, List<Link> links, Map<String, Object> extra) {
    private static final Architecture EMPTY = new Architecture(List.of(), List.of(), Map.of());

    public Architecture {
        components = components == null ? List.of() : List.copyOf(components);
        links = links == null ? List.of() : List.copyOf(links);
        extra = Extra.copy(extra);
    }

    public static Architecture empty() {
        return EMPTY;
    }

    public static Architecture of(List<Component> components, List<Link> links) {
        return new Architecture(components, links, null);
    }

    public Optional<Component> component(String id) {
        for (Component c : components) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Architecture withComponents(List<Component> newComponents) {
        return new Architecture(newComponents, links, extra);
    }

    public Architecture withLinks(List<Link> newLinks) {
        return new Architecture(components, newLinks, extra);
    }

    public Architecture plus(Component component) {
        List<Component> list = new ArrayList<>(components);
        list.add(component);
        return withComponents(list);
    }

    public Architecture plus(Link link) {
        List<Link> list = new ArrayList<>(links);
        list.add(link);
        return withLinks(list);
    }

    /** Replaces the component with the same id as {@code changed}, keeping its place. */
    public Architecture replace(Component changed) {
        return mapComponents(c -> c.id().equals(changed.id()) ? changed : c);
    }

    public Architecture mapComponents(UnaryOperator<Component> change) {
        return withComponents(components.stream().map(change).toList());
    }

    /** Removes the components matching {@code which} and every link touching them. */
    public Architecture removeComponents(Predicate<Component> which) {
        List<Component> kept = components.stream().filter(which.negate()).toList();
        var keptIds = kept.stream().map(Component::id).collect(java.util.stream.Collectors.toSet());
        List<Link> keptLinks = links.stream()
            .filter(l -> keptIds.contains(l.from()) && keptIds.contains(l.to())).toList();
        return new Architecture(kept, keptLinks, extra);
    }
}
