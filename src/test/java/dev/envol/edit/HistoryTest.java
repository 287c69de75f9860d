package dev.envol.edit;

import static dev.envol.model.ArchitectureKind.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.Position;
import dev.envol.model.Project;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final Project start = Fixtures.project();
    private final History history = new History(start);

    private MoveComponentsCommand move(String id, double fromX, double toX) {
        return new MoveComponentsCommand(TARGET, Map.of(id, new Position(fromX, 0)),
            Map.of(id, new Position(toX, 0)));
    }

    @Test
    void undoAndRedoWalkTheSnapshotsAndTheMenuTextFollows() {
        history.push(new RenameComponentCommand(TARGET, "rds", "RDS", "Accounts"));
        Project renamed = history.project();
        assertThat(history.undoDescription()).contains("Rename RDS to Accounts");
        history.undo();
        assertThat(history.project()).isEqualTo(start);
        assertThat(history.redoDescription()).contains("Rename RDS to Accounts");
        history.redo();
        assertThat(history.project()).isEqualTo(renamed);
        assertThat(history.revision()).isEqualTo(3);
    }

    @Test
    void aNewEditClearsRedo() {
        history.push(new RenameComponentCommand(TARGET, "rds", "RDS", "A"));
        history.undo();
        history.push(new RenameComponentCommand(TARGET, "rds", "RDS", "B"));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void consecutiveMovesOfTheSameSelectionAreOneUndoStep() {
        history.push(move("rds", 400, 420));
        history.push(move("rds", 420, 460));
        history.push(move("alb", 0, 20));
        history.undo();
        assertThat(history.project().target().component("rds").orElseThrow().position().x())
            .isEqualTo(460);
        history.undo();
        assertThat(history.project()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedStateThroughUndoAndRedo() {
        assertThat(history.isDirty()).isFalse();
        history.push(move("rds", 400, 420));
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        history.push(move("rds", 420, 460));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void anEditPushedFromInsideAnotherIsRefused() {
        history.addListener(h -> h.push(move("alb", 0, 20)));
        assertThatThrownBy(() -> history.push(move("rds", 400, 420)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("while another edit");
    }

    @Test
    void aFailingEditChangesNothing() {
        var bad = AddComponentsCommand.of(TARGET, Fixtures.at("rds", "aws.rds", 0, 0));
        assertThatThrownBy(() -> history.push(bad)).isInstanceOf(IllegalStateException.class);
        assertThat(history.project()).isEqualTo(start);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.revision()).isZero();
    }
}
