package dev.envol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.edit.ChangePropertyCommand;
import dev.envol.io.ModelFiles;
import dev.envol.model.ArchitectureKind;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.ui.panels.AnalysisViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnalysisViewModelTest {
    @Test
    void costsFollowEveryEditOfTheSampleModel() {
        var doc = new DocumentViewModel(dev.envol.ui.files.ModelStore.files(),
            ModelFiles.load(Path.of("models/betting-platform.envol.json")));
        var vm = new AnalysisViewModel(doc, PriceCatalogs::standard, Runnable::run, Runnable::run);
        assertThat(vm.failureProperty().get()).isNull();
        var before = vm.analysisProperty().get().costs();
        assertThat(before.target().monthly()).isPositive();
        var asg = before.componentCost("accounts-asg").orElseThrow();
        doc.edit(ChangePropertyCommand.of(doc.current(), ArchitectureKind.TARGET, "accounts-asg",
            "instanceType", "m6i.xlarge"));
        var after = vm.analysisProperty().get().costs();
        var asgAfter = after.componentCost("accounts-asg").orElseThrow();
        assertThat(asgAfter.monthly()).isGreaterThan(asg.monthly());
        // the sample's Business support adds 7 % of the AWS change (its 10,000-80,000 USD band)
        assertThat(after.target().monthly().subtract(before.target().monthly()))
            .isEqualByComparingTo(asgAfter.monthly().subtract(asg.monthly())
                .multiply(new java.math.BigDecimal("1.07")));
    }
}
