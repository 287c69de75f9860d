package dev.envol.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command: {@code java -jar envol.jar <command>}. Its subcommands are added by
 * {@link #commandLine}, only the one a command line names: picocli builds a command's model by
 * reflection, and building all of them costs a cold start more than most commands do.
 */
@Command(name = "envol", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Cloud migration modeler: prices, business case, waves, checks, exports.")
public final class EnvolCommand implements Runnable {
    /** One line per command; keep them in PRODUCT.md's order. */
    static final List<Class<?>> COMMANDS = List.of(
        EstimateCommand.class,
        PlanCommand.class,
        CheckCommand.class,
        ExportCommand.class,
        ImportCommand.class,
        PricesCommand.class,
        DiffCommand.class,
        GenerateCommand.class,
        SchemaCommand.class);

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
            new picocli.CommandLine(this), "a command is required (see --help)");
    }

    /**
     * The command line for {@code args}: with only the subcommand {@code args} names, or with
     * all of them when it names none (help, usage errors and their suggestions list them all).
     */
    static CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new EnvolCommand());
        String named = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
        Class<?> only = COMMANDS.stream().filter(c -> name(c).equals(named)).findFirst()
            .orElse(null);
        boolean version = named == null && args.length > 0
            && (args[0].equals("--version") || args[0].equals("-V"));
        if (only != null) {
            root.addSubcommand(only);
        } else if (!version) {
            COMMANDS.forEach(root::addSubcommand);
        }
        return root;
    }

    static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
