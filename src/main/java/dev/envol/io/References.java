package dev.envol.io;

import dev.envol.model.ArchitectureKind;
import dev.envol.model.Excerpt;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids a model declares and the references between them. Ids are checked for duplicates as
 * they are declared; references are checked at the end, when every id is known, so that the file
 * may declare things in any order.
 */
final class References {
    private enum To { APPLICATION, WAVE, LINK_END }

    /** Where the reference is: a member of an object, or (for lists of ids) a given path. */
    private record Reference(To to, String id, ArchitectureKind kind, Fields in, String key,
                             String fixedPath, Json fixedAt) {
        String path() {
            return in == null ? fixedPath : in.path(key);
        }

        Json at() {
            return in == null ? fixedAt : in.present(key);
        }
    }

    private final Problems problems;
    private final IdIndex components = new IdIndex();
    private final IdIndex applications = new IdIndex();
    private final IdIndex waves = new IdIndex();
    private final List<Reference> references = new ArrayList<>();

    References(Problems problems) {
        this.problems = problems;
    }

    void component(String id, ArchitectureKind kind, Fields in, String key) {
        declare(components, id, kind, in, key, "component");
    }

    void declareApplication(String id, Fields in, String key) {
        declare(applications, id, null, in, key, "application");
    }

    void declareWave(String id, Fields in, String key) {
        declare(waves, id, null, in, key, "wave");
    }

    private void declare(IdIndex ids, String id, ArchitectureKind kind, Fields in,
                         String key, String what) {
        Json at = in.present(key);
        int first = ids.declare(id, code(kind), at.line());
        if (first >= 0) {
            String path = in.path(key);
            ArchitectureKind firstKind = kind(ids.kindAt(first));
            String where = firstKind == null ? "" : " in " + firstKind.key();
            problems.error("model.duplicate-id", path, at, "the " + what + " id " + Excerpt.quoted(id)
                + " is already used by another " + what + where + " (line "
                + ids.lineAt(first) + ")");
        }
    }

    private static int code(ArchitectureKind kind) {
        return kind == null ? IdIndex.NO_KIND : kind.ordinal() + 1;
    }

    private static ArchitectureKind kind(int code) {
        return code <= IdIndex.NO_KIND ? null : ArchitectureKind.values()[code - 1];
    }

    /** Applications are read first, so most references are settled at once. */
    void application(String id, Fields in, String key) {
        if (!applications.contains(id)) {
            references.add(new Reference(To.APPLICATION, id, null, in, key, null, null));
        }
    }

    void application(String id, String path, Json at) {
        references.add(new Reference(To.APPLICATION, id, null, null, null, path, at));
    }

    void wave(String id, Fields in, String key) {
        references.add(new Reference(To.WAVE, id, null, in, key, null, null));
    }

    /** Most links point into their own, already read architecture: settled at once. */
    void linkEnd(String id, ArchitectureKind kind, Fields in, String key) {
        if (components.kind(id) != code(kind)) {
            references.add(new Reference(To.LINK_END, id, kind, in, key, null, null));
        }
    }

    /** Reports every reference to an id that is not declared where it should be. */
    void check() {
        for (Reference r : references) {
            switch (r.to) {
                case APPLICATION -> {
                    if (!applications.contains(r.id)) {
                        problems.error("model.unknown-application", r.path(), r.at(),
                            "no application has the id " + Excerpt.quoted(r.id));
                    }
                }
                case WAVE -> {
                    if (!waves.contains(r.id)) {
                        problems.error("model.unknown-wave", r.path(), r.at(),
                            "no wave has the id " + Excerpt.quoted(r.id));
                    }
                }
                case LINK_END -> linkEnd(r);
                default -> throw new IllegalStateException(r.to.name());
            }
        }
    }

    private void linkEnd(Reference r) {
        int end = components.kind(r.id);
        if (end == IdIndex.ABSENT) {
            problems.error("model.unknown-link-end", r.path(), r.at(),
                "the link points to " + Excerpt.quoted(r.id) + ", which no component has as id");
        } else if (end != code(r.kind)) {
            problems.warning("model.dangling-link", r.path(), r.at(),
                "the link points to " + Excerpt.quoted(r.id) + ", a component of the " + kind(end).key()
                    + " architecture, not the " + r.kind.key() + " one");
        }
    }
}
