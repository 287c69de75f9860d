package dev.envol.ui.canvas;

import dev.envol.edit.RenameComponentCommand;
import javafx.scene.control.TextField;

/** Rename in place: a text field over the tile; Enter renames, Escape or leaving cancels. */
final class RenameField {
    private RenameField() {
    }

    static void show(DiagramCanvas view, Placed t) {
        view.getChildren().removeIf(n -> n.getStyleClass().contains("rename-field"));
        TextField field = new TextField(t.component().name());
        field.getStyleClass().add("rename-field");
        double s = view.scale();
        field.relocate(view.viewport.screenX(t.bounds().getMinX()),
            view.viewport.screenY(t.bounds().getMaxY()) - 28);
        field.setPrefWidth(Math.max(140, t.bounds().getWidth() * s));
        String id = t.component().id();
        String old = t.component().name();
        field.setOnAction(ev -> {
            String name = field.getText().strip();
            view.getChildren().remove(field);
            if (!name.isEmpty() && !name.equals(old)) {
                view.doc.edit(new RenameComponentCommand(view.kind, id, old, name));
            }
            view.requestFocus();
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                view.getChildren().remove(field);
            }
        });
        field.setOnKeyPressed(ev -> {
            if (ev.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                view.getChildren().remove(field);
                view.requestFocus();
            }
        });
        view.getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }
}
