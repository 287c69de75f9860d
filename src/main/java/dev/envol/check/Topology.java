package dev.envol.check;

import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is linked to whom in one architecture, ignoring the direction of links: the security
 * rules ask "is there a WAF next to this load balancer", whichever way it was drawn.
 */
final class Topology {
    private final Map<String, Component> byId = new LinkedHashMap<>();
    private final Map<String, List<Component>> neighbours = new HashMap<>();
    private final List<Component> components;

    Topology(Architecture architecture) {
        for (Component c : architecture.components()) {
            byId.putIfAbsent(c.id(), c);
        }
        components = List.copyOf(byId.values());
        for (Link link : architecture.links()) {
            Component from = byId.get(link.from());
            Component to = byId.get(link.to());
            if (from != null && to != null && from != to) {
                neighbours.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(to);
                neighbours.computeIfAbsent(to.id(), k -> new ArrayList<>()).add(from);
            }
        }
    }

    List<Component> components() {
        return components;
    }

    Optional<Component> component(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Component> ofType(String type) {
        return byId.values().stream().filter(c -> c.type().equals(type)).toList();
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    List<Component> neighbours(Component component) {
        return neighbours.getOrDefault(component.id(), List.of());
    }

    /** Whether a link (either direction) joins {@code component} to one of {@code types}. */
    boolean linkedToType(Component component, String... types) {
        for (Component n : neighbours(component)) {
            for (String type : types) {
                if (n.type().equals(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code public: true}, or linked to the internet's users. */
    boolean internetFacing(Component component) {
        return component.publicEndpoint() || linkedToType(component, "external.users");
    }
}
