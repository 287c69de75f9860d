package dev.envol.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave copies: written per document, listed after a crash, gone after a clean save. */
class RecoveryFilesTest {
    @TempDir
    Path dir;

    @Test
    void aRecoveryCopyIsListedWithItsOriginalUntilDiscarded() {
        RecoveryFiles recovery = new RecoveryFiles(dir.resolve("recovery"));
        Path original = dir.resolve("models/estate.envol.json");
        Project edited = Project.empty("Edited but not saved");

        Path copy = recovery.write(edited, original);

        assertThat(recovery.list()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(copy);
            assertThat(r.original()).contains(original.toAbsolutePath());
            assertThat(ModelFiles.load(r.file()).name()).isEqualTo("Edited but not saved");
        });

        recovery.discard(original);

        assertThat(recovery.list()).isEmpty();
    }

    @Test
    void writingAgainReplacesTheCopyOfTheSameDocument() {
        RecoveryFiles recovery = new RecoveryFiles(dir);
        Path original = dir.resolve("estate.envol.json");

        recovery.write(Project.empty("One"), original);
        recovery.write(Project.empty("Two"), original);

        assertThat(recovery.list()).singleElement()
            .satisfies(r -> assertThat(ModelFiles.load(r.file()).name()).isEqualTo("Two"));
    }

    @Test
    void sameNamedFilesInDifferentFoldersAndUntitledDocumentsDoNotCollide() {
        RecoveryFiles recovery = new RecoveryFiles(dir);

        recovery.write(Project.empty("A"), dir.resolve("a/estate.envol.json"));
        recovery.write(Project.empty("B"), dir.resolve("b/estate.envol.json"));
        recovery.write(Project.empty("New"), null);

        assertThat(recovery.list()).hasSize(3);
        assertThat(recovery.list()).filteredOn(r -> r.original().isEmpty()).singleElement()
            .satisfies(r -> assertThat(ModelFiles.load(r.file()).name()).isEqualTo("New"));
    }

    @Test
    void aFolderThatDoesNotExistHasNothingToRecover() {
        assertThat(new RecoveryFiles(dir.resolve("never-created")).list()).isEmpty();
    }
}
