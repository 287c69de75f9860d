package dev.envol.ui.palette;

import dev.envol.catalog.Category;
import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The palette's content: the catalog's types by category, filtered by the search text. */
public final class PaletteViewModel {
    /** One palette section. */
    public record Group(Category category, List<ComponentType> types) {
    }

    private final ComponentCatalog catalog;
    private final StringProperty search = new SimpleStringProperty("");

    public PaletteViewModel(ComponentCatalog catalog) {
        this.catalog = catalog;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Categories in catalog order, each with its matching types; empty groups left out. */
    public List<Group> groups() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        List<Group> out = new ArrayList<>();
        for (Category c : Category.values()) {
            List<ComponentType> types = catalog.byCategory(c).stream()
                .filter(t -> q.isEmpty() || matches(t, c, q)).toList();
            if (!types.isEmpty()) {
                out.add(new Group(c, types));
            }
        }
        return out;
    }

    private static boolean matches(ComponentType t, Category c, String q) {
        return t.displayName().toLowerCase(Locale.ROOT).contains(q) || t.key().contains(q)
            || c.displayName().toLowerCase(Locale.ROOT).contains(q)
            || t.description() != null && t.description().toLowerCase(Locale.ROOT).contains(q);
    }
}
