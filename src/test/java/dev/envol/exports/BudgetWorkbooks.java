package dev.envol.exports;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.cost.WaveSource;
import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The sample model's budget, written and read back with POI. */
final class BudgetWorkbooks {
    static final Path SAMPLE = Path.of("models/betting-platform.envol.json");

    private BudgetWorkbooks() {
    }

    static Project sample() {
        return ModelFiles.load(SAMPLE);
    }

    static CostReport estimate(Project project) {
        return new CostEngine().estimate(project, PriceCatalogs.embedded());
    }

    static BusinessCase businessCase(CostReport report) {
        return BusinessCase.from(report, WaveSource.of(report.project()));
    }

    /** The budget of the project, read back (formulas not yet evaluated). */
    static XSSFWorkbook budget(Project project) {
        CostReport report = estimate(project);
        WaveSource waves = WaveSource.of(project);
        BudgetExporter.Budget budget = new BudgetExporter.Budget(report,
            BusinessCase.from(report, waves), waves.waves());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new BudgetExporter().write(budget, bytes);
            return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
