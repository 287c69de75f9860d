package dev.envol.edit;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Position;
import dev.envol.model.Project;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Moves components to new positions. Consecutive moves of the same selection merge into one
 * edit, so nudging a group ten times is undone in one step.
 *
 * @param from the positions before (a value may be absent for a never-placed component)
 * @param to   the positions after
 */
public record MoveComponentsCommand(ArchitectureKind kind, Map<String, Position> from,
                                    Map<String, Position> to) implements EditCommand {
    public MoveComponentsCommand {
        // HashMap, not Map.copyOf: a never-placed component moves from a null position.
        from = Collections.unmodifiableMap(new HashMap<>(from));
        to = Map.copyOf(to);
    }

    @Override
    public Project apply(Project before) {
        return place(before, to);
    }

    @Override
    public Project undo(Project after) {
        return place(after, from);
    }

    private Project place(Project p, Map<String, Position> positions) {
        return Edits.mapArchitecture(p, kind, a -> a.mapComponents(c ->
            to.containsKey(c.id()) ? c.withPosition(positions.get(c.id())) : c));
    }

    @Override
    public String description() {
        return "Move " + Edits.plural(to.size(), "component");
    }

    @Override
    public Optional<EditCommand> mergeWith(EditCommand next) {
        if (next instanceof MoveComponentsCommand m && m.kind == kind
            && m.to.keySet().equals(to.keySet())) {
            return Optional.of(new MoveComponentsCommand(kind, from, m.to));
        }
        return Optional.empty();
    }
}
