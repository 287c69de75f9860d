package dev.envol.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.exports.ExportJob;
import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export without a window: default folder, chosen formats, files written, Cancel. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    private final Project sample = ModelFiles.load(Path.of("models/betting-platform.envol.json"));

    @Test
    void theDefaultFolderIsExportsNextToTheModelWithEveryFormatTicked() {
        ExportViewModel vm = new ExportViewModel(dir.resolve("estate.envol.json"), PriceCatalogs::embedded);
        assertThat(vm.folderProperty().get()).isEqualTo(dir.resolve("exports"));
        assertThat(vm.chosenFormats()).containsExactlyElementsOf(ExportJob.FORMATS);
        vm.formats().values().forEach(f -> f.set(false));
        assertThat(vm.canRun()).isFalse();
    }

    @Test
    void writesOnlyTheTickedFormatsAndReportsProgress() throws Exception {
        ExportViewModel vm = new ExportViewModel(dir.resolve("estate.envol.json"), PriceCatalogs::embedded);
        vm.formats().forEach((f, on) -> on.set(f.equals("mermaid") || f.equals("md")));
        List<String> steps = new ArrayList<>();
        List<Path> written = vm.run(sample, (done, total, file) -> steps.add(file), () -> false);
        assertThat(written).extracting(p -> p.getFileName().toString())
            .containsExactlyInAnyOrder("current.mmd", "target.mmd", "wiki.md");
        assertThat(Files.readString(dir.resolve("exports/wiki.md"))).contains("Betting platform");
        assertThat(steps).contains("wiki.md");
    }

    @Test
    void cancellingWritesNothing() {
        ExportViewModel vm = new ExportViewModel(dir.resolve("estate.envol.json"), PriceCatalogs::embedded);
        assertThatThrownBy(() -> vm.run(sample, ExportJob.Progress.NONE, () -> true))
            .isInstanceOf(CancellationException.class);
        assertThat(dir.resolve("exports/wiki.md")).doesNotExist();
    }
}
