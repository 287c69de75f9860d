package dev.envol.cli;

import dev.envol.generate.EstateGenerator;
import dev.envol.io.ModelFiles;
import dev.envol.model.Project;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate --applications N --out FILE [--seed S]}: a synthetic estate for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a synthetic estate (current and target architectures) for benchmarks.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--applications", required = true, paramLabel = "N",
        description = "Number of applications (1 to 100000).")
    private int applications;

    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "The model file to write (*.envol.json).")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
        description = "Random seed: the same seed gives the same file (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (applications < 1 || applications > 100_000) {
            throw new ParameterException(spec.commandLine(),
                "--applications must be between 1 and 100000, not " + applications);
        }
        Project project = new EstateGenerator(seed).generate(applications);
        ModelFiles.save(project, out);
        long components = project.allComponents().count();
        long links = project.current().links().size() + project.target().links().size();
        spec.commandLine().getOut().println("wrote " + out + ": " + project.applications().size()
            + " applications, " + components + " components, " + links + " links");
        return 0;
    }
}
