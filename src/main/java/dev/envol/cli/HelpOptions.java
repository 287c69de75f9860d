package dev.envol.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h, --help} and {@code -V, --version} for a command built in code: the same options,
 * under the same mixin name, as picocli's {@code mixinStandardHelpOptions = true}, whose own
 * mixin is read from annotations (and a cold start pays for reading annotations: see
 * {@link EnvolCommand}).
 */
final class HelpOptions {
    /** picocli's name of the standard help mixin (see CommandSpec.mixinStandardHelpOptions). */
    private static final String MIXIN = "mixinStandardHelpOptions";

    private HelpOptions() {
    }

    /** Adds the standard help options to {@code spec}; call it after naming the command. */
    static CommandSpec addTo(CommandSpec spec) {
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
            .descriptionKey(MIXIN + ".help").description("Show this help message and exit.")
            .build());
        mixin.addOption(OptionSpec.builder("-V", "--version").type(boolean.class)
            .versionHelp(true).descriptionKey(MIXIN + ".version")
            .description("Print version information and exit.").build());
        return spec.addMixin(MIXIN, mixin);
    }
}
