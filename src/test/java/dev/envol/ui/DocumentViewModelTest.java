package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.edit.RenameComponentCommand;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentViewModelTest {
    private final FakeStore store = new FakeStore();
    private final DocumentViewModel doc = new DocumentViewModel(store, SampleProjects.small());

    @Test
    void anEditMarksTheModelUnsavedInTheTitleAndTheEditMenu() {
        assertThat(doc.titleProperty().get()).isEqualTo("Untitled — Envol");
        doc.edit(new RenameComponentCommand(ArchitectureKind.TARGET, "rds", "Bets database", "Bets"));
        assertThat(doc.dirtyProperty().get()).isTrue();
        assertThat(doc.titleProperty().get()).startsWith("* ");
        assertThat(doc.undoTextProperty().get()).isEqualTo("Rename Bets database to Bets");
        doc.undo();
        assertThat(doc.dirtyProperty().get()).isFalse();
        assertThat(doc.redoTextProperty().get()).isEqualTo("Rename Bets database to Bets");
    }

    @Test
    void saveThenOpenGivesBackTheSameModel() {
        Path file = Path.of("/tmp/x.envol.json");
        doc.edit(new RenameComponentCommand(ArchitectureKind.TARGET, "rds", "Bets database", "Bets"));
        Project edited = doc.current();
        assertThat(doc.saveAs(file)).isTrue();
        assertThat(doc.titleProperty().get()).isEqualTo("x.envol.json — Envol");
        doc.newModel();
        assertThat(doc.open(file)).isTrue();
        assertThat(doc.current()).isEqualTo(edited);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void aBrokenModelOpensNothingAndListsItsProblemsWithLocations() {
        Project before = doc.current();
        assertThat(doc.open(Path.of("/tmp/broken.envol.json"))).isFalse();
        assertThat(doc.current()).isSameAs(before);
        assertThat(doc.loadProblems()).hasSize(1);
        assertThat(doc.errorProperty().get())
            .isEqualTo("/tmp/broken.envol.json:12:17: $.target.components[0].type: unknown component type aws.nope");
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() {
        var duplicate = dev.envol.edit.AddComponentsCommand.of(ArchitectureKind.TARGET,
            doc.current().target().component("rds").orElseThrow());
        assertThat(doc.edit(duplicate)).isFalse();
        assertThat(doc.errorProperty().get()).contains("id already used: rds");
        assertThat(doc.canUndoProperty().get()).isFalse();
    }
}
