package dev.envol.edit;

import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small helpers the commands share to rewrite one architecture or one component. */
final class Edits {
    private Edits() {
    }

    static Project mapArchitecture(Project p, ArchitectureKind kind, UnaryOperator<Architecture> f) {
        return p.withArchitecture(kind, f.apply(p.architecture(kind)));
    }

    static Project mapComponent(Project p, ArchitectureKind kind, String id,
                                UnaryOperator<Component> f) {
        Architecture a = p.architecture(kind);
        Component c = a.component(id).orElseThrow(() ->
            new IllegalStateException("no component " + id + " in " + kind.key()));
        return p.withArchitecture(kind, a.replace(f.apply(c)));
    }

    static <T> List<T> insertAt(List<T> list, List<Integer> indices, List<T> items) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < items.size(); i++) {
            out.add(Math.min(indices.get(i), out.size()), items.get(i));
        }
        return out;
    }

    static String plural(int n, String one) {
        return n == 1 ? "1 " + one : n + " " + one + "s";
    }
}
