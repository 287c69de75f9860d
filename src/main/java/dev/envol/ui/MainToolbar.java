package dev.envol.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icon buttons for the frequent actions; tooltips carry the name and shortcut. */
final class MainToolbar {
    private MainToolbar() {
    }

    static ToolBar build(MainWindow w, Messages m) {
        DocumentViewModel doc = w.document();
        Button undo = button("mdi2u-undo", m.get("menu.edit.undo") + " (Ctrl+Z)", doc::undo);
        undo.disableProperty().bind(doc.canUndoProperty().not());
        Button redo = button("mdi2r-redo", m.get("menu.edit.redo") + " (Ctrl+Y)", doc::redo);
        redo.disableProperty().bind(doc.canRedoProperty().not());
        return new ToolBar(
            button("mdi2f-file-outline", m.get("menu.file.new"), w.files()::newModel),
            button("mdi2f-folder-open-outline", m.get("menu.file.open") + " (Ctrl+O)", w.files()::openDialog),
            button("mdi2c-content-save-outline", m.get("menu.file.save") + " (Ctrl+S)", w.files()::save),
            new Separator(), undo, redo, new Separator(),
            button("mdi2d-delete-outline", m.get("menu.edit.delete") + " (Del)", () -> w.activeCanvas().deleteSelection()),
            new Separator(),
            button("mdi2m-magnify-plus-outline", m.get("menu.view.zoomIn"), () -> w.activeCanvas().zoom(1.25)),
            button("mdi2m-magnify-minus-outline", m.get("menu.view.zoomOut"), () -> w.activeCanvas().zoom(0.8)),
            button("mdi2f-fit-to-page-outline", m.get("menu.view.fit") + " (Ctrl+0)", () -> w.activeCanvas().fit()),
            button("mdi2s-sitemap-outline", m.get("menu.view.layout") + " (Ctrl+L)", w::autoLayout),
            button("mdi2t-theme-light-dark", m.get("menu.view.theme"), w::toggleTheme));
    }

    private static Button button(String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
