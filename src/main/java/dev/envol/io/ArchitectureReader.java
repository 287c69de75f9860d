package dev.envol.io;

import dev.envol.catalog.Bounds;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Excerpt;
import dev.envol.model.Excerpt;
import dev.envol.model.Link;
import dev.envol.model.Position;
import dev.envol.model.Props;
import dev.envol.model.Suppression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code current} or {@code target}: components (types from the catalog, props checked
 * against the type's schema) and links. Link ends are checked later by {@link References}, once
 * both architectures are known.
 */
final class ArchitectureReader {
    static final Known KNOWN = Known.of("components", "links");
    static final Known COMPONENT = Known.of("id", "name", "type", "application", "props",
        "position", "tags", "public", "suppress");
    static final Known LINK = Known.of("from", "to", "coupling", "label", "protocol");

    private final Problems problems;
    private final References references;
    private final PropsReader props;
    private final ComponentCatalog catalog = ComponentCatalog.standard();

    ArchitectureReader(Problems problems, References references) {
        this.problems = problems;
        this.references = references;
        this.props = new PropsReader(problems);
    }

    Architecture read(Fields f, ArchitectureKind kind) {
        if (f == null) {
            return Architecture.empty();
        }
        Json.Arr list = f.array("components");
        List<Component> components = new ArrayList<>(list == null ? 0 : list.items().size());
        if (list != null) {
            String base = f.path("components");
            for (int i = 0; i < list.items().size(); i++) {
                Component c = component(list.items().get(i), base, i, kind);
                if (c != null) {
                    components.add(c);
                }
            }
        }
        Json.Arr linkList = f.array("links");
        List<Link> links = new ArrayList<>(linkList == null ? 0 : linkList.items().size());
        if (linkList != null) {
            String base = f.path("links");
            for (int i = 0; i < linkList.items().size(); i++) {
                Link l = link(linkList.items().get(i), base, i, kind);
                if (l != null) {
                    links.add(l);
                }
            }
        }
        return new Architecture(components, links, f.extra(KNOWN));
    }

    private Component component(Json json, String base, int index, ArchitectureKind kind) {
        Fields f = Fields.of(problems, json, base, index, "a component");
        if (f == null) {
            return null;
        }
        String id = f.id("id", true);
        if (id != null) {
            references.component(id, kind, f, "id");
        }
        String name = f.text("name", false);
        ComponentType type = type(f);
        String application = f.text("application", false);
        if (application != null) {
            references.application(application, f, "application");
        }
        Props values = props.read(f.child("props", false), type);
        Position position = position(f.child("position", false));
        Map<String, String> tags = tags(f.child("tags", false));
        Boolean isPublic = f.bool("public");
        List<Suppression> suppress = suppress(f);
        if (id == null || type == null || values == null) {
            return null;
        }
        return new Component(id, name, type.key(), application, values, position, tags,
            isPublic != null && isPublic, suppress, f.extra(COMPONENT));
    }

    private ComponentType type(Fields f) {
        String key = f.text("type", true);
        if (key == null) {
            return null;
        }
        ComponentType type = catalog.find(key).orElse(null);
        if (type == null) {
            problems.error("model.unknown-type", f.path("type"), f.present("type"),
                "unknown component type " + Excerpt.quoted(key) + " (see the catalog: aws.ec2, aws.rds,"
                    + " onprem.server, ...)");
        }
        return type;
    }

    private Position position(Fields f) {
        if (f == null) {
            return null;
        }
        BigDecimal x = coordinate(f, "x");
        BigDecimal y = coordinate(f, "y");
        return x == null || y == null ? null : new Position(x.doubleValue(), y.doubleValue());
    }

    /**
     * A canvas coordinate within {@link Bounds#COORDINATE} either way: 1e999 became an infinite
     * double that no writer can save (found by the reader's fuzz test).
     */
    private BigDecimal coordinate(Fields f, String key) {
        BigDecimal value = f.number(key, true);
        if (value != null && value.abs().compareTo(Bounds.COORDINATE) > 0) {
            problems.error("model.implausible-quantity", f.path(key), f.present(key),
                Excerpt.quoted(key) + " must be between -" + Bounds.describe(Bounds.COORDINATE,
                    "") + " and " + Bounds.describe(Bounds.COORDINATE, "")
                    + " (plausible bound), not " + Excerpt.number(value));
            return null;
        }
        return value;
    }

    private static Map<String, String> tags(Fields f) {
        if (f == null) {
            return null;
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < f.object().size(); i++) {
            String key = f.object().key(i);
            String value = f.text(key, false);
            if (value != null) {
                tags.put(key, value);
            }
        }
        return tags;
    }

    private List<Suppression> suppress(Fields component) {
        Json.Arr list = component.array("suppress");
        if (list == null) {
            return null;
        }
        List<Suppression> result = new ArrayList<>();
        String base = component.path("suppress");
        for (int i = 0; i < list.items().size(); i++) {
            Fields f = Fields.of(problems, list.items().get(i), base, i, "a suppression");
            if (f != null) {
                String code = f.text("code", true);
                String reason = f.text("reason", true);
                if (code != null && reason != null) {
                    result.add(new Suppression(code, reason));
                }
            }
        }
        return result;
    }

    private Link link(Json json, String base, int index, ArchitectureKind kind) {
        Fields f = Fields.of(problems, json, base, index, "a link");
        if (f == null) {
            return null;
        }
        String from = f.text("from", true);
        String to = f.text("to", true);
        Coupling coupling = coupling(f);
        String label = f.text("label", false);
        String protocol = f.text("protocol", false);
        if (from != null) {
            references.linkEnd(from, kind, f, "from");
        }
        if (to != null) {
            references.linkEnd(to, kind, f, "to");
        }
        if (from == null || to == null) {
            return null;
        }
        return new Link(from, to, coupling, label, protocol, f.extra(LINK));
    }

    private Coupling coupling(Fields f) {
        String key = f.text("coupling", false);
        if (key == null) {
            return null;
        }
        return Keys.coupling(key).orElseGet(() -> {
            problems.error("model.unknown-coupling", f.path("coupling"), f.present("coupling"),
                Names.unknown("coupling", key, Coupling.values()));
            return null;
        });
    }
}
