package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample models open without a single problem and are in the canonical form: loading then
 * saving gives back the same bytes, so opening and saving a sample never shows a diff.
 */
class SampleModelsRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void theSampleLoadsWithNoProblem(String file) {
        LoadResult result = ModelFiles.read(SampleModelsContentTest.MODELS.resolve(file));

        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        assertThat(result.projectIfValid()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"betting-platform.envol.json", "small-web-app.envol.json"})
    void loadThenSaveGivesIdenticalBytes(String file) throws IOException {
        Path original = SampleModelsContentTest.MODELS.resolve(file);
        Path copy = dir.resolve(file);
        Files.copy(original, copy);

        Project project = ModelFiles.load(copy);
        ModelFiles.save(project, copy);

        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(original));
        assertThat(ModelFiles.toBytes(ModelFiles.load(copy)))
            .isEqualTo(Files.readAllBytes(original));
    }
}
