package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.generate.EstateGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM in the middle of saving, many times: the model on disk must always be the old or
 * the new one, complete and valid (ARCHITECTURE.md, reliability rules).
 */
class CrashSafetyTest {
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewModelNeverAHalfWrittenOne() throws Exception {
        Path a = dir.resolve("a.envol.json");
        Path b = dir.resolve("b.envol.json");
        ModelFiles.save(new EstateGenerator(1).generate(400), a);
        ModelFiles.save(new EstateGenerator(2).generate(400), b);
        byte[] old = Files.readAllBytes(a);
        byte[] fresh = Files.readAllBytes(b);
        assertThat(ModelFiles.load(a).allComponents().count()).isGreaterThan(1500);
        Path target = dir.resolve("estate.envol.json");
        Files.write(target, old);
        Random random = new Random(42);
        int sawOld = 0;
        int sawNew = 0;

        for (int kill = 0; kill < KILLS; kill++) {
            Process child = start(target, a, b);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(
                child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(random.nextInt(250));
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            byte[] onDisk = Files.readAllBytes(target);
            boolean isOld = Arrays.equals(onDisk, old);
            boolean isNew = Arrays.equals(onDisk, fresh);
            assertThat(isOld || isNew).as("kill %d: the file is one of the two models", kill)
                .isTrue();
            assertThat(ModelFiles.read(target).hasErrors()).isFalse();
            sawOld += isOld ? 1 : 0;
            sawNew += isNew ? 1 : 0;
        }
        ModelFiles.save(ModelFiles.load(a), target);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .as("the next save clears what killed saves left (old %d, new %d)", sawOld, sawNew)
                .containsExactlyInAnyOrder("a.envol.json", "b.envol.json", "estate.envol.json",
                    "estate.envol.json.bak");
        }
    }

    private static Process start(Path target, Path a, Path b) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
            target.toString(), a.toString(), b.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    }
}
