package dev.envol.edit;

import static dev.envol.model.ArchitectureKind.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Link;
import dev.envol.model.Position;
import dev.envol.model.Project;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private final Project start = Fixtures.project();

    private void roundTrips(EditCommand c) {
        Project after = c.apply(start);
        assertThat(after).isNotEqualTo(start);
        assertThat(c.undo(after)).isEqualTo(start);
    }

    @Test
    void removingAComponentTakesItsLinksAndUndoPutsEverythingBackInPlace() {
        var c = new RemoveComponentsCommand(start, TARGET, List.of("asg"));
        Project after = c.apply(start);
        assertThat(after.target().component("asg")).isEmpty();
        assertThat(after.target().links()).isEmpty();
        assertThat(c.undo(after)).isEqualTo(start);
        assertThat(c.description()).isEqualTo("Delete ASG");
    }

    @Test
    void addingAComponentWithAnIdInUseIsRefused() {
        var c = AddComponentsCommand.of(TARGET, Fixtures.at("rds", "aws.rds", 0, 0));
        assertThatThrownBy(() -> c.apply(start)).hasMessageContaining("rds");
    }

    @Test
    void everyCommandUndoesToTheSnapshotItStartedFrom() {
        Link hard = start.target().links().get(1);
        roundTrips(AddComponentsCommand.of(TARGET, Fixtures.at("sqs", "aws.sqs", 10, 10)));
        roundTrips(new MoveComponentsCommand(TARGET, Map.of("rds", new Position(400, 0)),
            Map.of("rds", new Position(420, 40))));
        roundTrips(new AddLinkCommand(TARGET, Link.of("alb", "rds", Coupling.SOFT)));
        roundTrips(new RemoveLinksCommand(start, TARGET, List.of(hard)));
        roundTrips(ChangeLinkCommand.coupling(TARGET, hard, Coupling.SOFT));
        roundTrips(ChangePropertyCommand.of(start, TARGET, "rds", "instanceType", "db.m5.large"));
        roundTrips(ChangePropertyCommand.of(start, TARGET, "rds", "count", null));
        roundTrips(new RenameComponentCommand(TARGET, "rds", "RDS", "Accounts DB"));
        roundTrips(new ChangeApplicationCommand(TARGET, "rds", "web", null));
        roundTrips(new ChangeSettingsCommand(start.settings(),
            start.settings().withRegion("eu-west-1"), "Region eu-west-1"));
        roundTrips(PinApplicationCommand.of(start, "web", "wave-2"));
    }

    @Test
    void changingAPropertyKeepsOtherPropertiesAndStoresNumbersAsDecimals() {
        Project after = ChangePropertyCommand.of(start, TARGET, "asg", "min", 3).apply(start);
        Component asg = after.target().component("asg").orElseThrow();
        assertThat(asg.props().decimal("min")).contains(BigDecimal.valueOf(3));
        assertThat(asg.props().count()).isEqualByComparingTo("2");
    }

    @Test
    void pasteGivesFreshIdsShiftsPositionsAndKeepsOnlyLinksInsideTheCopy() {
        List<Component> copied = List.of(start.target().component("asg").orElseThrow(),
            start.target().component("rds").orElseThrow());
        var paste = PasteCommands.paste(start, TARGET, copied, start.target().links(), 20, 20);
        Project after = paste.apply(start);
        assertThat(after.target().components()).extracting(Component::id)
            .containsExactly("alb", "asg", "rds", "cache", "asg-2", "rds-2");
        assertThat(after.target().component("asg-2").orElseThrow().position())
            .isEqualTo(new Position(220, 20));
        assertThat(after.target().links()).hasSize(4)
            .contains(Link.of("asg-2", "rds-2", Coupling.HARD));
        assertThat(paste.undo(after)).isEqualTo(start);
    }

    @Test
    void freshIdsFollowTheFormat() {
        var used = new java.util.HashSet<>(List.of("web", "web-2"));
        assertThat(Ids.fresh("Web", used)).isEqualTo("web-3");
        assertThat(Ids.fresh("New EC2!", used)).isEqualTo("new-ec2");
    }
}
