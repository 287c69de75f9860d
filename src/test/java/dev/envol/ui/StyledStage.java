package dev.envol.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A stage of a test's own (the shared primary stage keeps its size for the next test class)
 * showing {@code root} in the app's light theme and styles; close it after each test.
 */
public final class StyledStage {
    private StyledStage() {
    }

    public static Stage show(Parent root, double width, double height) {
        ThemeChoice.LIGHT.apply();
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("envol.css").toExternalForm());
        Stage own = new Stage();
        own.setScene(scene);
        own.show();
        return own;
    }
}
