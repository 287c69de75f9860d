package dev.envol.ui.files;

import dev.envol.io.LoadResult;
import dev.envol.model.Project;
import java.nio.file.Path;

/** Reads and saves model files; an interface so ViewModels are tested without a disk format. */
public interface ModelStore {
    /** Never throws for bad content: problems are in the result. */
    LoadResult read(Path file);

    void save(Project project, Path file);

    /** The io package's {@code ModelFiles}. */
    static ModelStore files() {
        return new ModelFilesStore();
    }
}
