package dev.envol.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Coupling;
import dev.envol.model.Criticality;
import dev.envol.model.Cutover;
import dev.envol.model.CutoverMethod;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Props;
import dev.envol.model.Severity;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Front first and the cut-over schedule: an edge (CloudFront in front of two applications), a
 * web application and its database, a retained vault and a retired portal, in waves of 3 months
 * from 2027-01 with at most 2 applications a wave.
 */
class CutoverPlanTest {
    private static Project estate(boolean frontFirst, Cutover webCutover) {
        List<Application> apps = List.of(
            Application.of("edge", "Edge", "platform", Strategy.REPLATFORM, Criticality.HIGH),
            new Application("web", "Web", "shop", Strategy.REHOST, Criticality.MEDIUM, null, null,
                null, null, webCutover),
            Application.of("db", "Database", "shop", Strategy.REHOST, Criticality.MEDIUM),
            Application.of("vault", "Vault", "compliance", Strategy.RETAIN, Criticality.HIGH),
            Application.of("portal", "Portal", "marketing", Strategy.RETIRE, Criticality.LOW));
        List<Component> current = List.of(
            Component.of("f5", "F5", "onprem.load-balancer", "edge", Props.empty()),
            Component.of("web-vm", "Web VM", "onprem.server", "web", Props.empty()),
            Component.of("db-vm", "DB VM", "onprem.server", "db", Props.empty()),
            Component.of("vault-vm", "Vault VM", "onprem.server", "vault", Props.empty()),
            Component.of("portal-vm", "Portal VM", "onprem.server", "portal", Props.empty()));
        List<Link> currentLinks = List.of(Link.of("f5", "web-vm", Coupling.SOFT),
            Link.of("web-vm", "db-vm", Coupling.SOFT), Link.of("db-vm", "vault-vm", Coupling.SOFT));
        List<Component> target = new ArrayList<>(List.of(
            Component.of("users", "Users", "external.users", null, Props.empty()),
            Component.of("dns", "Route 53", "aws.route53", "edge", Props.empty()),
            Component.of("cdn", "CloudFront", "aws.cloudfront", "edge", Props.empty())
                .withPublicEndpoint(true),
            Component.of("web-ec2", "Web", "aws.ec2", "web", Props.empty()),
            Component.of("db-rds", "DB", "aws.rds", "db", Props.empty())));
        List<Link> targetLinks = List.of(Link.of("users", "dns", Coupling.SOFT),
            Link.of("users", "cdn", Coupling.SOFT), Link.of("cdn", "web-ec2", Coupling.SOFT));
        Settings settings = Settings.defaults().withMaxApplicationsPerWave(2)
            .withFrontFirst(frontFirst);
        return new Project(Project.FORMAT, "shop", settings, apps,
            Architecture.of(current, currentLinks), Architecture.of(target, targetLinks), null,
            null);
    }

    private static WavePlan plan(Project p) {
        return new DependencyWavePlanner().plan(p);
    }

