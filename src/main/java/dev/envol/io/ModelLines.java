package dev.envol.io;

import dev.envol.model.ArchitectureKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the things of a model are in its file, by the locating reader that validation uses: the
 * line of each component and application (the line of its {@code "id"}, the line a reader of a
 * diff recognises it by) and of each architecture. For reports that point into the file (GitLab's
 * Code Quality). Unreadable content gives no lines, never an exception: the caller has validated
 * the model already.
 */
public final class ModelLines {
    private final Map<String, Integer> components = new HashMap<>();
    private final Map<String, Integer> applications = new HashMap<>();
    private final Map<ArchitectureKind, Integer> architectures = new HashMap<>();

    private ModelLines() {
    }

    public static ModelLines of(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            return new ModelLines();
        }
    }

    public static ModelLines of(byte[] content) {
        ModelLines lines = new ModelLines();
        Json root = new JsonTreeReader(new Problems("")).read(content);
        if (root instanceof Json.Obj model) {
            lines.index(model);
        }
        return lines;
    }

    private void index(Json.Obj model) {
        if (model.get("applications") instanceof Json.Arr list) {
            for (Json item : list.items()) {
                ids(item, applications, "");
            }
        }
        for (ArchitectureKind kind : ArchitectureKind.values()) {
            if (model.get(kind.key()) instanceof Json.Obj architecture) {
                architectures.put(kind, architecture.line());
                if (architecture.get("components") instanceof Json.Arr list) {
                    for (Json item : list.items()) {
                        ids(item, components, kind.key() + "/");
                    }
                }
            }
        }
    }

    private static void ids(Json item, Map<String, Integer> into, String prefix) {
        if (item instanceof Json.Obj object && object.get("id") instanceof Json.Scalar id
            && id.value() instanceof String text) {
            into.putIfAbsent(prefix + text, id.line());
        }
    }

    /** The line of the component's id in that architecture, or 0 when the file has none. */
    public int component(ArchitectureKind kind, String id) {
        return components.getOrDefault(kind.key() + "/" + id, 0);
    }

    /** The line of the application's id, or 0. */
    public int application(String id) {
        return applications.getOrDefault(id, 0);
    }

    /** The line where the architecture's object starts, or 0. */
    public int architecture(ArchitectureKind kind) {
        return architectures.getOrDefault(kind, 0);
    }
}
