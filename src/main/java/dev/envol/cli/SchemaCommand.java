package dev.envol.cli;

import dev.envol.catalog.ComponentCatalog;
import dev.envol.check.CheckSettings;
import dev.envol.io.ModelSchema;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code envol schema}: the JSON Schema (draft 2020-12) of {@code envol/1}, generated from the
 * catalog and the model's records, for editors: save it next to the models and name it in
 * {@code "$schema"} (kept on save), or map it to {@code *.envol.json} in the editor's settings.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the JSON Schema (draft 2020-12) of the model format envol/1, for "
        + "editors (completion and checking as you type), e.g. envol schema > envol.schema.json")
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        byte[] schema = ModelSchema.toBytes(ComponentCatalog.standard(),
            Map.of(CheckSettings.KEY, CheckSettings.class));
        spec.commandLine().getOut().print(new String(schema, StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
