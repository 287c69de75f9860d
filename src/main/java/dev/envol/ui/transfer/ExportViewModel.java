package dev.envol.ui.transfer;

import dev.envol.exports.ExportJob;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The choices of File > Export (output folder, formats) and the export itself, which
 * {@link #run} does off the UI thread through the core's {@link ExportJob}.
 */
public final class ExportViewModel {
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final Map<String, BooleanProperty> formats = new LinkedHashMap<>();
    private final Supplier<PriceCatalog> catalog;

    /** @param modelFile the model's file, or null when untitled: the default folder is next to it */
    public ExportViewModel(Path modelFile, Supplier<PriceCatalog> catalog) {
        this.catalog = catalog;
        Path base = modelFile == null || modelFile.toAbsolutePath().getParent() == null
            ? Path.of("").toAbsolutePath() : modelFile.toAbsolutePath().getParent();
        folder.set(base.resolve("exports"));
        ExportJob.FORMATS.forEach(f -> formats.put(f, new SimpleBooleanProperty(true)));
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The checkbox of each format of {@link ExportJob#FORMATS}, in that order. */
    public Map<String, BooleanProperty> formats() {
        return formats;
    }

    public Set<String> chosenFormats() {
        Set<String> chosen = new LinkedHashSet<>();
        formats.forEach((f, on) -> {
            if (on.get()) {
                chosen.add(f);
            }
        });
        return chosen;
    }

    public boolean canRun() {
        return folder.get() != null && !chosenFormats().isEmpty();
    }

    /**
     * Writes the chosen files; a cancelled or failed export replaces nothing.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} answered true
     */
    public List<Path> run(Project project, ExportJob.Progress progress, BooleanSupplier cancelled)
        throws IOException {
        return new ExportJob(project, catalog.get(), LocalDate.now())
            .run(folder.get(), chosenFormats(), progress, cancelled);
    }
}
