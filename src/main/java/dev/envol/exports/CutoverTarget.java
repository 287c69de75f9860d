package dev.envol.exports;

import dev.envol.model.Component;
import dev.envol.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an application's weighted records live and point: from its {@code aws.route53}
 * component's {@code hostedZoneId}, {@code recordName}, {@code onpremTarget} and
 * {@code awsTarget}. The hosted zone of an application without one of its own is the model's only
 * zone, when the model names exactly one (the company's domain, held by the front). Anything
 * unknown is a {@code REPLACE-WITH-...} placeholder, which the runbook lists before the commands.
 *
 * @param zoneSource where a borrowed hosted zone came from, for a person ("'route53' of
 *                   shared-edge"); {@code null} when the zone is the application's own or unknown
 */
record CutoverTarget(String hostedZoneId, String recordName, String onpremTarget,
                     String awsTarget, String zoneSource, List<String> placeholders) {
    static final String ZONE = "REPLACE-WITH-HOSTED-ZONE-ID";
    static final String NAME = "REPLACE-WITH-RECORD-NAME";
    static final String ONPREM = "REPLACE-WITH-ONPREM-TARGET";
    static final String AWS = "REPLACE-WITH-AWS-TARGET";

    static CutoverTarget of(Project project, String application) {
        Optional<Component> own = project.target().components().stream()
            .filter(c -> c.type().equals("aws.route53") && application.equals(c.application()))
            .findFirst();
        String zone = own.map(c -> text(c, "hostedZoneId")).orElse(null);
        String source = null;
        if (zone == null) {
            List<Component> zones = project.target().components().stream()
                .filter(c -> c.type().equals("aws.route53") && text(c, "hostedZoneId") != null)
                .toList();
            if (zones.stream().map(c -> text(c, "hostedZoneId")).distinct().count() == 1) {
                zone = text(zones.get(0), "hostedZoneId");
                source = "'" + zones.get(0).id() + "'"
                    + (zones.get(0).application() == null ? "" : " of " + zones.get(0).application());
            }
        }
        List<String> placeholders = new ArrayList<>();
        zone = or(zone, ZONE, placeholders);
        String name = or(own.map(c -> text(c, "recordName")).orElse(null), NAME, placeholders);
        String onprem = or(own.map(c -> text(c, "onpremTarget")).orElse(null), ONPREM,
            placeholders);
        String aws = or(own.map(c -> text(c, "awsTarget")).orElse(null), AWS, placeholders);
        return new CutoverTarget(zone, name, onprem, aws, source, placeholders);
    }

    private static String text(Component c, String prop) {
        Object v = c.props().get(prop);
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static String or(String value, String placeholder, List<String> placeholders) {
        if (value != null) {
            return value;
        }
        placeholders.add(placeholder);
        return placeholder;
    }
}