    @Test
    void theFrontGoesFirstAndSaysWhichOriginsItFronts() {
        WavePlan plan = plan(estate(true, null));

        assertThat(plan.waveOf("edge").orElseThrow().id()).isEqualTo("wave-1");
        assertThat(plan.waveOf("web").orElseThrow().id()).isEqualTo("wave-2");
        assertThat(plan.flags(Flag.FRONT_FIRST)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.applications()).containsExactly("edge", "web");
            assertThat(f.components()).contains("f5", "web-vm");
            assertThat(f.message()).isEqualTo("'edge' goes first (wave-1, 2027-01, "
                + "settings.frontFirst) in front of 1 on-premise origin: hybrid link to web until "
                + "2027-04 (3 months)");
        });
        assertThat(plan.flags(Flag.HYBRID_LINK)).noneMatch(f -> f.applications().get(0).equals("edge"));
    }

    @Test
    void withoutTheSettingTheEdgeMovesAfterWhatItDependsOn() {
        WavePlan plan = plan(estate(false, null));

        int edge = Integer.parseInt(plan.waveOf("edge").orElseThrow().id().substring(5));
        int web = Integer.parseInt(plan.waveOf("web").orElseThrow().id().substring(5));
        assertThat(edge).isGreaterThanOrEqualTo(web);
        assertThat(plan.flags(Flag.FRONT_FIRST)).isEmpty();
    }

    @Test
    void aPinOfTheUsersWinsOverFrontFirst() {
        Project p = estate(true, null);
        p = p.withApplications(p.applications().stream()
            .map(a -> a.id().equals("edge") ? a.withWave("wave-3") : a).toList());

        assertThat(plan(p).waveOf("edge").orElseThrow().id()).isEqualTo("wave-3");
        assertThat(plan(p).flags(Flag.FRONT_FIRST)).isEmpty();
    }

    @Test
    void eachCutoverIsScheduledInsideItsWave() {
        WavePlan plan = plan(estate(true, null));

        // the edge is internet-facing: weighted DNS by default, 5/25/50/100 a week apart
        CutoverSchedule edge = plan.cutover("edge").orElseThrow();
        assertThat(edge.method()).isEqualTo(CutoverMethod.WEIGHTED_DNS);
        assertThat(edge.steps()).containsExactly(
            new CutoverStep(LocalDate.of(2027, 1, 1), 5), new CutoverStep(LocalDate.of(2027, 1, 8), 25),
            new CutoverStep(LocalDate.of(2027, 1, 15), 50), new CutoverStep(LocalDate.of(2027, 1, 22), 100));
        assertThat(edge.end()).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(edge.keepUntil()).isEqualTo(LocalDate.of(2027, 2, 5)); // + 14 days
        assertThat(edge.waveEnd()).isEqualTo(LocalDate.of(2027, 4, 1));
        // web is internal: the implied big bang, on-premise kept dualRunMonths (2)
        CutoverSchedule web = plan.cutover("web").orElseThrow();
        assertThat(web.method()).isEqualTo(CutoverMethod.BIG_BANG);
        assertThat(web.steps()).containsExactly(new CutoverStep(LocalDate.of(2027, 4, 1), 100));
        assertThat(web.keepUntil()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(plan.flags(Flag.CUTOVER_OVERRUN)).isEmpty();
    }

    @Test
    void retainedAndRetiredApplicationsHaveNoCutover() {
        WavePlan plan = plan(estate(true, null));

        assertThat(plan.cutovers()).extracting(CutoverSchedule::application)
            .containsExactlyInAnyOrder("edge", "web", "db");
        assertThat(plan.waveOf("portal")).isPresent();
        assertThat(plan.cutover("portal")).isEmpty();
        assertThat(plan.cutover("vault")).isEmpty();
    }

    @Test
    void aCutoverLongerThanItsWaveIsFlagged() {
        // 10 steps a fortnight apart: 100 % after 126 days, in a wave of 3 months
        Cutover slow = new Cutover(CutoverMethod.WEIGHTED_DNS,
            List.of(1, 2, 5, 10, 20, 30, 50, 70, 90, 100), 14, 14, null);
        WavePlan plan = plan(estate(true, slow));

        CutoverSchedule web = plan.cutover("web").orElseThrow();
        assertThat(web.overruns()).isTrue();
        assertThat(plan.flags(Flag.CUTOVER_OVERRUN)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.applications()).containsExactly("web");
            assertThat(f.message()).isEqualTo("the cut-over of 'web' does not fit wave-2: it "
                + "starts 2027-04-01, reaches 100 % on 2027-08-05 and keeps on-premise until "
                + "2027-08-19, after the wave's last day (2027-06-30); fewer steps, fewer days or "
                + "longer waves");
        });
    }

    @Test
    void theImpliedBigBangFollowsDualRunMonthsWithoutAnOverrunFlag() {
        Project p = estate(true, null);
        Settings s = p.settings();
        p = p.withSettings(new Settings(s.region(), s.currency(), s.usdToCurrency(),
            s.hoursPerMonth(), YearMonth.of(2027, 1), s.horizonMonths(), s.pricing(), s.dayRate(),
            5, s.maxApplicationsPerWave(), s.discountRate(), s.fteMonthlyCost(), 3, null, null,
            null, true));

        WavePlan plan = plan(p);
        assertThat(plan.cutover("web").orElseThrow().keepUntil()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(plan.flags(Flag.CUTOVER_OVERRUN)).isEmpty();
    }
}
