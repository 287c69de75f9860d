package dev.envol.io;

import dev.envol.model.Project;
import java.nio.file.Path;

/**
 * The child process of {@link CrashSafetyTest}: saves two models alternately over one file until
 * it is killed. Prints {@code ready} once both models are loaded.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        Project[] models = {ModelFiles.load(Path.of(args[1])), ModelFiles.load(Path.of(args[2]))};
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; ; i++) {
            ModelFiles.save(models[i % 2], target);
        }
    }
}
