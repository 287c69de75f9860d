package dev.envol.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; each item calls the window's actions (no logic here). */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar build(MainWindow w, Messages m) {
        DocumentViewModel doc = w.document();
        Menu file = new Menu(m.get("menu.file"));
        Menu recent = new Menu(m.get("menu.file.recent"));
        recent.setId("menu-recent");
        recent.setOnShowing(e -> w.files().fillRecent(recent));
        file.getItems().addAll(
            item(m.get("menu.file.new"), "Shortcut+N", w.files()::newModel),
            item(m.get("menu.file.open"), "Shortcut+O", w.files()::openDialog),
            recent,
            new SeparatorMenuItem(),
            item(m.get("menu.file.save"), "Shortcut+S", w.files()::save),
            item(m.get("menu.file.saveAs"), "Shortcut+Shift+S", w.files()::saveAsDialog),
            new SeparatorMenuItem(),
            id(item(m.get("menu.file.import"), "Shortcut+I", w.transfers()::importDialog), "menu-import"),
            id(item(m.get("menu.file.export"), "Shortcut+E", w.transfers()::exportDialog), "menu-export"),
            new SeparatorMenuItem(),
            item(m.get("menu.file.exit"), null, w::close));
        recent.getItems().add(new MenuItem("-"));

        MenuItem undo = item(m.get("menu.edit.undo"), "Shortcut+Z", doc::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(doc.undoTextProperty().map(t ->
            t.isEmpty() ? m.get("menu.edit.undo") : m.get("menu.edit.undo") + " " + t));
        undo.disableProperty().bind(doc.canUndoProperty().not());
        MenuItem redo = item(m.get("menu.edit.redo"), "Shortcut+Y", doc::redo);
        redo.textProperty().bind(doc.redoTextProperty().map(t ->
            t.isEmpty() ? m.get("menu.edit.redo") : m.get("menu.edit.redo") + " " + t));
        redo.disableProperty().bind(doc.canRedoProperty().not());
        Menu edit = new Menu(m.get("menu.edit"));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
            item(m.get("menu.edit.copy"), "Shortcut+C", () -> w.activeCanvas().copySelection()),
            item(m.get("menu.edit.paste"), "Shortcut+V", () -> w.activeCanvas().paste()),
            item(m.get("menu.edit.delete"), "Delete", () -> w.activeCanvas().deleteSelection()),
            item(m.get("menu.edit.selectAll"), "Shortcut+A", () -> w.activeCanvas().selectAll()));

        Menu view = new Menu(m.get("menu.view"));
        view.getItems().addAll(
            item(m.get("menu.view.fit"), "Shortcut+0", () -> w.activeCanvas().fit()),
            item(m.get("menu.view.actual"), "Shortcut+1", () -> w.activeCanvas().actualSize()),
            item(m.get("menu.view.zoomIn"), "Shortcut+PLUS", () -> w.activeCanvas().zoom(1.25)),
            item(m.get("menu.view.zoomOut"), "Shortcut+MINUS", () -> w.activeCanvas().zoom(0.8)),
            new SeparatorMenuItem(),
            item(m.get("menu.view.layout"), "Shortcut+L", w::autoLayout),
            new SeparatorMenuItem(),
            item(m.get("menu.view.light"), null, () -> w.setTheme(ThemeChoice.LIGHT)),
            item(m.get("menu.view.dark"), null, () -> w.setTheme(ThemeChoice.DARK)));
        Menu language = new Menu(m.get("menu.view.language"));
        language.getItems().addAll(
            item("English", null, () -> w.setLanguage(java.util.Locale.ENGLISH)),
            item("Français", null, () -> w.setLanguage(java.util.Locale.FRENCH)));
        view.getItems().add(language);
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem id(MenuItem item, String id) {
        item.setId(id);
        return item;
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
