package dev.envol.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.imports.ImportCancelledException;
import dev.envol.imports.ImportProgress;
import dev.envol.imports.ImportResult;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.ui.DocumentViewModel;
import dev.envol.ui.files.ModelStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import without a window: the choices, the import, the new unsaved document. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    private final ImportViewModel vm = new ImportViewModel(PriceCatalogs::embedded);
    private final Project before = Project.empty("Before");
    private final DocumentViewModel doc = new DocumentViewModel(ModelStore.files(), before);

    private Path fixture(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/envol/imports/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void cannotRunBeforeAFileIsChosen() {
        assertThat(vm.missing()).contains("import.noFile");
        vm.fileProperty().set(dir.resolve("x.xlsx"));
        vm.regionProperty().set(" ");
        assertThat(vm.missing()).contains("import.noRegion");
    }

    @Test
    void anRvToolsExportOpensAsANewUnsavedDocumentWithItsReport() throws IOException {
        vm.fileProperty().set(fixture("rvtools-export.xlsx"));
        List<String> steps = new ArrayList<>();
        ImportResult result = vm.run((step, done) -> steps.add(step));
        doc.openUnsaved(result.project());

        assertThat(steps).isNotEmpty();
        assertThat(doc.current().architecture(ArchitectureKind.CURRENT).components()).hasSize(47);
        assertThat(doc.current().architecture(ArchitectureKind.TARGET).components()).isNotEmpty();
        assertThat(doc.fileProperty().get()).isNull();
        assertThat(doc.dirtyProperty().get()).isTrue();
        assertThat(doc.titleProperty().get()).startsWith("* Untitled");
        assertThat(result.report().lines())
            .anyMatch(l -> l.contains("47 servers imported") && l.contains("2 skipped"))
            .anyMatch(l -> l.contains("skipped tpl-rhel7") && l.contains("template"));
    }

    @Test
    void theChosenRegionAndFormatAreUsed() throws IOException {
        vm.formatProperty().set("ads");
        vm.fileProperty().set(fixture("discovery-import.csv"));
        vm.regionProperty().set("us-east-1");
        Project imported = vm.run(ImportProgress.NONE).project();
        assertThat(imported.settings().region()).isEqualTo("us-east-1");
        assertThat(imported.architecture(ArchitectureKind.CURRENT).components()).hasSize(47);
    }

    @Test
    void cancellingStopsTheImportAndLeavesTheDocumentAsItWas() throws IOException {
        vm.fileProperty().set(fixture("rvtools-export.xlsx"));
        ImportProgress cancelNow = new ImportProgress() {
            @Override
            public void update(String step, long done) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> vm.run(cancelNow)).isInstanceOf(ImportCancelledException.class);
        assertThat(doc.current()).isSameAs(before);
    }

    @Test
    void aBrokenFileGivesOneLineNamingIt() throws IOException {
        Path broken = Files.writeString(dir.resolve("vInfo.csv"), "Nothing,Useful\n1,2\n");
        vm.fileProperty().set(broken);
        assertThatThrownBy(() -> vm.run(ImportProgress.NONE))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("vInfo.csv")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
