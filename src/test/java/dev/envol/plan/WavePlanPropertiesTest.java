package dev.envol.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.generate.EstateGenerator;
import dev.envol.model.Component;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Strategy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants of a wave plan over hundreds of seeded random estates. The test derives units and
 * dependencies from the model on its own (the rules of PRODUCT.md), not from the planner's
 * internals, and checks what the plan says against them.
 */
class WavePlanPropertiesTest {
    private static final Set<String> CODES = Set.of(Flag.HARD_LINK_SPLIT, Flag.CYCLE,
        Flag.RETAINED_DEPENDENCY, Flag.CAPACITY_EXCEEDED, Flag.UNMAPPED, Flag.HYBRID_LINK);
    /** The generated estates have a CloudFront edge, which goes first (settings.frontFirst). */
    private static final Set<String> ALLOWED = Set.of(Flag.HARD_LINK_SPLIT, Flag.CYCLE,
        Flag.RETAINED_DEPENDENCY, Flag.CAPACITY_EXCEEDED, Flag.UNMAPPED, Flag.HYBRID_LINK,
        Flag.FRONT_FIRST, Flag.CUTOVER_OVERRUN);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    private static Project estate(long seed) {
        RandomEstate generator = new RandomEstate(seed);
        int apps = 3 + (int) (seed * 7 % 60);
        return generator.generate(apps, apps * 3, apps * 4);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantsHold(long seed) {
        checkInvariants(estate(seed));
    }

    /** The synthetic estates of {@code envol generate}: shared services in a cycle with all. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("generatedSeeds")
    void invariantsHoldOnGeneratedEstates(long seed) {
        Project generated = new EstateGenerator(seed).generate(10 + (int) (seed * 13 % 90));
        checkInvariants(generated.withSettings(
            generated.settings().withMaxApplicationsPerWave(1 + (int) (seed % 9))));
    }

    static LongStream generatedSeeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private static void checkInvariants(Project project) {
        WavePlan plan = new DependencyWavePlanner().plan(project);
        Model model = new Model(project);
        Map<String, Integer> wave = wavesOf(plan);

        assertThat(wave.keySet()).as("every unit that moves or retires is in exactly one wave")
            .isEqualTo(model.scheduled());
        assertThat(plan.flags()).extracting(Flag::code).allMatch(ALLOWED::contains);
        movesGroupsPartitionTheWaves(plan, wave);
        capacityHoldsUnlessFlagged(project, plan);
        for (Dependency d : model.dependencies()) {
            dependencyIsRespectedOrFlagged(project, plan, model, wave, d);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thePlanIsDeterministic(long seed) {
        WavePlan first = new DependencyWavePlanner().plan(estate(seed));
        WavePlan second = new DependencyWavePlanner().plan(estate(seed));

        assertThat(second).isEqualTo(first);
    }

    /** The random estates reach every rule, so the invariants above are not checked in vain. */
    @org.junit.jupiter.api.Test
    void theRandomEstatesRaiseEveryFlag() {
        Set<String> codes = new HashSet<>();
        Set<String> severities = new HashSet<>();
        int inverted = 0;
        for (long seed : seeds().toArray()) {
            for (Flag f : new DependencyWavePlanner().plan(estate(seed)).flags()) {
                codes.add(f.code());
                severities.add(f.code() + "/" + f.severity().key());
                inverted += f.message().contains("before its dependency") ? 1 : 0;
            }
        }
        assertThat(codes).isEqualTo(CODES);
        assertThat(severities).contains("wave.capacity-exceeded/error",
            "wave.capacity-exceeded/warning", "wave.hybrid-link/warning");
        assertThat(inverted).isGreaterThan(10);
    }

    private static Map<String, Integer> wavesOf(WavePlan plan) {
        Map<String, Integer> wave = new HashMap<>();
        int previous = 0;
        for (PlannedWave w : plan.waves()) {
            int n = Integer.parseInt(w.id().substring("wave-".length()));
            assertThat(n).as("waves in order").isGreaterThan(previous);
            assertThat(w.applications()).as("no empty wave").isNotEmpty();
            previous = n;
            for (String app : w.applications()) {
                assertThat(wave.put(app, n)).as(app + " in one wave only").isNull();
            }
        }
        return wave;
    }

    private static void movesGroupsPartitionTheWaves(WavePlan plan, Map<String, Integer> wave) {
        Set<String> grouped = new HashSet<>();
        for (MoveGroup g : plan.moveGroups()) {
            for (String app : g.applications()) {
                assertThat(grouped.add(app)).as(app + " in one group only").isTrue();
                assertThat("wave-" + wave.get(app)).as("group in one wave").isEqualTo(g.wave());
            }
        }
        assertThat(grouped).isEqualTo(wave.keySet());
    }

    private static void capacityHoldsUnlessFlagged(Project project, WavePlan plan) {
        var settings = project.settings();
        for (PlannedWave w : plan.waves()) {
            boolean fits = w.applications().size() <= settings.maxApplicationsPerWave()
                && (settings.maxServersPerWave() == null
                    || w.servers() <= settings.maxServersPerWave());
            if (!fits) {
                assertThat(plan.flags(Flag.CAPACITY_EXCEEDED))
                    .anyMatch(f -> f.message().startsWith(w.id() + " "));
            }
        }
    }

    private static void dependencyIsRespectedOrFlagged(Project project, WavePlan plan,
                                                       Model model, Map<String, Integer> wave,
                                                       Dependency d) {
        boolean retainedA = model.retained(d.from);
        boolean retainedB = model.retained(d.to);
        if (retainedA || retainedB) {
            boolean otherMoves = !(retainedA && retainedB)
                && model.moves(retainedA ? d.to : d.from);
            if (otherMoves) {
                assertThat(flagged(plan, Flag.RETAINED_DEPENDENCY, d)).as(d.toString()).isTrue();
            }
            return;
        }
        int a = wave.get(d.from);
        int b = wave.get(d.to);
        if (d.hard && a != b) {
            assertThat(flagged(plan, Flag.HARD_LINK_SPLIT, d)).as(d.toString()).isTrue();
        }
        // a front-first unit moves before the origins it fronts, reported once per front unit
        boolean fronted = plan.flags(Flag.FRONT_FIRST).stream().anyMatch(f ->
            f.applications().get(0).equals(d.from) && f.applications().contains(d.to));
        if (!d.hard && a != b && !model.hard(d.from, d.to)) {
            assertThat(fronted || flagged(plan, Flag.HYBRID_LINK, d)).as(d.toString()).isTrue();
        }
        if (fronted) {
            assertThat(a).as(d + ": the front goes first").isLessThan(b);
        } else if (b > a) {
            boolean pinned = pinnedGroup(project, plan, d.from);
            boolean cycle = plan.flags(Flag.CYCLE).stream()
                .anyMatch(f -> f.applications().containsAll(List.of(d.from, d.to)));
            assertThat(pinned || cycle)
                .as(d + ": a dependency after its dependant only through a pin or a cycle").isTrue();
            assertThat(plan.flags()).as(d + " flagged")
                .anyMatch(f -> f.applications().equals(List.of(d.from, d.to))
                    && f.message().contains("before its dependency"));
        }
    }

    private static boolean flagged(WavePlan plan, String code, Dependency d) {
        return plan.flags(code).stream()
            .anyMatch(f -> f.applications().equals(List.of(d.from, d.to)));
    }

    /** The unit, or another unit of its move group, is pinned in the model. */
    private static boolean pinnedGroup(Project project, WavePlan plan, String unit) {
        MoveGroup group = plan.moveGroups().stream()
            .filter(g -> g.applications().contains(unit)).findFirst().orElseThrow();
        return group.applications().stream()
            .anyMatch(u -> project.application(u).map(a -> a.wave() != null).orElse(false));
    }

    /** A dependency between two units, as the test reads the model. */
    private record Dependency(String from, String to, boolean hard) {
    }

    /** Units and dependencies read from the model by the rules of PRODUCT.md. */
    private static final class Model {
        private final Project project;
        private final Map<String, String> unitOfCurrent = new HashMap<>();
        private final Map<String, String> unitOfTarget = new HashMap<>();
        private final Map<List<String>, Boolean> hardPairs = new HashMap<>();

        Model(Project project) {
            this.project = project;
            for (Component c : project.current().components()) {
                if (c.application() != null) {
                    unitOfCurrent.put(c.id(), c.application());
                } else if (!c.type().startsWith("external.")) {
                    unitOfCurrent.put(c.id(), c.id());
                }
            }
            for (Component c : project.target().components()) {
                String unit = c.application() != null ? c.application()
                    : unitOfCurrent.containsValue(c.id()) ? c.id() : null;
                if (unit != null) {
                    unitOfTarget.put(c.id(), unit);
                }
            }
        }

        Set<String> scheduled() {
            Set<String> units = new HashSet<>(unitOfCurrent.values());
            project.applications().forEach(a -> units.add(a.id()));
            units.removeIf(this::retained);
            return units;
        }

        boolean retained(String unit) {
            return project.application(unit).map(a -> a.strategy() == Strategy.RETAIN)
                .orElse(false);
        }

        boolean moves(String unit) {
            return project.application(unit).map(a -> a.strategy().moves()).orElse(true);
        }

        boolean hard(String a, String b) {
            return hardPairs.getOrDefault(List.of(a, b), false);
        }

        /** One per ordered pair of units; hard when any of its links is. */
        List<Dependency> dependencies() {
            Map<List<String>, Boolean> pairs = new java.util.LinkedHashMap<>();
            collect(project.current().links(), unitOfCurrent, pairs);
            collect(project.target().links(), unitOfTarget, pairs);
            hardPairs.putAll(pairs);
            Set<Dependency> result = new LinkedHashSet<>();
            pairs.forEach((pair, hard) -> result.add(new Dependency(pair.get(0), pair.get(1), hard)));
            return List.copyOf(result);
        }

        private static void collect(List<Link> links, Map<String, String> unitOf,
                                    Map<List<String>, Boolean> pairs) {
            for (Link l : links) {
                String a = unitOf.get(l.from());
                String b = unitOf.get(l.to());
                if (a != null && b != null && !a.equals(b)) {
                    pairs.merge(List.of(a, b), l.isHard(), Boolean::logicalOr);
                }
            }
        }
    }
}
