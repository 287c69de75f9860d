package dev.envol.ui.panels;

import dev.envol.check.CheckReport;
import dev.envol.check.Checker;
import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.cost.Sensitivity;
import dev.envol.cost.SensitivityRow;
import dev.envol.cost.WaveSource;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import dev.envol.ui.DocumentViewModel;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Costs, business case and check findings of the open model, recomputed off the UI thread after
 * every edit. Only the newest result is published: a slow estimate of an older snapshot never
 * overwrites a newer one.
 */
public final class AnalysisViewModel {
    /** Everything computed from one snapshot. */
    public record Analysis(Project project, CostReport costs, BusinessCase businessCase,
                           CheckReport checks, List<SensitivityRow> sensitivity) {
        public Analysis {
            sensitivity = sensitivity == null ? List.of() : List.copyOf(sensitivity);
        }

        /** Without a sensitivity analysis. */
        public Analysis(Project project, CostReport costs, BusinessCase businessCase,
                        CheckReport checks) {
            this(project, costs, businessCase, checks, List.of());
        }
    }

    private final java.util.function.Supplier<PriceCatalog> pricesSource;
    private PriceCatalog prices;
    private Checker checker;
    private final Executor background;
    private final Executor ui;
    private final CostEngine engine = new CostEngine();
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<Analysis> analysis = new SimpleObjectProperty<>();
    private final StringProperty failure = new SimpleStringProperty();

    /**
     * @param prices loaded on the background thread at the first estimate, so reading the price
     *               catalog never delays the first window
     */
    public AnalysisViewModel(DocumentViewModel doc, java.util.function.Supplier<PriceCatalog> prices,
                             Executor background, Executor ui) {
        this.pricesSource = prices;
        this.background = background;
        this.ui = ui;
        doc.projectProperty().addListener((o, a, b) -> recompute(b));
        recompute(doc.current());
    }

    private void recompute(Project project) {
        long mine = generation.incrementAndGet();
        background.execute(() -> {
            if (generation.get() != mine) {
                return; // a newer snapshot is queued: skip straight to it
            }
            Analysis result;
            try {
                if (prices == null) {
                    prices = pricesSource.get();
                    checker = Checker.withPrices(prices);
                }
                CostReport costs = engine.estimate(project, prices);
                // one wave plan for the business case and its sensitivity variants
                WaveSource waves = WaveSource.of(project);
                result = new Analysis(project, costs, BusinessCase.from(costs, waves),
                    checker.check(project), Sensitivity.of(costs, waves));
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                ui.execute(() -> failure.set(message));
                return;
            }
            ui.execute(() -> {
                if (generation.get() == mine) {
                    failure.set(null);
                    analysis.set(result);
                }
            });
        });
    }

    public ObjectProperty<Analysis> analysisProperty() {
        return analysis;
    }

    /** Why the last estimate failed, or null. */
    public StringProperty failureProperty() {
        return failure;
    }

}
