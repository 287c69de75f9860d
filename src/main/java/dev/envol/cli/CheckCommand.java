package dev.envol.cli;

import dev.envol.check.CheckReport;
import dev.envol.check.Checker;
import dev.envol.io.LoadResult;
import dev.envol.io.ModelFiles;
import dev.envol.io.ModelLines;
import dev.envol.io.Problem;
import dev.envol.model.InputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check MODEL [--format table|json|codequality]}: the rule findings of a model, with its
 * validation warnings ({@code codequality}: GitLab's Code Quality report, see {@link CodeQualityJson}). Exit 1 when an unsuppressed error exists (a CI pipeline gates on it), 0 otherwise,
 * 2 when the model cannot be read: the first validation error as one line on stderr.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Check a model against security, resilience and cost rules.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no unsuppressed error", "1:an unsuppressed error finding",
        "2:the model or the command line is wrong"})
public final class CheckCommand implements Callable<Integer> {
    /** Exit code when an unsuppressed error finding exists. */
    public static final int EXIT_FINDINGS = 1;

    enum Format { table, json, codequality }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "the *.envol.json model file")
    private Path model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "table (default), json, or codequality (GitLab's Code Quality report, "
            + "for a CI artifact: findings show in merge requests)")
    private Format format;

    @Override
    public Integer call() {
        LoadResult loaded = ModelFiles.read(model);
        if (loaded.hasErrors()) {
            Problem first = loaded.errors().get(0);
            throw new InputException(first.format());
        }
        CheckReport report;
        try {
            report = Checker.standard().check(loaded.project(), loaded.warnings());
        } catch (InputException e) {
            throw new InputException(model + ": " + e.getMessage(), e);
        }
        String text = switch (format) {
            case json -> FindingsJson.render(report);
            case codequality -> CodeQualityJson.render(report, ModelLines.of(model),
                reportPath(model));
            default -> FindingsTable.render(report);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return report.hasBlockingErrors() ? EXIT_FINDINGS : 0;
    }

    /**
     * The model's path as GitLab wants it: relative to the project's root, which is where a CI job
     * runs, with '/' separators; a path outside the working folder is kept as given.
     */
    static String reportPath(Path model) {
        Path absolute = model.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : model.normalize();
        return shown.toString().replace('\\', '/');
    }
}
