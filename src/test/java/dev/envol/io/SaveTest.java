package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.InputException;
import dev.envol.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving: the bytes of toBytes, the previous version kept as .bak, nothing left behind. */
class SaveTest {
    @TempDir
    Path dir;

    private final Project first = Project.empty("First");
    private final Project second = Project.empty("Second");

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileGetsExactlyTheModelBytesAndNoBackup() throws IOException {
        Path file = dir.resolve("estate.envol.json");

        ModelFiles.save(first, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(ModelFiles.toBytes(first));
        assertThat(names()).containsExactly("estate.envol.json");
    }

    @Test
    void savingAgainKeepsThePreviousVersionAsBak() throws IOException {
        Path file = dir.resolve("estate.envol.json");
        ModelFiles.save(first, file);

        ModelFiles.save(second, file);

        assertThat(ModelFiles.load(file).name()).isEqualTo("Second");
        assertThat(ModelFiles.load(dir.resolve("estate.envol.json.bak")).name())
            .isEqualTo("First");
        assertThat(names()).containsExactly("estate.envol.json", "estate.envol.json.bak");
    }

    @Test
    void savingIntoAFolderThatDoesNotExistYetCreatesIt() {
        Path file = dir.resolve("new/folder/estate.envol.json");

        ModelFiles.save(first, file);

        assertThat(ModelFiles.load(file).name()).isEqualTo("First");
    }

    @Test
    void theSavedFileKeepsThePermissionsOfTheOneItReplaces() throws IOException {
        Path file = dir.resolve("estate.envol.json");
        ModelFiles.save(first, file);
        var permissions = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(file, permissions);

        ModelFiles.save(second, file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
    }

    @Test
    void aFailedSaveIsOneLineAndChangesNothing() throws IOException {
        Path occupied = dir.resolve("estate.envol.json");
        Files.createDirectories(occupied.resolve("a-folder-in-the-way"));
        List<String> before = names();

        assertThatThrownBy(() -> ModelFiles.save(first, occupied))
            .isInstanceOf(InputException.class)
            .satisfies(e -> assertThat(e.getMessage()).startsWith("cannot save " + occupied)
                .doesNotContain("\n"));
        assertThat(names()).isEqualTo(before);
        assertThat(Files.isDirectory(occupied.resolve("a-folder-in-the-way"))).isTrue();
    }

    @Test
    void aMissingFileIsOneProblemNotAnException() {
        LoadResult result = ModelFiles.read(dir.resolve("nowhere.envol.json"));

        assertThat(result.project()).isNull();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("model.io");
            assertThat(p.format()).endsWith("no such file");
        });
    }
}
