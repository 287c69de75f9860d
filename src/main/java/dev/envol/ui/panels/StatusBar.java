package dev.envol.ui.panels;

import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Price catalog source and date, the model's monthly totals, and the unsaved marker. */
public final class StatusBar extends HBox {
    private final Label totals = new Label();

    private final Label source = new Label();

    public StatusBar(DocumentViewModel doc, Messages messages) {
        this.messages = messages;
        getStyleClass().add("status-bar");
        source.setText(messages.get("status.catalogLoading"));
        source.setId("status-catalog");
        totals.setId("status-totals");
        totals.setText(messages.get("status.computing"));
        Label dirty = new Label();
        dirty.setId("status-dirty");
        dirty.textProperty().bind(Bindings.when(doc.dirtyProperty())
            .then(messages.get("status.unsaved")).otherwise(messages.get("status.saved")));
        Label revision = new Label();
        doc.projectProperty().addListener((o, a, b) ->
            revision.setText(messages.get("status.components", b.current().components().size(),
                b.target().components().size())));
        revision.setText(messages.get("status.components", doc.current().current().components().size(),
            doc.current().target().components().size()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(source, sep(), revision, sep(), totals, spring, dirty);
    }

    private static Label sep() {
        Label l = new Label("|");
        l.getStyleClass().add("text-muted");
        return l;
    }

    private Messages messages;

    public void showTotals(dev.envol.cost.CostReport r) {
        var l = messages.locale();
        source.setText(messages.get("status.catalog", r.catalogSource(), r.catalogAsOf()));
        totals.setText(messages.get("status.totals",
            MoneyText.format(r.current().monthly(), r.currency(), l, 0),
            MoneyText.format(r.target().monthly(), r.currency(), l, 0),
            r.unpricedCount()));
    }
}
