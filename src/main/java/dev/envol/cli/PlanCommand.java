package dev.envol.cli;

import dev.envol.io.ModelFiles;
import dev.envol.model.InputException;
import dev.envol.model.Project;
import dev.envol.plan.DependencyWavePlanner;
import dev.envol.plan.WavePlan;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan MODEL [--format table|json] [--max-per-wave N] [--write]}: the wave plan and its
 * flags. Exit 1 when a flag is an error (the plan breaks something), 2 on bad input.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Wave plan from the dependencies: waves, move groups and flags. "
        + "Exit 1 when a flag is an error.")
public final class PlanCommand implements Callable<Integer> {
    /** Exit code when the plan has an error flag. */
    static final int EXIT_ERROR_FLAGS = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (*.envol.json).")
    private Path model;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
        description = "table (default) or json")
    private String format;

    @Option(names = "--max-per-wave", paramLabel = "N",
        description = "Maximum applications per wave (default: the model's "
            + "settings.maxApplicationsPerWave).")
    private Integer maxPerWave;

    @Option(names = "--write", description = "Save the plan into the model's waves (atomic save; "
        + "the previous file is kept as .bak).")
    private boolean write;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            throw new InputException("--format: unknown format '" + format + "' (table or json)");
        }
        if (maxPerWave != null && maxPerWave < 1) {
            throw new InputException("--max-per-wave must be at least 1, not " + maxPerWave);
        }
        Project project = ModelFiles.load(model);
        Project planned = maxPerWave == null ? project : project.withSettings(
            project.settings().withMaxApplicationsPerWave(maxPerWave));
        WavePlan plan;
        try {
            plan = new DependencyWavePlanner().plan(planned);
        } catch (InputException e) {
            throw new InputException(model + ": " + e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.print(PlanJson.of(plan));
        } else {
            out.print(PlanTable.of(planned, plan));
        }
        if (write) {
            // the saved model keeps its own settings: --max-per-wave only shapes this plan
            ModelFiles.save(plan.writeInto(project), model);
            if (format.equals("table")) {
                out.println("wrote " + plan.waves().size() + " waves to " + model);
            }
        }
        out.flush();
        return plan.hasErrors() ? EXIT_ERROR_FLAGS : 0;
    }
}
