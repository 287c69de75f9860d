package dev.envol.cli;

import dev.envol.model.InputException;
import dev.envol.model.PurchaseOption;
import dev.envol.pricing.Price;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import dev.envol.pricing.PriceJson;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import dev.envol.pricing.PriceTiers;
import dev.envol.pricing.Unpriced;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code envol prices lookup SERVICE KEY}: one price with its source and date, and every volume
 * tier of an item billed by volume.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
    description = "One price with its source and date, e.g. `prices lookup ec2 m5.large "
        + "--region eu-west-3`. Exit 2 when there is no price (the reason is printed).")
final class PricesLookupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SERVICE",
        description = "ec2, rds, elasticache, alb, s3, lambda, ... (see PriceQuery)")
    String service;

    @Parameters(index = "1", paramLabel = "KEY",
        description = "instance type, node type or item (hour, storage-standard, ...)")
    String key;

    @Option(names = "--region", defaultValue = "us-east-1", description = "AWS region "
        + "(default: ${DEFAULT-VALUE}); global services answer for any region")
    String region;

    @Option(names = "--engine", description = "RDS or ElastiCache engine")
    String engine;

    @Option(names = "--multi-az", description = "RDS Multi-AZ deployment")
    boolean multiAz;

    @Option(names = "--os", description = "EC2 operating system: linux (default) or windows")
    String os;

    @Option(names = "--arch", description = "Lambda architecture: x86_64 (default) or arm64")
    String arch;

    @Option(names = "--purchase", defaultValue = "on-demand",
        description = "on-demand (default), reserved-1y-no-upfront, reserved-3y-all-upfront, ...")
    String purchase;

    @Option(names = "--option", paramLabel = "NAME=VALUE",
        description = "Any other option of the service, e.g. fifo=true")
    Map<String, String> extra = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    String format;

    @Option(names = "--cache-dir", description = "Price cache folder (default: the user's)")
    Path cacheDir;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            throw new InputException("--format: unknown format '" + format + "' (table or json)");
        }
        PurchaseOption option = PurchaseOption.fromKey(purchase).orElseThrow(() ->
            new InputException("--purchase: unknown purchase option '" + purchase + "' (one of "
                + Arrays.stream(PurchaseOption.values()).map(PurchaseOption::key)
                    .collect(Collectors.joining(", ")) + ")"));
        Map<String, String> options = new TreeMap<>(extra);
        put(options, "engine", engine);
        put(options, "os", os);
        put(options, "arch", arch);
        if (multiAz) {
            options.put("deployment", "multi-az");
        }
        PriceQuery query = new PriceQuery(service, region, key, options, option);
        PriceCatalog catalog = cacheDir == null ? PriceCatalogs.standard()
            : PriceCatalogs.standard(cacheDir);
        PriceResult result = catalog.lookup(query);
        if (result instanceof Unpriced unpriced) {
            throw new InputException(unpriced.reason());
        }
        Price price = (Price) result;
        var out = spec.commandLine().getOut();
        PriceTiers tiers = catalog.tiers(query).orElse(null);
        if (format.equals("json")) {
            out.println(PriceJson.of(query, price, tiers));
        } else {
            out.println(PriceText.of(query, price, tiers));
        }
        return 0;
    }

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }
}
