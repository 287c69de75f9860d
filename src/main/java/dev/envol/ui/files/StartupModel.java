package dev.envol.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Which model the app opens when started without a file: the sample in {@code models/} of the
 * working directory, else the copy bundled in the jar (copied to a temporary file, since the io
 * API reads paths).
 */
public final class StartupModel {
    public static final String SAMPLE_FILE = "models/betting-platform.envol.json";
    public static final String SAMPLE_RESOURCE = "/dev/envol/samples/betting-platform.envol.json";

    private StartupModel() {
    }

    public record Choice(Path file, boolean bundled) {
    }

    public static Optional<Choice> find(Path workingDirectory) {
        Path local = workingDirectory.resolve(SAMPLE_FILE);
        if (Files.isRegularFile(local)) {
            return Optional.of(new Choice(local, false));
        }
        try (InputStream in = StartupModel.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Path tmp = Files.createTempFile("betting-platform", ".envol.json");
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(new Choice(tmp, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
