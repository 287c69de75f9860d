package dev.envol.cli;

import dev.envol.exports.ExportJob;
import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import dev.envol.pricing.PriceCatalogs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export MODEL --out DIR [--formats xlsx,png,svg,drawio,mermaid,md,cutover]}: every export of a
 * model into a folder, headless. The work is {@link ExportJob}'s (the desktop app runs the same);
 * this class parses options and prints the files written. A bad model or format: one line on
 * stderr, exit 2, nothing written.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Write the Excel budget, the diagrams (PNG, SVG, draw.io, Mermaid) and the "
        + "wiki page of a model into a folder.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the files are written", "2:the model or the command line is wrong"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "the *.envol.json model file")
    private Path model;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "exports",
        description = "output folder, created if needed (default: exports)")
    private Path out;

    @Option(names = "--formats", paramLabel = "LIST", defaultValue = "",
        description = "comma-separated: xlsx,png,svg,drawio,mermaid,md,cutover (default: all)")
    private String formats;

    @Override
    public Integer call() throws IOException {
        Set<String> chosen = ExportJob.formats(formats);
        Project project = ModelFiles.load(model);
        List<Path> written = new ExportJob(project, PriceCatalogs.standard(), LocalDate.now())
            .run(out, chosen, ExportJob.Progress.NONE, () -> false);
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path file : written) {
            stdout.println(file);
        }
        stdout.flush();
        return 0;
    }
}
