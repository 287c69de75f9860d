package dev.envol.cli;

import dev.envol.imports.ImportOptions;
import dev.envol.imports.ImportResult;
import dev.envol.imports.Importer;
import dev.envol.imports.OnPremCostRates;
import dev.envol.imports.SizingPolicy;
import dev.envol.io.ModelFiles;
import dev.envol.model.InputException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import rvtools|ads FILE --out MODEL}: an inventory becomes a model with a priced current
 * architecture and a right-sized target. The model is written only once the whole file has been
 * read and checked, atomically, and never over an existing file without {@code --force}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports an RVTools export (vInfo as xlsx or CSV) or an AWS discovery CSV.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "rvtools or ads")
    private String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The export to read.")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "MODEL",
        description = "The model file to write (*.envol.json).")
    private Path out;

    @Option(names = "--region", paramLabel = "R", defaultValue = "eu-west-3",
        description = "AWS region of the target (default: ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--application-column", paramLabel = "C",
        description = "Column naming each VM's application (default: Application, else the"
            + " folder; ads: Applications).")
    private String applicationColumn;

    @Option(names = "--classes", split = ",", paramLabel = "m,c,r",
        description = "Instance classes allowed for right-sizing (default: m,c,r).")
    private List<String> classes;

    @Option(names = "--graviton", description = "Allow Graviton (Arm) instance types.")
    private boolean graviton;

    @Option(names = "--headroom", paramLabel = "PCT", defaultValue = "20",
        description = "Headroom above peak use when utilisation is known"
            + " (default: ${DEFAULT-VALUE}).")
    private BigDecimal headroom;

    @Option(names = "--no-onprem-costs",
        description = "Leave the servers' cost properties out (default: assumed costs per vCPU,"
            + " GB and server, listed in the report).")
    private boolean noOnPremCosts;

    @Option(names = "--force", description = "Overwrite MODEL if it exists (kept as .bak).")
    private boolean force;

    @Override
    public Integer call() {
        Importer importer = Importer.of(format);
        refuseExisting();
        if (Files.exists(file) && out.toAbsolutePath().normalize()
                .equals(file.toAbsolutePath().normalize())) {
            throw new InputException(out + ": --out would overwrite the inventory file");
        }
        SizingPolicy sizing = new SizingPolicy(classes == null ? null
            : new LinkedHashSet<>(classes), graviton, headroom);
        ImportOptions options = ImportOptions.defaults().withRegion(region)
            .withApplicationColumn(applicationColumn).withSizing(sizing)
            .withOnPremCosts(noOnPremCosts ? OnPremCostRates.NONE : OnPremCostRates.defaults());
        ImportResult result = importer.importFile(file, options);
        refuseExisting();
        ModelFiles.save(result.project(), out);
        PrintWriter print = spec.commandLine().getOut();
        result.report().lines().forEach(print::println);
        print.println("wrote " + out + ": " + result.project().current().components().size()
            + " current and " + result.project().target().components().size()
            + " target components");
        return 0;
    }

    private void refuseExisting() {
        if (!force && Files.exists(out)) {
            throw new InputException(out + ": already exists (use --force to overwrite it)");
        }
    }
}
