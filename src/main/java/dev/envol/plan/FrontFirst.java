package dev.envol.plan;

import dev.envol.model.Application;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Project;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code settings.frontFirst}: the reference migration put CloudFront and Route 53 in front of
 * the on-premise origins first, then moved the applications behind them one by one. The edge
 * depends on every application, so a bottom-up plan would move it last; with the setting on, the
 * applications holding an internet-facing {@code aws.cloudfront} or {@code aws.route53} go in wave
 * 1 whatever depends on them (a pin of the user's still wins).
 */
final class FrontFirst {
    private static final Set<String> EDGE_TYPES = Set.of("aws.cloudfront", "aws.route53");

    private FrontFirst() {
    }

    /** The front applications, in model order; none when the setting is off. */
    static Set<String> applications(Project project) {
        Set<String> front = new LinkedHashSet<>();
        if (!project.settings().frontFirst()) {
            return front;
        }
        Set<String> reachedByUsers = reachedByUsers(project);
        Set<String> holders = new HashSet<>();
        for (Component c : project.target().components()) {
            if (c.application() != null && EDGE_TYPES.contains(c.type())
                && (c.publicEndpoint() || reachedByUsers.contains(c.id()))) {
                holders.add(c.application());
            }
        }
        for (Application a : project.applications()) {
            if (holders.contains(a.id()) && a.strategy().moves()) {
                front.add(a.id());
            }
        }
        return front;
    }

    /** Target components an {@code external.users} component links to: internet-facing. */
    private static Set<String> reachedByUsers(Project project) {
        Set<String> users = new HashSet<>();
        project.target().components().stream().filter(c -> c.type().equals("external.users"))
            .forEach(c -> users.add(c.id()));
        Set<String> reached = new HashSet<>();
        for (Link l : project.target().links()) {
            if (users.contains(l.from())) {
                reached.add(l.to());
            }
        }
        return reached;
    }
}
