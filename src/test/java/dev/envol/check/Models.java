package dev.envol.check;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Suppression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small target architectures in code for the rule tests. */
final class Models {
    private final List<Application> applications = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private Settings settings = Settings.defaults();

    static Models target() {
        return new Models();
    }

    Models app(String id, Criticality criticality) {
        applications.add(Application.of(id, id, "test", Strategy.REPLATFORM, criticality));
        return this;
    }

    Models add(String id, String type, Object... props) {
        return addTo(null, id, type, props);
    }

    Models addTo(String application, String id, String type, Object... props) {
        components.add(Component.of(id, id, type, application, Props.of(props)));
        return this;
    }

    Models publicEndpoint(String id) {
        return change(id, c -> c.withPublicEndpoint(true));
    }

    Models suppress(String id, String code, String reason) {
        return change(id, c -> c.withSuppress(List.of(new Suppression(code, reason))));
    }

    Models link(String from, String to) {
        links.add(Link.of(from, to, Coupling.SOFT));
        return this;
    }

    /** {@code settings.checks} as the io layer keeps an unknown setting: a plain map. */
    Models checks(Object... namesAndValues) {
        Map<String, Object> checks = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            checks.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        settings = withExtra(Map.of("checks", checks));
        return this;
    }

    Models settings(Settings newSettings) {
        settings = newSettings;
        return this;
    }

    Settings withExtra(Map<String, Object> extra) {
        Settings s = settings;
        return new Settings(s.region(), s.currency(), s.usdToCurrency(), s.hoursPerMonth(),
            s.startMonth(), s.horizonMonths(), s.pricing(), s.dayRate(), s.dualRunMonths(),
            s.maxApplicationsPerWave(), s.discountRate(), s.fteMonthlyCost(),
            s.waveLengthMonths(), s.maxServersPerWave(), s.effortDays(), extra);
    }

    private Models change(String id, java.util.function.UnaryOperator<Component> change) {
        components.replaceAll(c -> c.id().equals(id) ? change.apply(c) : c);
        return this;
    }

    Project build() {
        return Project.empty("test").withSettings(settings).withApplications(applications)
            .withArchitecture(ArchitectureKind.TARGET, Architecture.of(components, links));
    }
}
