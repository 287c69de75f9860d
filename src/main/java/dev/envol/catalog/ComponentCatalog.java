package dev.envol.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every component type Envol knows, in palette order. Immutable and shared. */
public final class ComponentCatalog {
    private static final ComponentCatalog STANDARD = new ComponentCatalog();

    private final Map<String, ComponentType> types;

    private ComponentCatalog() {
        DrawioShapes shapes = new DrawioShapes();
        Map<String, ComponentType> map = new LinkedHashMap<>();
        List<TypeBuilder> builders = new ArrayList<>(AwsTypes.all());
        builders.addAll(OnPremTypes.all());
        for (TypeBuilder b : builders) {
            ComponentType type = b.build(shapes);
            map.put(type.key(), type);
        }
        types = Collections.unmodifiableMap(map);
    }

    /** The catalog of this build (PRODUCT.md's type table). */
    public static ComponentCatalog standard() {
        return STANDARD;
    }

    public Optional<ComponentType> find(String key) {
        return Optional.ofNullable(types.get(key));
    }

    /** The type, or an {@link IllegalArgumentException} naming it: for keys already validated. */
    public ComponentType get(String key) {
        ComponentType type = types.get(key);
        if (type == null) {
            throw new IllegalArgumentException("unknown component type: " + key);
        }
        return type;
    }

    public List<ComponentType> all() {
        return List.copyOf(types.values());
    }

    public List<String> keys() {
        return List.copyOf(types.keySet());
    }

    public List<ComponentType> byCategory(Category category) {
        return types.values().stream().filter(t -> t.category() == category).toList();
    }
}
