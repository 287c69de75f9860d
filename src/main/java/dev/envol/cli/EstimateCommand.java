package dev.envol.cli;

import dev.envol.cost.BusinessCase;
import dev.envol.cost.CostEngine;
import dev.envol.cost.CostReport;
import dev.envol.cost.Sensitivity;
import dev.envol.cost.SensitivityRow;
import dev.envol.cost.WaveSource;
import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import dev.envol.model.PurchaseOption;
import dev.envol.pricing.PriceCatalogs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code envol estimate MODEL}: run rate of both architectures and the business case. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
    description = "Monthly run rate of the current and target architectures, and the business "
        + "case (migration cost, timeline, break-even, TCO, NPV).")
public final class EstimateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "The model file (*.envol.json).")
    private Path model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "table (default), json or csv (the priced lines).")
    private String format;

    @Option(names = "--pricing", paramLabel = "P",
        description = "What-if purchase option, e.g. reserved-1y-no-upfront (default: the "
            + "model's).")
    private String pricing;

    @Option(names = "--region", paramLabel = "R",
        description = "What-if AWS region, e.g. eu-west-1 (default: the model's).")
    private String region;

    @Override
    public Integer call() {
        String chosen = CostOptions.format(format, "table", "json", "csv");
        PurchaseOption purchase = CostOptions.purchase(pricing);
        String regionCode = CostOptions.region(region);
        Project project = CostOptions.whatIf(ModelFiles.load(model), purchase, regionCode);
        CostReport report = new CostEngine().estimate(project, PriceCatalogs.standard());
        String text;
        if (chosen.equals("csv")) {
            text = EstimateCsv.render(report);
        } else {
            // one wave plan for the base case and every sensitivity variant
            WaveSource waves = WaveSource.of(report.project());
            BusinessCase bc = BusinessCase.from(report, waves);
            List<SensitivityRow> sensitivity = Sensitivity.of(report, waves);
            text = chosen.equals("json") ? EstimateJson.render(report, bc, sensitivity)
                : EstimateTable.render(report, bc, sensitivity);
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
