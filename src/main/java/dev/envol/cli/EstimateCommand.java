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
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code envol estimate MODEL}: run rate of both architectures and the business case. Its command
 * line is built in code, as the annotations {@code @Command}, {@code @Parameters} and
 * {@code @Option} of the other commands would build it (see {@link EnvolCommand} for why).
 */
public final class EstimateCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private EstimateCommand() {
        spec.name("estimate");
        spec.usageMessage().description("Monthly run rate of the current and target "
            + "architectures, and the business case (migration cost, timeline, break-even, TCO, "
            + "NPV).");
        spec.addPositional(PositionalParamSpec.builder().index("0").required(true)
            .paramLabel("MODEL").type(Path.class).description("The model file (*.envol.json).")
            .build());
        spec.addOption(option("--format", "FORMAT", "table (default), json or csv (the priced "
            + "lines).").defaultValue("table").build());
        spec.addOption(option("--pricing", "P", "What-if purchase option, e.g. "
            + "reserved-1y-no-upfront (default: the model's).").build());
        spec.addOption(option("--region", "R", "What-if AWS region, e.g. eu-west-1 (default: the "
            + "model's).").build());
        HelpOptions.addTo(spec);
    }

    /** The command line of {@code estimate}, ready to be added to the root command. */
    static CommandLine commandLine() {
        return new CommandLine(new EstimateCommand().spec);
    }

    private static OptionSpec.Builder option(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class)
            .description(description);
    }

    @Override
    public Integer call() {
        String chosen = CostOptions.format(spec.findOption("--format").getValue(), "table",
            "json", "csv");
        PurchaseOption purchase = CostOptions.purchase(spec.findOption("--pricing").getValue());
        String regionCode = CostOptions.region(spec.findOption("--region").getValue());
        Path model = spec.positionalParameters().get(0).getValue();
        Project project = CostOptions.whatIf(ModelFiles.load(model), purchase, regionCode);
        String text;
        if (chosen.equals("csv")) {
            text = EstimateCsv.render(new CostEngine().estimate(project, PriceCatalogs.standard()));
        } else {
            // on the second core: the wave plan (from the model alone) while this one prices,
            // then the sensitivity analysis (12 more business cases over the same plan) while
            // this one computes the base case and writes the run rate (the output's order is
            // unchanged)
            InBackground<WaveSource> waves = InBackground.start("envol-waves",
                () -> WaveSource.of(project));
            CostReport report = new CostEngine().estimate(project, PriceCatalogs.standard());
            InBackground<List<SensitivityRow>> sensitivity = InBackground.start(
                "envol-sensitivity", () -> Sensitivity.of(report, waves.get()));
            BusinessCase bc = BusinessCase.from(report, waves.get());
            text = chosen.equals("json") ? EstimateJson.render(report, bc, sensitivity)
                : EstimateTable.render(report, bc, sensitivity);
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
