package dev.envol.ui;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.model.ArchitectureKind;
import dev.envol.pricing.PriceCatalog;
import dev.envol.ui.canvas.CopyBuffer;
import dev.envol.ui.canvas.DiagramCanvas;
import dev.envol.ui.inspector.InspectorView;
import dev.envol.ui.inspector.InspectorViewModel;
import dev.envol.ui.palette.PaletteView;
import dev.envol.ui.palette.PaletteViewModel;
import dev.envol.model.Project;
import dev.envol.plan.WavePlan;
import dev.envol.ui.canvas.Badges;
import dev.envol.ui.panels.AnalysisViewModel;
import dev.envol.ui.business.BusinessCaseView;
import dev.envol.ui.business.BusinessCaseViewModel;
import dev.envol.ui.business.ChartImages;
import dev.envol.ui.panels.CostBadges;
import dev.envol.ui.panels.CostsPanel;
import javafx.concurrent.Task;
import dev.envol.ui.panels.ProblemsPanel;
import dev.envol.ui.panels.StatusBar;
import dev.envol.ui.panels.WavesPanel;
import dev.envol.ui.panels.WavesViewModel;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window: menus, toolbar, palette, canvases, inspector, panels, status bar. */
public final class MainWindow {
    private final Stage stage;
    private final DocumentViewModel doc;
    private final AppSettings settings;
    private final java.util.function.Supplier<PriceCatalog> prices;
    private final CopyBuffer copyBuffer = new CopyBuffer();
    /** One daemon thread computes costs, business case and checks after each edit. */
    private final java.util.concurrent.ExecutorService analysisThread =
        java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "envol-analysis");
            t.setDaemon(true);
            return t;
        });
    private Messages messages;
    private FileActions files;
    private TaskRunner tasks;
    private TransferActions transfers;
    private TabPane canvasTabs;
    private TabPane panelTabs;
    private List<DiagramCanvas> canvases;
    private DiagramCanvas lastFocused;
    private final Label banner = new Label();
    private dev.envol.ui.files.Autosave autosave;

    public MainWindow(Stage stage, DocumentViewModel doc, AppSettings settings,
                      java.util.function.Supplier<PriceCatalog> prices) {
        this.stage = stage;
        this.doc = doc;
        this.settings = settings;
        this.prices = prices;
        stage.titleProperty().bind(doc.titleProperty());
        doc.errorProperty().addListener((o, a, b) -> {
            if (b != null) {
                showError(b);
            }
        });
    }

    /** Turns on autosave to recovery files (the app does; tests need not). */
    public void setAutosave(dev.envol.ui.files.Autosave autosave) {
        this.autosave = autosave;
        autosave.start();
    }

    java.util.Optional<dev.envol.ui.files.Autosave> autosave() {
        return java.util.Optional.ofNullable(autosave);
    }

    /** Builds (or rebuilds, after a language change) the scene content. */
    public void build() {
        messages = new Messages(settings.locale());
        tasks = new TaskRunner(messages);
        files = new FileActions(this, stage, settings);
        transfers = new TransferActions(this, stage, prices);
        DiagramCanvas current = new DiagramCanvas(doc, ArchitectureKind.CURRENT, copyBuffer);
        DiagramCanvas target = new DiagramCanvas(doc, ArchitectureKind.TARGET, copyBuffer);
        DiagramCanvas sideCurrent = new DiagramCanvas(doc, ArchitectureKind.CURRENT, copyBuffer);
        DiagramCanvas sideTarget = new DiagramCanvas(doc, ArchitectureKind.TARGET, copyBuffer);
        sideCurrent.setId("canvas-side-current");
        sideTarget.setId("canvas-side-target");
        canvases = List.of(current, target, sideCurrent, sideTarget);
        canvases.forEach(c -> c.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                lastFocused = c;
            }
        }));
        AnalysisViewModel analysis = new AnalysisViewModel(doc, prices, analysisThread,
            javafx.application.Platform::runLater);
        BusinessCaseView business = new BusinessCaseView(
            new BusinessCaseViewModel(analysis, messages), messages, this::exportPng);
        canvasTabs = new TabPane(tab("tab.current", current), tab("tab.target", target),
            tab("tab.side", new SplitPane(sideCurrent, sideTarget)),
            tab("tab.business", business));
        canvasTabs.setId("canvas-tabs");
        canvasTabs.getSelectionModel().select(1);

        WavesViewModel waves = new WavesViewModel(doc);
        panelTabs = new TabPane(
            tab("panel.costs", new CostsPanel(analysis, messages)),
            tab("panel.waves", new WavesPanel(waves, messages, () -> planWaves(waves))),
            tab("panel.problems", new ProblemsPanel(doc, analysis, messages, this::showCanvas)));
        panelTabs.setId("panel-tabs");
        SplitPane centre = new SplitPane(canvasTabs, panelTabs);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);

        PaletteView palette = new PaletteView(new PaletteViewModel(ComponentCatalog.standard()), messages);
        InspectorView inspector = new InspectorView(
            new InspectorViewModel(doc, analysis.analysisProperty()), messages);
        SplitPane main = new SplitPane(palette, centre, inspector);
        main.setDividerPositions(0.16, 0.8);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        new FullSizeTab(canvasTabs, BUSINESS_TAB, main, centre, panelTabs).install();

        banner.setId("error-banner");
        banner.getStyleClass().add("error-banner");
        banner.setWrapText(true);
        Button closeBanner = new Button("✕");
        closeBanner.getStyleClass().add("flat");
        HBox bannerBox = new HBox(8, banner, closeBanner);
        bannerBox.getStyleClass().add("error-banner-box");
        HBox.setHgrow(banner, Priority.ALWAYS);
        bannerBox.visibleProperty().bind(banner.textProperty().isNotEmpty());
        bannerBox.managedProperty().bind(bannerBox.visibleProperty());
        closeBanner.setOnAction(e -> banner.setText(""));

        StatusBar status = new StatusBar(doc, messages);
        analysis.analysisProperty().addListener((o, a, b) -> {
            status.showTotals(b.costs());
            Badges.Source badges = CostBadges.of(b.costs());
            canvases.forEach(c -> c.badgesProperty().set(badges));
        });
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bottom = new HBox(status, tasks);
        bottom.getStyleClass().add("bottom-bar");
        BorderPane root = new BorderPane(main);
        root.setTop(new VBox(MainMenu.build(this, messages), MainToolbar.build(this, messages), bannerBox));
        root.setBottom(bottom);
        root.getStyleClass().add("envol-root");
        files.installDrop(root);
        if (stage.getScene() == null) {
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(root, Math.min(1560, screen.getWidth() - 20),
                Math.min(960, screen.getHeight() - 40));
            scene.getStylesheets().add(MainWindow.class.getResource("envol.css").toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                autosave().ifPresent(a -> a.discard(doc.fileProperty().get()));
            }
        });
    }

    /** Lays out the visible architecture with ELK off the UI thread: one undoable move. */
    void autoLayout() {
        DiagramCanvas canvas = activeCanvas();
        ArchitectureKind kind = canvas.kind();
        Project snapshot = doc.current();
        Task<java.util.Map<String, dev.envol.model.Position>> task = new Task<>() {
            @Override
            protected java.util.Map<String, dev.envol.model.Position> call() {
                updateTitle(messages.get("task.layout"));
                updateProgress(-1, 1);
                return new dev.envol.layout.AutoLayout().layout(snapshot.architecture(kind)).positions();
            }
        };
        tasks.run(task, positions -> {
            if (doc.current() != snapshot) {
                return; // edited meanwhile: a layout of an older snapshot would undo those edits
            }
            java.util.Map<String, dev.envol.model.Position> from = new java.util.HashMap<>();
            snapshot.architecture(kind).components().forEach(c -> from.put(c.id(), c.position()));
            from.keySet().retainAll(positions.keySet());
            if (!positions.isEmpty()) {
                doc.edit(new dev.envol.edit.MoveComponentsCommand(kind, from, positions));
                canvas.fit();
            }
        }, e -> doc.errorProperty().set(e.getMessage()));
    }

    /** Runs the wave planner off the UI thread (Cancel stops waiting for it). */
    private void planWaves(WavesViewModel waves) {
        Project snapshot = doc.current();
        Task<WavePlan> task = new Task<>() {
            @Override
            protected WavePlan call() {
                updateTitle(messages.get("task.planning"));
                updateProgress(-1, 1);
                return waves.plan(snapshot);
            }
        };
        tasks.run(task, plan -> {
            if (doc.current() == snapshot) {
                waves.apply(plan);
            }
        }, e -> doc.errorProperty().set(e.getMessage()));
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab t = new Tab(messages.get(key), content);
        t.setClosable(false);
        t.setId(key);
        return t;
    }

    void showError(String message) {
        banner.setText(message);
        doc.errorProperty().set(null);
    }

    void showProblems() {
        if (canvasTabs.getSelectionModel().getSelectedIndex() == BUSINESS_TAB) {
            canvasTabs.getSelectionModel().select(1);
        }
        panelTabs.getSelectionModel().select(2);
    }

    /** The Business case tab: the only one that is not a canvas. */
    static final int BUSINESS_TAB = 3;

    /** Asks where to save a PNG of the node and writes it; a failure shows in the banner. */
    private void exportPng(javafx.scene.Node node) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("bc.export"));
        chooser.getExtensionFilters().add(
            new javafx.stage.FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName("business-case.png");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            ChartImages.writePng(node, file.toPath());
        } catch (java.io.IOException | RuntimeException e) {
            showError(messages.get("bc.exportFailed", file, e.getMessage()));
        }
    }

    /** The canvas Edit and View actions apply to: the focused one, else the visible one. */
    public DiagramCanvas activeCanvas() {
        int tab = canvasTabs.getSelectionModel().getSelectedIndex();
        if (tab == 2) {
            return lastFocused == canvases.get(2) ? canvases.get(2) : canvases.get(3);
        }
        if (tab == BUSINESS_TAB) {
            return lastFocused != null ? lastFocused : canvases.get(1);
        }
        return canvases.get(tab == 0 ? 0 : 1);
    }

    public DiagramCanvas canvas(ArchitectureKind kind) {
        return canvases.get(kind == ArchitectureKind.CURRENT ? 0 : 1);
    }

    List<DiagramCanvas> canvases() {
        return canvases;
    }

    public void showCanvas(ArchitectureKind kind) {
        canvasTabs.getSelectionModel().select(kind == ArchitectureKind.CURRENT ? 0 : 1);
    }

    public DocumentViewModel document() {
        return doc;
    }

    public FileActions files() {
        return files;
    }

    TransferActions transfers() {
        return transfers;
    }

    TaskRunner tasks() {
        return tasks;
    }

    Messages messages() {
        return messages;
    }

    void setTheme(ThemeChoice theme) {
        settings.setTheme(theme);
        theme.apply();
        canvases.forEach(c -> javafx.application.Platform.runLater(c::themeChanged));
    }

    void toggleTheme() {
        setTheme(settings.theme() == ThemeChoice.LIGHT ? ThemeChoice.DARK : ThemeChoice.LIGHT);
    }

    void setLanguage(Locale locale) {
        settings.setLocale(locale);
        build();
    }

    void close() {
        if (files.confirmDiscard()) {
            autosave().ifPresent(a -> a.discard(doc.fileProperty().get()));
            stage.close();
        }
    }

    static Region spring() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
