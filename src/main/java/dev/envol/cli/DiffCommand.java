package dev.envol.cli;

import dev.envol.check.CheckReport;
import dev.envol.check.Checker;
import dev.envol.check.FindingsDiff;
import dev.envol.cost.CostDiff;
import dev.envol.cost.CostReport;
import dev.envol.io.LoadResult;
import dev.envol.io.ModelLoadException;
import dev.envol.model.InputException;
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
        description = "table (default), json, or markdown (a merge-request comment: totals, "
            + "components with why, findings that appear or disappear).")
    private String format;

    @Override
    public Integer call() {
        String chosen = CostOptions.format(format, "table", "json", "markdown");
        CostEngine engine = new CostEngine();
        PriceCatalog catalog = PriceCatalogs.standard();
        LoadResult old = loaded(before);
        LoadResult now = loaded(after);
        CostReport oldCost = engine.estimate(old.project(), catalog);
        CostReport newCost = engine.estimate(now.project(), catalog);
        CostDiff diff = CostDiff.between(oldCost, newCost);
        String text = switch (chosen) {
            case "json" -> DiffOutput.json(diff);
            case "markdown" -> DiffMarkdown.render(diff, oldCost, newCost, FindingsDiff.between(
                check(catalog, old, before), check(catalog, now, after)));
            default -> DiffOutput.table(diff);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static LoadResult loaded(Path model) {
        LoadResult result = ModelFiles.read(model);
        if (result.hasErrors()) {
            throw new ModelLoadException(result.problems());
        }
        return result;
    }

    private static CheckReport check(PriceCatalog catalog, LoadResult model, Path file) {
        try {
            return Checker.withPrices(catalog).check(model.project(), model.warnings());
        } catch (InputException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }
}
