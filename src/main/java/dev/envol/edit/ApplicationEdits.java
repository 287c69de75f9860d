package dev.envol.edit;

import dev.envol.model.Application;
import dev.envol.model.Project;
import java.util.function.UnaryOperator;

/** What the commands that change one application's field share: finding it, replacing it. */
final class ApplicationEdits {
    private ApplicationEdits() {
    }

    static Application require(Project p, String applicationId) {
        return p.application(applicationId).orElseThrow(() ->
            new IllegalArgumentException("no application " + applicationId));
    }

    /** {@code p} with the application {@code applicationId} replaced by {@code change} of it. */
    static Project change(Project p, String applicationId, UnaryOperator<Application> change) {
        return p.withApplications(p.applications().stream()
            .map(a -> a.id().equals(applicationId) ? change.apply(a) : a).toList());
    }
}
