package dev.envol.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;

/**
 * Gives one tab the whole window: while it is selected, the palette, the inspector and the bottom
 * panels (which act on a canvas) step aside, and come back with their divider positions when
 * another tab is selected. The Business case needs the room to be readable at 1280 x 800.
 */
final class FullSizeTab {
    private final TabPane tabs;
    private final int index;
    private final SplitPane main;
    private final SplitPane centre;
    private final Node panels;
    private Node[] sides;
    private double[] mainDividers;
    private double[] centreDividers;

    FullSizeTab(TabPane tabs, int index, SplitPane main, SplitPane centre, Node panels) {
        this.tabs = tabs;
        this.index = index;
        this.main = main;
        this.centre = centre;
        this.panels = panels;
    }

    void install() {
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() == index && sides == null) {
                enter();
            } else if (b.intValue() != index && sides != null) {
                leave();
            }
        });
    }

    private void enter() {
        mainDividers = main.getDividerPositions();
        centreDividers = centre.getDividerPositions();
        sides = main.getItems().toArray(new Node[0]);
        Node middle = centre;
        main.getItems().setAll(middle);
        centre.getItems().remove(panels);
    }

    private void leave() {
        centre.getItems().add(panels);
        centre.setDividerPositions(centreDividers);
        main.getItems().setAll(sides);
        main.setDividerPositions(mainDividers);
        sides = null;
    }
}
