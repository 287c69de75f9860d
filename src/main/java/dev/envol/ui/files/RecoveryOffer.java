package dev.envol.ui.files;

import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.io.RecoveryFiles;
import java.util.Optional;

/**
 * At start-up: the newest recovery copy a crash left behind, read and valid, to offer the user.
 * Copies that no longer read are discarded, never restored half-way.
 */
public final class RecoveryOffer {
    /** A recovery copy and the model it holds. */
    public record Found(RecoveryFiles.Recovery recovery, dev.envol.model.Project project) {
    }

    private RecoveryOffer() {
    }

    public static Optional<Found> find(RecoveryFiles files) {
        for (RecoveryFiles.Recovery r : files.list()) {
            LoadResult result = ModelFiles.read(r.file());
            if (result.projectIfValid().isPresent()) {
                return Optional.of(new Found(r, result.project()));
            }
            files.discard(r);
        }
        return Optional.empty();
    }
}
