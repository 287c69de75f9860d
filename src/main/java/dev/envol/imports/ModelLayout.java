package dev.envol.imports;

import dev.envol.model.Architecture;

/**
 * Gives every imported component a position, so the model opens laid out in the editor.
 * Why not {@code layout.AutoLayout}: it layers by links, and an inventory has none, so ELK puts
 * every tile in one column (the 47-VM fixture came out 140 wide and ~6,900 tall, applications
 * in no order). A grid with one band per application reads better; once the architect has drawn
 * the links, the editor's automatic layout does the rest.
 */
final class ModelLayout {
    private ModelLayout() {
    }

    static Architecture place(Architecture architecture) {
        return GridPlacement.place(architecture);
    }
}
