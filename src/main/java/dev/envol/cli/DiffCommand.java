package dev.envol.cli;

import dev.envol.cost.CostDiff;
import dev.envol.cost.CostEngine;
import dev.envol.io.ModelFiles;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code envol diff OLD NEW}: what changed in monthly cost, per component, and why. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Monthly cost difference between two models, per component and in total, "
        + "with the reason (type, size, count, region, pricing, usage, price).")
public final class DiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The model before the change.")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The model after the change.")
    private Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "table (default) or json.")
    private String format;

    @Override
    public Integer call() {
        String chosen = CostOptions.format(format, "table", "json");
        CostEngine engine = new CostEngine();
        PriceCatalog catalog = PriceCatalogs.standard();
        CostDiff diff = CostDiff.between(engine.estimate(ModelFiles.load(before), catalog),
            engine.estimate(ModelFiles.load(after), catalog));
        String text = chosen.equals("json") ? DiffOutput.json(diff) : DiffOutput.table(diff);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
