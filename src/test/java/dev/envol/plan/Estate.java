package dev.envol.plan;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Wave;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small models for planner tests. Each application gets one current server
 * ({@code ID-srv}) and, unless it is retired or retained, one target instance ({@code ID-ec2});
 * {@code depends(a, b)} links a's server to b's.
 */
public final class Estate {
    private final List<Application> applications = new ArrayList<>();
    private final List<Component> current = new ArrayList<>();
    private final List<Component> target = new ArrayList<>();
    private final List<Link> currentLinks = new ArrayList<>();
    private final List<Link> targetLinks = new ArrayList<>();
    private final List<Wave> savedWaves = new ArrayList<>();
    private int maxApplications = 5;
    private Integer maxServers;
    private int waveLength = 3;
    private YearMonth start = YearMonth.of(2026, 3);

    public Estate app(String id) {
        return app(id, Criticality.MEDIUM, null, Strategy.REHOST, null, 1);
    }

    public Estate app(String id, Criticality criticality) {
        return app(id, criticality, null, Strategy.REHOST, null, 1);
    }

    public Estate app(String id, String domain) {
        return app(id, Criticality.MEDIUM, domain, Strategy.REHOST, null, 1);
    }

    public Estate app(String id, Strategy strategy) {
        return app(id, Criticality.MEDIUM, null, strategy, null, 1);
    }

    public Estate pinned(String id, String wave) {
        return app(id, Criticality.MEDIUM, null, Strategy.REHOST, wave, 1);
    }

    public Estate servers(String id, int servers) {
        return app(id, Criticality.MEDIUM, null, Strategy.REHOST, null, servers);
    }

    public Estate app(String id, Criticality criticality, String domain, Strategy strategy,
                      String wave, int servers) {
        applications.add(new Application(id, id, domain, strategy, criticality, wave, null, null,
            null));
        current.add(Component.of(id + "-srv", id, "onprem.server", id, Props.of("count", servers)));
        if (strategy.moves()) {
            target.add(Component.of(id + "-ec2", id, "aws.ec2", id, Props.empty()));
        }
        return this;
    }

    public Estate component(Component component) {
        current.add(component);
        return this;
    }

    public Estate targetComponent(Component component) {
        target.add(component);
        return this;
    }

    /** {@code dependant} depends on {@code dependency} through a soft link. */
    public Estate depends(String dependant, String dependency) {
        return link(dependant + "-srv", dependency + "-srv", Coupling.SOFT);
    }

    public Estate hard(String dependant, String dependency) {
        return link(dependant + "-srv", dependency + "-srv", Coupling.HARD);
    }

    public Estate link(String from, String to, Coupling coupling) {
        currentLinks.add(Link.of(from, to, coupling));
        return this;
    }

    public Estate targetLink(String from, String to, Coupling coupling) {
        targetLinks.add(Link.of(from, to, coupling));
        return this;
    }

    public Estate savedWave(String id) {
        savedWaves.add(Wave.of(id, id, start, List.of()));
        return this;
    }

    public Estate maxPerWave(int max) {
        this.maxApplications = max;
        return this;
    }

    public Estate maxServers(Integer max) {
        this.maxServers = max;
        return this;
    }

    public Estate waveLength(int months) {
        this.waveLength = months;
        return this;
    }

    public Estate start(YearMonth month) {
        this.start = month;
        return this;
    }

    public Project build() {
        Settings d = Settings.defaults();
        Settings settings = new Settings(d.region(), d.currency(), d.usdToCurrency(),
            d.hoursPerMonth(), start, d.horizonMonths(), d.pricing(), d.dayRate(),
            d.dualRunMonths(), maxApplications, d.discountRate(), d.fteMonthlyCost(), waveLength,
            maxServers, null, null);
        return new Project(Project.FORMAT, "test estate", settings, applications,
            Architecture.of(current, currentLinks), Architecture.of(target, targetLinks),
            waves(), null);
    }

    /**
     * The saved waves, plus {@code wave-N} for every pin like that (as a valid model file has: a
     * pin names a saved wave); other pins are left dangling on purpose.
     */
    private List<Wave> waves() {
        List<Wave> waves = new ArrayList<>(savedWaves);
        applications.stream().map(Application::wave)
            .filter(w -> w != null && w.matches("wave-[0-9]+")).distinct().sorted()
            .filter(w -> waves.stream().noneMatch(s -> s.id().equals(w)))
            .forEach(w -> waves.add(Wave.of(w, w, start, List.of())));
        return waves;
    }

    public WavePlan plan() {
        return new DependencyWavePlanner().plan(build());
    }
}
