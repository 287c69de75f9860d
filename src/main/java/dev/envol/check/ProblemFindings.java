package dev.envol.check;

import dev.envol.io.Problem;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validation problems of a model file ({@code model.unknown-property}, ...) as findings, so
 * {@code check} reports them with the rules' findings. The JSON path tells which architecture and
 * component a problem is about, which makes it suppressible like any other finding.
 */
final class ProblemFindings {
    private static final Pattern PLACE =
        Pattern.compile("^\\$\\.(current|target)\\.(components|links)\\[(\\d+)]");

    private ProblemFindings() {
    }

    static List<Finding> of(List<Problem> problems, Project project) {
        List<Finding> findings = new ArrayList<>();
        for (Problem p : problems) {
            findings.add(of(p, project));
        }
        return findings;
    }

    static Finding of(Problem p, Project project) {
        ArchitectureKind kind = null;
        Component component = null;
        Matcher m = PLACE.matcher(p.path() == null ? "" : p.path());
        if (m.find()) {
            kind = ArchitectureKind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
            component = component(project.architecture(kind), m.group(2),
                Integer.parseInt(m.group(3))).orElse(null);
        }
        String where = p.line() > 0 ? " (line " + p.line() + ":" + p.column() + ")" : "";
        String message = (p.path() == null ? "" : p.path() + ": ") + p.message() + where;
        List<String> apps = component == null || component.application() == null
            ? List.of() : List.of(component.application());
        return new Finding(p.code(), p.severity(), message, kind,
            component == null ? null : component.id(), apps, false, null);
    }

    private static Optional<Component> component(Architecture architecture, String list,
                                                 int index) {
        if (list.equals("components")) {
            return index < architecture.components().size()
                ? Optional.of(architecture.components().get(index)) : Optional.empty();
        }
        return index < architecture.links().size()
            ? architecture.component(architecture.links().get(index).from()) : Optional.empty();
    }
}
