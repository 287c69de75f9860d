package dev.envol.ui.transfer;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows a report (import report, files written) as selectable text the user can copy. */
public final class ReportDialog {
    private ReportDialog() {
    }

    public static void show(Window owner, String title, String header, List<String> lines) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(String.join("\n", lines));
        text.setId("report-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefColumnCount(90);
        text.setPrefRowCount(Math.min(24, Math.max(6, lines.size() + 1)));
        text.setStyle("-fx-font-family: monospace;");
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
    }
}
