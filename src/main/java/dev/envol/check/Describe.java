package dev.envol.check;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.catalog.ComponentType;
import dev.envol.model.Component;

/** How messages name things, so every finding reads the same way. */
final class Describe {
    private Describe() {
    }

    /** {@code RDS database "Orders DB" (orders-db)}; the name alone when it is the id. */
    static String component(Component c) {
        String type = ComponentCatalog.standard().find(c.type()).map(ComponentType::displayName)
            .orElse(c.type());
        return c.name().equals(c.id())
            ? type + " " + c.id()
            : type + " \"" + c.name() + "\" (" + c.id() + ")";
    }
}
