package dev.envol.ui;

import dev.envol.io.LoadResult;
import dev.envol.io.Problem;
import dev.envol.model.Project;
import dev.envol.model.Severity;
import dev.envol.ui.files.ModelStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An in-memory model store: what was saved can be read back; "broken" files have an error. */
final class FakeStore implements ModelStore {
    final Map<Path, Project> files = new HashMap<>();

    @Override
    public LoadResult read(Path file) {
        if (file.toString().contains("broken")) {
            return new LoadResult(null, List.of(new Problem(Severity.ERROR, "model.unknown-type",
                file.toString(), "$.target.components[0].type", 12, 17, "unknown component type aws.nope")));
        }
        return new LoadResult(files.get(file), List.of());
    }

    @Override
    public void save(Project project, Path file) {
        files.put(file, project);
    }
}
