package dev.envol.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.envol.model.InputException;
import dev.envol.pricing.PriceCatalogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportJobTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/envol/exports/"
        + "betting-platform.wiki.md");

    @TempDir
    Path dir;

    private ExportJob job() {
        return new ExportJob(BudgetWorkbooks.sample(), PriceCatalogs.embedded(),
            LocalDate.of(2026, 11, 27));
    }

    @Test
    void wikiPageOfTheSampleEqualsTheGoldenFile() throws Exception {
        job().run(dir, ExportJob.formats("md"), ExportJob.Progress.NONE, () -> false);
        String page = Files.readString(dir.resolve("wiki.md"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, page);
        }
        assertThat(page).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void progressCountsEveryFile() throws Exception {
        List<String> steps = new ArrayList<>();
        job().run(dir, ExportJob.formats("mermaid,md,drawio"),
            (done, total, file) -> steps.add(done + "/" + total + " " + file), () -> false);
        assertThat(steps).containsExactly("1/5 estimate", "2/5 architecture.drawio",
            "3/5 current.mmd", "4/5 target.mmd", "5/5 wiki.md");
    }

    @Test
    void cancellingReplacesNothingAndLeavesNoTemporaryFile() throws Exception {
        Files.writeString(dir.resolve("current.mmd"), "old");
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> job().run(dir, ExportJob.formats("mermaid,md"),
            ExportJob.Progress.NONE, () -> asked.incrementAndGet() > 2))
            .isInstanceOf(CancellationException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("current.mmd");
        }
        assertThat(Files.readString(dir.resolve("current.mmd"))).isEqualTo("old");
    }

    @Test
    void unknownFormatsAreNamed() {
        assertThatThrownBy(() -> ExportJob.formats("png, gif"))
            .isInstanceOf(InputException.class).hasMessageContaining("'gif'");
        assertThat(ExportJob.formats(" ")).containsExactlyElementsOf(ExportJob.FORMATS);
    }
}
