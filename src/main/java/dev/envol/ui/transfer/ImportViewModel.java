package dev.envol.ui.transfer;

import dev.envol.imports.ImportOptions;
import dev.envol.imports.ImportProgress;
import dev.envol.imports.ImportResult;
import dev.envol.imports.Importer;
import dev.envol.model.Settings;
import dev.envol.pricing.PriceCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The choices of File > Import (format, file, region, application column) and the import itself.
 * {@link #run} is called off the UI thread; it needs no toolkit, so it is tested without one.
 */
public final class ImportViewModel {
    /** The inventory formats, as {@link Importer#of} knows them. */
    public static final List<String> FORMATS = List.of("rvtools", "ads");

    private final StringProperty format = new SimpleStringProperty("rvtools");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty region = new SimpleStringProperty(Settings.DEFAULT_REGION);
    private final StringProperty applicationColumn = new SimpleStringProperty("");
    private final Supplier<PriceCatalog> catalog;

    public ImportViewModel(Supplier<PriceCatalog> catalog) {
        this.catalog = catalog;
    }

    /** Why the dialog cannot run yet (a message key), or empty when it can. */
    public Optional<String> missing() {
        if (file.get() == null) {
            return Optional.of("import.noFile");
        }
        if (region.get() == null || region.get().isBlank()) {
            return Optional.of("import.noRegion");
        }
        return Optional.empty();
    }

    /**
     * Imports the chosen file. Changes nothing anywhere: the caller opens the result.
     *
     * @throws dev.envol.model.InputException the one-line reason the file cannot be imported
     * @throws dev.envol.imports.ImportCancelledException when {@code progress} asked to stop
     */
    public ImportResult run(ImportProgress progress) {
        Path chosen = file.get();
        if (chosen == null || !Files.isRegularFile(chosen)) {
            throw new dev.envol.model.InputException(chosen + ": no such file");
        }
        String column = applicationColumn.get() == null || applicationColumn.get().isBlank()
            ? null : applicationColumn.get().strip();
        ImportOptions options = new ImportOptions(region.get().strip(), column, null,
            catalog.get(), progress);
        return Importer.of(format.get()).importFile(chosen, options);
    }

    public StringProperty formatProperty() {
        return format;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty applicationColumnProperty() {
        return applicationColumn;
    }
}
