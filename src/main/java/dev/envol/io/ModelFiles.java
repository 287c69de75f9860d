package dev.envol.io;

import dev.envol.model.Project;
import java.nio.file.Path;

/**
 * The model file API every front end uses. Implemented by the io work: until then every call
 * fails.
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** Reads and validates; never throws for bad content (problems are in the result). */
    public static LoadResult read(Path file) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Reads a valid model or throws {@link ModelLoadException} (an InputException). */
    public static Project load(Path file) {
        LoadResult result = read(file);
        return result.projectIfValid().orElseThrow(() -> new ModelLoadException(result.problems()));
    }

    /** The exact bytes {@link #save} writes: deterministic, 2-space indent, stable order. */
    public static byte[] toBytes(Project project) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Atomic save: temp file in the same folder, fsync, atomic move, previous kept as .bak. */
    public static void save(Project project, Path file) {
        throw new UnsupportedOperationException("not built yet");
    }
}
