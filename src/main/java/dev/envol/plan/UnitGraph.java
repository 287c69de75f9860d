package dev.envol.plan;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.ArchitectureKind;
import dev.envol.model.Component;
import dev.envol.model.Criticality;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Strategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migration units of a project and the dependencies between them: an edge from A to B means A
 * depends on B (a link from a component of A to a component of B), so B moves no later than A.
 * Links inside one unit are not dependencies. Both architectures count: a target link to a
 * component that is still on-premise (drawn in the target too) is a dependency as well.
 */
final class UnitGraph {
    private static final String SERVER_TYPE = "onprem.server";

    private final Map<String, MigrationUnit> units = new LinkedHashMap<>();
    private final Map<String, List<String>> currentComponents = new HashMap<>();
    private final Map<String, Integer> targetComponents = new HashMap<>();
    private final Map<String, String> unitOfCurrent = new HashMap<>();
    private final Map<String, String> unitOfTarget = new HashMap<>();
    // plain maps rather than a JGraphT graph: the unit graph is only built and walked, and a
    // graph's edge lookup by (source, target) pair was most of the planning time at 15,000 links
    private final Map<String, Map<String, Dependency>> dependencyFrom = new HashMap<>();
    private final List<Dependency> dependencies = new ArrayList<>();

    private UnitGraph() {
    }

    static UnitGraph of(Project project) {
        UnitGraph g = new UnitGraph();
        java.util.Set<String> front = FrontFirst.applications(project);
        for (Application a : project.applications()) {
            Integer pin = WavePins.waveNumber(a, project.waves());
            boolean first = pin == null && front.contains(a.id());
            g.addUnit(new MigrationUnit(a.id(), a.domain(), a.strategy(), a.criticality(),
                first ? Integer.valueOf(1) : pin, 0, first));
        }
        g.readCurrent(project.current());
        g.readTarget(project.target());
        g.addLinks(project.current(), ArchitectureKind.CURRENT, g.unitOfCurrent);
        g.addLinks(project.target(), ArchitectureKind.TARGET, g.unitOfTarget);
        return g;
    }

    private void addUnit(MigrationUnit unit) {
        units.put(unit.id(), unit);
    }

    /** A unit the model names only through a component's {@code application}. */
    private void ensureUnit(String id) {
        if (!units.containsKey(id)) {
            addUnit(new MigrationUnit(id, null, Strategy.REHOST, Criticality.MEDIUM, null, 0));
        }
    }

    private void readCurrent(Architecture current) {
        Map<String, BigDecimal> servers = new HashMap<>();
        for (Component c : current.components()) {
            String unit = c.application();
            if (unit == null) {
                if (c.type().startsWith("external.")) {
                    continue; // users and third parties never move
                }
                unit = c.id();
            }
            ensureUnit(unit);
            unitOfCurrent.put(c.id(), unit);
            if (!c.type().startsWith("external.")) {
                currentComponents.computeIfAbsent(unit, k -> new ArrayList<>()).add(c.id());
            }
            if (SERVER_TYPE.equals(c.type())) {
                servers.merge(unit, c.props().count(), BigDecimal::add);
            }
        }
        servers.forEach((id, count) -> {
            MigrationUnit u = units.get(id);
            int n = count.setScale(0, RoundingMode.CEILING).intValueExact();
            units.put(id, new MigrationUnit(u.id(), u.domain(), u.strategy(), u.criticality(),
                u.pinnedWave(), n, u.front()));
        });
    }

    private void readTarget(Architecture target) {
        for (Component c : target.components()) {
            String unit = c.application();
            if (unit == null) {
                // a box that belongs to no application is the same unit only if it kept its id
                unit = units.containsKey(c.id()) ? c.id() : null;
            } else {
                ensureUnit(unit);
            }
            if (unit != null) {
                unitOfTarget.put(c.id(), unit);
                targetComponents.merge(unit, 1, Integer::sum);
            }
        }
    }

    private void addLinks(Architecture architecture, ArchitectureKind kind,
                          Map<String, String> unitOf) {
        for (Link link : architecture.links()) {
            String from = unitOf.get(link.from());
            String to = unitOf.get(link.to());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            Map<String, Dependency> out = dependencyFrom.computeIfAbsent(from, k -> new HashMap<>());
            Dependency d = out.get(to);
            if (d == null) {
                d = new Dependency(from, to);
                out.put(to, d);
                dependencies.add(d);
            }
            d.add(link.from(), link.to(), link.isHard(), kind);
        }
    }

    /** One per ordered pair of units linked at least once, in link order (current first). */
    List<Dependency> dependencies() {
        return dependencies;
    }

    MigrationUnit unit(String id) {
        return units.get(id);
    }

    /** Every unit, applications first in model order, then unassigned components. */
    List<MigrationUnit> units() {
        return List.copyOf(units.values());
    }

    /** The unit's current components, except external ones (users, third parties). */
    List<String> currentComponents(String unit) {
        return currentComponents.getOrDefault(unit, Collections.emptyList());
    }

    int targetComponentCount(String unit) {
        return targetComponents.getOrDefault(unit, 0);
    }
}
