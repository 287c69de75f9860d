package dev.envol.cost;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Criticality;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** Small projects built in code for the cost tests. */
public final class TestProjects {
    private TestProjects() {
    }

    /** EUR at 0.92 per USD, 730 h, eu-west-3, on-demand, 12 months from 2026-01. */
    public static Settings settings() {
        return settings(12, new BigDecimal("0.08"));
    }

    public static Settings settings(int horizonMonths, BigDecimal discountRate) {
        return new Settings("eu-west-3", "EUR", new BigDecimal("0.92"), BigDecimal.valueOf(730),
            YearMonth.of(2026, 1), horizonMonths, PurchaseOption.ON_DEMAND,
            BigDecimal.valueOf(650), 2, 5, discountRate, BigDecimal.valueOf(8000), 1, null, null,
            null);
    }

    public static Component component(String id, String type, String application, Object... props) {
        return Component.of(id, id, type, application, Props.of(props));
    }

    public static Project project(List<Component> current, List<Component> target) {
        return new Project(Project.FORMAT, "test", settings(), List.of(),
            Architecture.of(current, List.of()), Architecture.of(target, List.of()), null, null);
    }

    public static Project project(Settings settings, List<Application> apps, List<Component> current,
                           List<Component> target, List<Wave> waves) {
        return new Project(Project.FORMAT, "test", settings, apps,
            Architecture.of(current, List.of()), Architecture.of(target, List.of()), waves, null);
    }

    public static Application app(String id, String domain, Strategy strategy) {
        return Application.of(id, id, domain, strategy, Criticality.MEDIUM);
    }
}
