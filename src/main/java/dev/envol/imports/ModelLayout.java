package dev.envol.imports;

import dev.envol.model.Architecture;

/** Gives every imported component a position, so the model opens laid out in the editor. */
final class ModelLayout {
    private ModelLayout() {
    }

    static Architecture place(Architecture architecture) {
        return GridPlacement.place(architecture);
    }
}
