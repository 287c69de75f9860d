package dev.envol.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of component: {@code aws.rds}, {@code onprem.server}, ...
 *
 * @param key         the type as written in the model file
 * @param iconKey     an Ikonli Material Design 2 icon literal ({@code mdi2d-database})
 * @param drawioStyle draw.io's own style string for the shape ({@code mxgraph.aws4.*} for AWS)
 * @param properties  in the order the inspector shows them and generated files write them
 */
public record ComponentType(String key, String displayName, Category category, String iconKey,
                            String drawioStyle, int drawioWidth, int drawioHeight,
                            String description, List<PropertySpec> properties) {
    public ComponentType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(category, "category");
        properties = List.copyOf(properties);
    }

    public boolean isAws() {
        return key.startsWith("aws.");
    }

    public boolean isOnPrem() {
        return key.startsWith("onprem.");
    }

    public boolean isExternal() {
        return key.startsWith("external.");
    }

    public Optional<PropertySpec> property(String name) {
        for (PropertySpec p : properties) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
