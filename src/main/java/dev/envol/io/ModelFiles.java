package dev.envol.io;

import dev.envol.model.InputException;
import dev.envol.model.Project;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The model file API every front end uses. */
public final class ModelFiles {
    /** Larger files are refused before reading: a model of 10,000 applications is ~30 MB. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private ModelFiles() {
    }

    /** Reads and validates; never throws for bad content (problems are in the result). */
    public static LoadResult read(Path file) {
        ModelReader reader = new ModelReader(file.toString());
        try {
            if (Files.size(file) > MAX_BYTES) {
                return reader.unreadable("the file is larger than " + (MAX_BYTES >> 20)
                    + " MB: not a model");
            }
            LoadResult result = reader.read(Files.newInputStream(file));
            if (result.problems().isEmpty()) {
                return result;
            }
            return new LoadResult(result.project(),
                CharacterColumns.convert(result.problems(), Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return reader.unreadable("no such file");
        } catch (AccessDeniedException e) {
            return reader.unreadable("cannot read the file: permission denied");
        } catch (IOException e) {
            return reader.unreadable("cannot read the file: " + e.getMessage());
        }
    }

    /** Reads and validates model bytes; {@code file} only names them in problems. */
    public static LoadResult read(byte[] content, String file) {
        return new ModelReader(file).read(content);
    }

    /** Reads a valid model or throws {@link ModelLoadException} (an InputException). */
    public static Project load(Path file) {
        LoadResult result = read(file);
        return result.projectIfValid().orElseThrow(() -> new ModelLoadException(result.problems()));
    }

    /** The exact bytes {@link #save} writes: deterministic, 2-space indent, stable order. */
    public static byte[] toBytes(Project project) {
        return new ModelWriter().write(project);
    }

    /** Atomic save: temp file in the same folder, fsync, atomic move, previous kept as .bak. */
    public static void save(Project project, Path file) {
        byte[] content = toBytes(project);
        try {
            AtomicFiles.write(file, content, true);
        } catch (IOException e) {
            throw new InputException("cannot save " + file + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
