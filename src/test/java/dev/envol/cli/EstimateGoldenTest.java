package dev.envol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.io.ModelFiles;
import dev.envol.pricing.PriceCatalogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample model's estimate is stable: {@code estimate --format json} of
 * {@code models/betting-platform.envol.json} with the embedded catalog equals the golden file.
 * After an intended change, regenerate it with {@code -Dgolden.update=true} and review the diff.
 */
class EstimateGoldenTest {
    private static final Path MODEL = Path.of("models/betting-platform.envol.json");
    private static final Path GOLDEN =
        Path.of("src/test/resources/dev/envol/cli/betting-platform.estimate.json");

    @Test
    void sampleModelEstimateMatchesTheGoldenJson() throws Exception {
        CostReport report = new CostEngine().estimate(ModelFiles.load(MODEL),
            PriceCatalogs.embedded());
        String json = EstimateJson.render(report, BusinessCase.from(report));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
