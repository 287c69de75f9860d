package dev.envol.cli;

import dev.envol.cost.PriceCoverage;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceCatalogs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code envol prices coverage}: per component type, which of its price items the catalog
 * (embedded + cache) has in a region, with source and date, and which are missing.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "Which price items of each AWS component type the catalog (embedded + cache) "
        + "has in a region, with source and date, and which are missing.")
final class PricesCoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--region", defaultValue = "eu-west-3",
        description = "AWS region (default: ${DEFAULT-VALUE})")
    String region;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    String format;

    @Option(names = "--cache-dir", description = "Price cache folder (default: the user's)")
    Path cacheDir;

    @Override
    public Integer call() {
        String format = CostOptions.format(this.format, "table", "json");
        CostOptions.region(region);
        PriceCatalog catalog = cacheDir == null ? PriceCatalogs.standard()
            : PriceCatalogs.standard(cacheDir);
        List<PriceCoverage.Item> items = PriceCoverage.of(catalog, region);
        var out = spec.commandLine().getOut();
        out.print(format.equals("json") ? json(items) : table(items));
        out.flush();
        return 0;
    }

    private String table(List<PriceCoverage.Item> items) {
        TextTable table = new TextTable().textFrom(0)
            .row("type", "item", "price", "tiers", "as of", "source or reason").rule();
        String type = null;
        for (PriceCoverage.Item i : items) {
            String shown = i.type().equals(type) ? "" : i.type();
            type = i.type();
            String priced = !i.covered() ? "MISSING"
                : i.key().equals("*") ? i.priced() + " types" : "yes";
            table.row(shown, i.item(), priced, i.tiers(),
                i.asOf() == null ? "" : i.asOf().toString(), i.source());
        }
        long missing = items.stream().filter(i -> !i.covered()).count();
        return "Price coverage in " + region + " (" + (items.size() - missing) + " of "
            + items.size() + " items priced)\n" + table.render()
            + (missing == 0 ? "" : missing + " item(s) missing: `envol prices refresh --region "
                + region + "` fills them from AWS\n");
    }

    private String json(List<PriceCoverage.Item> items) {
        JsonOut json = new JsonOut().beginObject();
        json.field("region", region);
        json.key("items").beginArray();
        for (PriceCoverage.Item i : items) {
            json.beginObject().field("type", i.type()).field("item", i.item())
                .field("service", i.service()).field("key", i.key())
                .field("options", i.options());
            json.key("covered").bool(i.covered());
            json.key("priced").number(i.priced());
            if (!i.tiers().isEmpty()) {
                json.field("tiers", i.tiers());
            }
            json.field(i.covered() ? "source" : "reason", i.source());
            json.field("asOf", i.asOf() == null ? null : i.asOf().toString());
            json.endObject();
        }
        return json.endArray().endObject() + System.lineSeparator();
    }
}
