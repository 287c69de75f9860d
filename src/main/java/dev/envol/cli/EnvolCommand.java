package dev.envol.cli;

import picocli.CommandLine.Command;

/** The root command: {@code java -jar envol.jar <command>}. */
@Command(name = "envol", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Cloud migration modeler: prices, business case, waves, checks, exports.",
    subcommands = {
        // One line per command; keep them in PRODUCT.md's order.
        EstimateCommand.class,
        PlanCommand.class,
        CheckCommand.class,
        ExportCommand.class,
        ImportCommand.class,
        PricesCommand.class,
        DiffCommand.class,
        GenerateCommand.class,
        SchemaCommand.class,
    })
public final class EnvolCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
            new picocli.CommandLine(this), "a command is required (see --help)");
    }
}
