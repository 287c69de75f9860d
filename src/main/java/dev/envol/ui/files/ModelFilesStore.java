package dev.envol.ui.files;

import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import java.nio.file.Path;

/** {@link ModelStore} over {@code dev.envol.io.ModelFiles}. */
final class ModelFilesStore implements ModelStore {
    @Override
    public LoadResult read(Path file) {
        try {
            return ModelFiles.read(file);
        } catch (UnsupportedOperationException e) {
            // The io work lands on main in parallel: say so instead of failing obscurely.
            throw new InputException(file + ": reading model files is not available in this build yet");
        }
    }

    @Override
    public void save(Project project, Path file) {
        try {
            ModelFiles.save(project, file);
        } catch (UnsupportedOperationException e) {
            throw new InputException(file + ": saving model files is not available in this build yet");
        }
    }
}
