package dev.envol.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root command: {@code java -jar envol.jar <command>}. Its subcommands are added by
 * {@link #commandLine}, only the one a command line names: picocli builds a command's model by
 * reflection, and building all of them costs a cold start more than most commands do. The root
 * and {@code estimate} (the command a cold start is measured on) are built in code instead of
 * from annotations: reading annotations makes the JVM generate a proxy class per annotation type
 * ({@code @Command}, {@code @Option}, ... and their meta-annotations), which no CDS archive of
 * JDK 17 keeps.
 */
public final class EnvolCommand implements Runnable {
    /** One line per command, named {@code <Name>Command}; keep them in PRODUCT.md's order. */
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

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private EnvolCommand() {
        spec.name("envol").versionProvider(new VersionProvider());
        spec.usageMessage().description(
            "Cloud migration modeler: prices, business case, waves, checks, exports.");
        HelpOptions.addTo(spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "a command is required (see --help)");
    }

    /**
     * The command line for {@code args}: with only the subcommand {@code args} names, or with
     * all of them when it names none (help, usage errors and their suggestions list them all).
     */
    static CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new EnvolCommand().spec);
        String named = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
        Class<?> only = COMMANDS.stream().filter(c -> name(c).equals(named)).findFirst()
            .orElse(null);
        boolean version = named == null && args.length > 0
            && (args[0].equals("--version") || args[0].equals("-V"));
        if (only != null) {
            root.addSubcommand(command(only));
        } else if (!version) {
            COMMANDS.forEach(c -> root.addSubcommand(command(c)));
        }
        return root;
    }

    /** {@code estimate} for {@code EstimateCommand}: the class name without its suffix. */
    static String name(Class<?> command) {
        String simple = command.getSimpleName();
        return simple.substring(0, simple.length() - "Command".length()).toLowerCase(Locale.ROOT);
    }

    /** What {@link CommandLine#addSubcommand(Object)} takes: a command line, or a class to read. */
    private static Object command(Class<?> command) {
        return command == EstimateCommand.class ? EstimateCommand.commandLine() : command;
    }
}
