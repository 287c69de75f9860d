package dev.envol.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a
 * mix: the bytes go to a temporary file in the same folder (same file system, so the final move
 * is a rename), are forced to the disk, then the temporary file is moved over the target.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Replaces {@code file} with {@code content}; when {@code keepBackup}, the previous content
     * is first kept (also atomically) as {@code NAME.bak} next to it.
     */
    public static void write(Path file, byte[] content, boolean keepBackup) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        removeLeftovers(target);
        if (keepBackup && Files.isRegularFile(target)) {
            Path backup = target.resolveSibling(target.getFileName() + ".bak");
            replace(backup, Files.readAllBytes(target));
        }
        replace(target, content);
    }

    /** Temporary files a killed save left behind: one writer per file, so none is live. */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target.getParent(),
            f -> {
                String name = f.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".tmp");
            })) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Path folder = target.getParent();
        Path temp = temporary(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new file next to the target. Not {@code createTempFile}: its owner-only permissions would
     * end up on the saved model; a plain create follows the umask, or the old file's permissions.
     */
    private static Path temporary(Path target) throws IOException {
        Path temp = null;
        for (int attempt = 0; temp == null; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(System.nanoTime() ^ RANDOM.nextLong()) + ".tmp");
            try {
                temp = Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the platform's defaults apply.
        }
        return temp;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Only where the file system cannot rename atomically (some network shares).
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, and that is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows refuses to open folders; there the rename is durable once it returns.
        }
    }
}
