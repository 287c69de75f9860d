package dev.envol.imports;

import dev.envol.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks on an inventory file before it is parsed: present, readable, not empty, not huge. */
final class InventoryFiles {
    private InventoryFiles() {
    }

    static void check(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(file + ": is a folder, not an inventory file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new InputException(file + ": the file is empty");
            }
            if (size > InventoryLimits.MAX_FILE_BYTES) {
                throw new InputException(file + ": the file is larger than "
                    + (InventoryLimits.MAX_FILE_BYTES >> 20) + " MB: refused");
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(file + ": cannot read the file: permission denied", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** True when the file starts like a zip archive (an xlsx), whatever its name. */
    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 'P' && in.read() == 'K';
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

}
