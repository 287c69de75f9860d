package dev.envol.catalog;

import java.util.ArrayList;
import java.util.List;

/** Reads like the type table of PRODUCT.md; used only to declare the catalog's types. */
final class TypeBuilder {
    private final String key;
    private final String displayName;
    private final Category category;
    private final String iconKey;
    private String description = "";
    private final List<PropertySpec> properties = new ArrayList<>();

    TypeBuilder(String key, String displayName, Category category, String iconKey) {
        this.key = key;
        this.displayName = displayName;
        this.category = category;
        this.iconKey = iconKey;
    }

    TypeBuilder describe(String text) {
        this.description = text;
        return this;
    }

    TypeBuilder number(String name, String unit, Object defaultValue, String text) {
        properties.add(new PropertySpec(name, PropertyKind.NUMBER, unit, defaultValue, text,
            null, false));
        return this;
    }

    TypeBuilder requiredNumber(String name, String unit, String text) {
        properties.add(new PropertySpec(name, PropertyKind.NUMBER, unit, null, text, null, true));
        return this;
    }

    TypeBuilder integer(String name, String unit, Object defaultValue, String text) {
        properties.add(new PropertySpec(name, PropertyKind.INTEGER, unit, defaultValue, text,
            null, false));
        return this;
    }

    TypeBuilder requiredInteger(String name, String unit, String text) {
        properties.add(new PropertySpec(name, PropertyKind.INTEGER, unit, null, text, null, true));
        return this;
    }

    TypeBuilder text(String name, Object defaultValue, String text) {
        properties.add(new PropertySpec(name, PropertyKind.TEXT, "", defaultValue, text, null,
            false));
        return this;
    }

    TypeBuilder requiredText(String name, String text) {
        properties.add(new PropertySpec(name, PropertyKind.TEXT, "", null, text, null, true));
        return this;
    }

    TypeBuilder flag(String name, boolean defaultValue, String text) {
        properties.add(new PropertySpec(name, PropertyKind.BOOLEAN, "", defaultValue, text, null,
            false));
        return this;
    }

    TypeBuilder choice(String name, Object defaultValue, String text, String... choices) {
        properties.add(new PropertySpec(name, PropertyKind.CHOICE, "", defaultValue, text,
            List.of(choices), defaultValue == null));
        return this;
    }

    /** Overrides the bound {@link Bounds} derives for the property declared last. */
    TypeBuilder max(java.math.BigDecimal bound) {
        int last = properties.size() - 1;
        properties.set(last, properties.get(last).withMax(bound));
        return this;
    }

    TypeBuilder all(List<PropertySpec> specs) {
        properties.addAll(specs);
        return this;
    }

    ComponentType build(DrawioShapes shapes) {
        DrawioShapes.Shape shape = shapes.shape(key, category);
        return new ComponentType(key, displayName, category, iconKey, shape.style(),
            shape.width(), shape.height(), description, properties);
    }
}
