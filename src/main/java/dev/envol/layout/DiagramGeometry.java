package dev.envol.layout;

import dev.envol.catalog.Category;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one geometry of an architecture diagram that the desktop canvas and every exported
 * diagram draw: tiles, application containers and edges, all in canvas units.
 *
 * <p>Positions come from the model when every component has one (the architect's placement
 * wins), otherwise from {@link AutoLayout} for the whole architecture.
 *
 * @param bounds the extent of the drawing, margins included
 */
public record DiagramGeometry(List<Tile> tiles, List<ApplicationBox> containers,
                              List<EdgePath> edges, Rect bounds, boolean autoLaid) {
    /** Icon for a type the catalog does not know (the checks report it). */
    static final String UNKNOWN_ICON = "mdi2h-help-box";

    public DiagramGeometry {
        tiles = List.copyOf(tiles);
        containers = List.copyOf(containers);
        edges = List.copyOf(edges);
    }

    public static DiagramGeometry of(Project project, ArchitectureKind kind) {
        return of(project.architecture(kind), project.applications());
    }

    public static DiagramGeometry of(Architecture architecture, List<Application> applications) {
        boolean placed = architecture.components().stream().allMatch(c -> c.position() != null);
        LayoutResult layout = placed && !architecture.components().isEmpty()
            ? ModelPlacement.place(architecture)
            : new AutoLayout().layout(architecture);
        return from(architecture, applications, layout, !placed);
    }

    /** Builds the geometry from a layout already computed (the editor's "automatic layout"). */
    public static DiagramGeometry from(Architecture architecture, List<Application> applications,
                                       LayoutResult layout, boolean autoLaid) {
        ComponentCatalog catalog = ComponentCatalog.standard();
        List<Tile> tiles = new ArrayList<>();
        for (Component c : architecture.components()) {
            Optional<ComponentType> type = catalog.find(c.type());
            String colour = type.map(t -> t.category().colour()).orElse(
                Category.ON_PREMISE.colour());
            String icon = type.map(ComponentType::iconKey).orElse(UNKNOWN_ICON);
            tiles.add(new Tile(c.id(), c.name(), c.type(), c.application(),
                layout.tiles().get(c.id()), colour, icon));
        }
        Map<String, Application> apps = applications.stream()
            .collect(Collectors.toMap(Application::id, Function.identity(), (a, b) -> a));
        List<ApplicationBox> boxes = new ArrayList<>();
        layout.containers().forEach((id, bounds) ->
            boxes.add(new ApplicationBox(id, label(id, apps.get(id)), bounds)));
        return new DiagramGeometry(tiles, boxes, layout.edges(), layout.bounds(), autoLaid);
    }

    /** {@code Horse betting (horse-racing)}; the id when the application is not declared. */
    static String label(String id, Application application) {
        if (application == null) {
            return id;
        }
        String domain = application.domain();
        return domain == null || domain.isBlank()
            ? application.name() : application.name() + " (" + domain + ")";
    }

    public Optional<Tile> tile(String componentId) {
        return tiles.stream().filter(t -> t.componentId().equals(componentId)).findFirst();
    }
}
