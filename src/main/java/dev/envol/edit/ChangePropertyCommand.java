package dev.envol.edit;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;

/**
 * Sets one property of a component; a {@code null} value removes it (the type's default then
 * applies). {@code oldValue} is {@code null} when the property was absent.
 */
public record ChangePropertyCommand(ArchitectureKind kind, String componentId, String property,
                                    Object oldValue, Object newValue) implements EditCommand {

    public static ChangePropertyCommand of(Project p, ArchitectureKind kind, String id,
                                           String property, Object value) {
        Object old = p.architecture(kind).component(id)
            .map(c -> c.props().get(property)).orElse(null);
        return new ChangePropertyCommand(kind, id, property, old, value);
    }

    @Override
    public Project apply(Project before) {
        return set(before, newValue);
    }

    @Override
    public Project undo(Project after) {
        return set(after, oldValue);
    }

    private Project set(Project p, Object value) {
        return Edits.mapComponent(p, kind, componentId, c -> c.withProps(
            value == null ? c.props().without(property) : c.props().with(property, value)));
    }

    @Override
    public String description() {
        return "Change " + property + " of " + componentId;
    }
}
