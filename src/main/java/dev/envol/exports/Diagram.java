package dev.envol.exports;

import dev.envol.layout.DiagramGeometry;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything a diagram export draws for one architecture.
 *
 * @param geometry the placement to draw ({@link DiagramGeometry#of(Project, ArchitectureKind)})
 * @param badges   component id to badge text: the monthly cost ({@code €1,234/mo}) or
 *                 {@code unpriced}; {@code null} or blank means no badge
 * @param title    the title line ({@link DiagramTitle#of})
 */
public record Diagram(Project project, ArchitectureKind kind, DiagramGeometry geometry,
                      Function<String, String> badges, String title) {
    /** The badge text of an unpriced component: drawn amber. */
    public static final String UNPRICED = "unpriced";

    public Diagram {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(geometry, "geometry");
        badges = badges == null ? id -> null : badges;
        title = title == null ? "" : title;
    }

    /** The badge of a component, or {@code null} for none. */
    String badge(String componentId) {
        String text = badges.apply(componentId);
        return text == null || text.isBlank() ? null : text;
    }

    static boolean isUnpriced(String badge) {
        return badge != null && badge.startsWith(UNPRICED);
    }
}
