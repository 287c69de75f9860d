package dev.envol.cli;

import picocli.CommandLine.Command;

/** {@code envol prices lookup|refresh|import}: the price catalog from the command line. */
@Command(name = "prices", mixinStandardHelpOptions = true,
    description = "Look up AWS list prices, refresh them from AWS, import an offer file, show coverage.",
    subcommands = {PricesLookupCommand.class, PricesRefreshCommand.class,
        PricesImportCommand.class, PricesCoverageCommand.class})
public final class PricesCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
            "a prices command is required: lookup, refresh, import or coverage");
    }
}
