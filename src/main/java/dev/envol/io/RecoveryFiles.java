package dev.envol.io;

import dev.envol.model.InputException;
import dev.envol.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Autosave copies of models with unsaved edits, for crash recovery. Each open document has one
 * recovery file, named after the file it was opened from ({@code untitled} for a new one); a
 * sidecar {@code .origin} file records that path. A clean save or close deletes both, so whatever
 * is left at start-up was left by a crash.
 */
public final class RecoveryFiles {
    private static final String SUFFIX = ".recovery.envol.json";
    private static final String ORIGIN = ".origin";

    /** A recovery copy left in the folder. */
    public record Recovery(Path file, Optional<Path> original, Instant savedAt) {
    }

    private final Path folder;

    public RecoveryFiles(Path folder) {
        this.folder = folder;
    }

    /** {@code ~/.envol/recovery}. */
    public static RecoveryFiles inUserHome() {
        return new RecoveryFiles(Path.of(System.getProperty("user.home"), ".envol", "recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Writes (atomically) the recovery copy of a document; {@code original} may be null. */
    public Path write(Project project, Path original) {
        Path file = fileFor(original);
        try {
            if (original != null) {
                AtomicFiles.write(originFile(file), original.toAbsolutePath().toString()
                    .getBytes(StandardCharsets.UTF_8), false);
            }
            AtomicFiles.write(file, ModelFiles.toBytes(project), false);
        } catch (IOException e) {
            throw new InputException("cannot write the recovery file " + file + ": "
                + e.getMessage(), e);
        }
        return file;
    }

    /** The recovery copies left in the folder, newest first. */
    public List<Recovery> list() {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                found.add(new Recovery(file, origin(file),
                    Files.getLastModifiedTime(file).toInstant()));
            }
        } catch (IOException e) {
            throw new InputException("cannot list the recovery folder " + folder + ": "
                + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed()
            .thenComparing(r -> r.file().toString()));
        return found;
    }

    /** Deletes the recovery copy of a document after a clean save or close. */
    public void discard(Path original) {
        Path file = fileFor(original);
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(originFile(file));
        } catch (IOException e) {
            throw new InputException("cannot delete the recovery file " + file + ": "
                + e.getMessage(), e);
        }
    }

    /** Deletes one listed recovery copy (restored or declined). */
    public void discard(Recovery recovery) {
        try {
            Files.deleteIfExists(recovery.file());
            Files.deleteIfExists(originFile(recovery.file()));
        } catch (IOException e) {
            throw new InputException("cannot delete the recovery file " + recovery.file() + ": "
                + e.getMessage(), e);
        }
    }

    private Optional<Path> origin(Path file) throws IOException {
        Path origin = originFile(file);
        if (!Files.isRegularFile(origin)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(Files.readString(origin, StandardCharsets.UTF_8).trim()));
    }

    private static Path originFile(Path recoveryFile) {
        return recoveryFile.resolveSibling(recoveryFile.getFileName() + ORIGIN);
    }

    /** Same document, same name; a short hash of the full path tells same-named files apart. */
    Path fileFor(Path original) {
        if (original == null) {
            return folder.resolve("untitled" + SUFFIX);
        }
        String absolute = original.toAbsolutePath().normalize().toString();
        String base = original.getFileName().toString().replace(".envol.json", "")
            .replaceAll("[^A-Za-z0-9._-]", "_");
        return folder.resolve(base + "-" + hash(absolute) + SUFFIX);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
