package dev.envol.cli;

import dev.envol.pricing.CacheDir;
import dev.envol.pricing.OfferImport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code envol prices import OFFER.csv}: an AWS Bulk API offer file into the price cache. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Load an AWS Bulk API offer file (CSV, e.g. .../AmazonEC2/current/"
        + "eu-west-3/index.csv) into the price cache, keeping only the rows Envol prices.")
final class PricesImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OFFER.csv", description = "The offer file")
    Path offer;

    @Option(names = "--cache-dir", description = "Price cache folder (default: the user's)")
    Path cacheDir;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path cache = cacheDir == null ? CacheDir.resolve() : cacheDir;
        OfferImport.Result result = new OfferImport(cache, ProgressBar.forTerminal(err))
            .run(offer);
        var out = spec.commandLine().getOut();
        if (result.cacheFile() == null) {
            out.println("no row of " + offer + " (" + result.offerCode() + ", " + result.rows()
                + " rows) is one Envol prices; the cache is unchanged");
        } else {
            out.println("imported " + result.prices() + " prices from " + result.rows()
                + " rows of " + offer + " (" + result.offerCode() + ", published "
                + result.published() + ") into " + result.cacheFile());
        }
        return 0;
    }
}
