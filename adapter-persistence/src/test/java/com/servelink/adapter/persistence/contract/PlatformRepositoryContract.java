package com.servelink.adapter.persistence.contract;

import com.servelink.application.port.out.RowPosition;
import com.servelink.adapter.persistence.fixture.InMemoryFixture;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.application.port.out.UsageRepository.DailyTotal;
import com.servelink.application.port.out.UsageRepository.ExportedSample;
import com.servelink.application.port.out.UsageRepository.ProjectUsage;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.InactiveProjectPolicy;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.platform.AddOnSuggestion;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.DeploymentStatus;
import com.servelink.domain.platform.Environment;
import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageAlertId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The contract of the project, deployment, usage and usage-alert repositories (SPEC §7–§8, the usage dashboard). */
abstract class PlatformRepositoryContract extends ContractBase {
    private static final InactiveProjectPolicy POLICY = new InactiveProjectPolicy(5, 7);
    private static final Environment PRODUCTION = new Environment("production");
    private static final Environment PREVIEW = new Environment("preview");

    private Project newProject(Team team, Instant createdAt) {
        return newProject(team, "project " + unique(), createdAt);
    }

    private Project newProject(Team team, String name, Instant createdAt) {
        Project project = Project.create(ProjectId.fromOpaque(unique()), team.id(), name, createdAt);
        fixture.projects().save(project);
        return project;
    }

    private Deployment newDeployment(Project project, Environment environment, DeploymentStatus status,
                                     boolean current, long sizeMb, Instant createdAt) {
        return newDeployment(DeploymentId.fromOpaque(unique()), project, environment, status, current, sizeMb,
                createdAt);
    }

    private Deployment newDeployment(DeploymentId id, Project project, Environment environment,
                                     DeploymentStatus status, boolean current, long sizeMb, Instant createdAt) {
        Deployment deployment = Deployment.create(id, project.id(), environment, status, current, sizeMb, createdAt);
        fixture.deployments().save(deployment);
        return deployment;
    }

    private static UsageSample sample(Project project, String day, UsageMetric metric, String amount) {
        return new UsageSample(project.id(), LocalDate.parse(day), metric, new BigDecimal(amount));
    }

    private static DomainException refusal(Runnable work) {
        return catchThrowableOfType(DomainException.class, work::run);
    }

    // ---------------------------------------------------------------- projects

    @Test
    void a_project_comes_back_exactly_as_stored() {
        Team team = newTeam(PlanId.FREE);
        Project project = newProject(team, "Café ☕ site", T0);

        Project loaded = fixture.projects().findById(project.id()).orElseThrow();
        assertThat(loaded.teamId()).isEqualTo(team.id());
        assertThat(loaded.name()).isEqualTo("Café ☕ site");
        assertThat(loaded.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.lastTrafficAt()).isEmpty();
        assertThat(loaded.inactiveSince()).isEmpty();
        assertThat(loaded.lastReactivatedAt()).isEmpty();
        assertThat(loaded.storageMb()).isZero();
        assertThat(loaded.reactivationCount()).isZero();

        Instant traffic = T0.plusSeconds(60);
        Instant paused = traffic.plus(Duration.ofDays(5));
        Instant reactivated = paused.plus(Duration.ofDays(1));
        loaded.recordTraffic(traffic);
        loaded.updateStorage(1234);
        fixture.projects().save(loaded);
        Project again = fixture.projects().findById(project.id()).orElseThrow();
        assertThat(again.applyInactivityPolicy(POLICY, paused)).isTrue();
        fixture.projects().save(again);
        Project inactive = fixture.projects().findById(project.id()).orElseThrow();
        assertThat(inactive.status()).isEqualTo(ProjectStatus.INACTIVE);
        assertThat(inactive.inactiveSince()).contains(paused);
        inactive.reactivate(reactivated);
        fixture.projects().save(inactive);

        Project stored = fixture.projects().findById(project.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(stored.lastTrafficAt()).contains(traffic);
        assertThat(stored.inactiveSince()).isEmpty();
        assertThat(stored.lastReactivatedAt()).contains(reactivated);
        assertThat(stored.storageMb()).isEqualTo(1234);
        assertThat(stored.reactivationCount()).isEqualTo(1);
        assertThat(stored.inactivityCountedFrom()).isEqualTo(reactivated);
        assertThat(fixture.projects().findById(ProjectId.fromOpaque(unique()))).isEmpty();
    }

    @Test
    void a_disabled_project_keeps_when_it_was_paused() {
        Team team = newTeam(PlanId.FREE);
        Project project = newProject(team, T0);
        Instant paused = T0.plus(Duration.ofDays(5));
        Instant disabled = paused.plus(Duration.ofDays(7));
        Project loaded = fixture.projects().findById(project.id()).orElseThrow();
        loaded.applyInactivityPolicy(POLICY, paused);
        fixture.projects().save(loaded);
        Project inactive = fixture.projects().findById(project.id()).orElseThrow();
        inactive.applyInactivityPolicy(POLICY, disabled);
        fixture.projects().save(inactive);

        Project stored = fixture.projects().findById(project.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProjectStatus.DISABLED);
        assertThat(stored.inactiveSince()).contains(paused);
    }

    @Test
    void a_teams_projects_are_paged_oldest_first_without_a_gap_or_a_repeat() {
        Team team = newTeam(PlanId.PRO);
        newProject(newTeam(PlanId.PRO), T0);
        for (int i = 0; i < 7; i++) {
            newProject(team, T0.plusSeconds(i % 3)); // three instants shared by several projects
        }
        List<Project> all = fixture.projects().findByTeam(team.id());

        for (int limit : List.of(1, 2, 3, 7, 8)) {
            List<Project> walked = walk(limit, last -> fixture.projects().findPageByTeam(team.id(),
                    last.map(p -> new RowPosition(p.createdAt(), p.id().value())), limit));
            assertThat(walked).extracting(Project::id).containsExactlyElementsOf(all.stream().map(Project::id).toList());
        }
        assertThat(fixture.projects().findPageByTeam(newTeam(PlanId.PRO).id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void the_projects_counting_towards_the_limit_are_those_not_disabled() {
        Team team = newTeam(PlanId.FREE);
        newProject(team, T0);
        Project inactive = newProject(team, T0);
        Project disabled = newProject(team, T0);
        newProject(newTeam(PlanId.FREE), T0);
        var policy = POLICY;
        inactive.applyInactivityPolicy(policy, T0.plus(Duration.ofDays(6)));
        fixture.projects().save(inactive);
        disabled.applyInactivityPolicy(policy, T0.plus(Duration.ofDays(6)));
        fixture.projects().save(disabled);
        Project reloaded = fixture.projects().findById(disabled.id()).orElseThrow();
        reloaded.applyInactivityPolicy(policy, T0.plus(Duration.ofDays(14)));
        fixture.projects().save(reloaded);
        assertThat(fixture.projects().findById(disabled.id()).orElseThrow().status()).isEqualTo(ProjectStatus.DISABLED);
        assertThat(fixture.projects().findById(inactive.id()).orElseThrow().status()).isEqualTo(ProjectStatus.INACTIVE);

        assertThat(fixture.projects().countCountingTowardsLimit(team.id())).isEqualTo(2);
        assertThat(fixture.projects().countCountingTowardsLimit(newTeam(PlanId.FREE).id())).isZero();
    }

    @Test
    void a_teams_projects_are_listed_oldest_first_then_by_id() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        Project newest = newProject(team, T0.plusSeconds(30));
        Project oldest = newProject(team, T0.minusSeconds(30));
        ProjectId low = ProjectId.fromOpaque("0" + unique());
        ProjectId high = ProjectId.fromOpaque("z" + unique());
        fixture.projects().save(Project.create(high, team.id(), "tie high " + unique(), T0));
        fixture.projects().save(Project.create(low, team.id(), "tie low " + unique(), T0));
        newProject(other, T0);

        assertThat(fixture.projects().findByTeam(team.id())).extracting(Project::id)
                .containsExactly(oldest.id(), low, high, newest.id());
        assertThat(fixture.projects().findByTeam(newTeam(PlanId.PRO).id())).isEmpty();
    }

    @Test
    void existing_projects_are_found_in_one_look_up() {
        Team team = newTeam(PlanId.PRO);
        Project one = newProject(team, T0);
        Project two = newProject(team, T0);
        ProjectId missing = ProjectId.fromOpaque(unique());

        assertThat(fixture.projects().findExisting(List.of(one.id(), missing, two.id(), one.id())))
                .containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(fixture.projects().findExisting(List.of(missing))).isEmpty();
        assertThat(fixture.projects().findExisting(List.of())).isEmpty();
    }

    @Test
    void every_project_is_read_once_page_by_page_in_id_order() {
        Team team = newTeam(PlanId.PRO);
        List<ProjectId> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(newProject(team, T0.plusSeconds(i)).id());
        }

        List<ProjectId> seen = readAllPages((after, limit) -> fixture.projects().findPage(after, limit));
        assertThat(seen).containsAll(mine).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(ProjectId::value));
        ProjectId last = seen.get(seen.size() - 1);
        assertThat(fixture.projects().findPage(Optional.of(last), 10)).isEmpty();
        assertThat(fixture.projects().findPage(Optional.empty(), 0)).isEmpty();
    }

    private List<ProjectId> readAllPages(BiFunction<Optional<ProjectId>, Integer, List<Project>> pageReader) {
        List<ProjectId> seen = new ArrayList<>();
        Optional<ProjectId> after = Optional.empty();
        List<Project> page;
        do {
            page = pageReader.apply(after, 3);
            assertThat(page.size()).isLessThanOrEqualTo(3);
            page.forEach(p -> seen.add(p.id()));
            if (!page.isEmpty()) {
                after = Optional.of(page.get(page.size() - 1).id());
            }
        } while (page.size() == 3);
        return seen;
    }

    @Test
    void pages_on_a_plan_hold_the_projects_of_teams_on_that_plan_now_in_the_statuses_asked() {
        PlanId plan = new PlanId("p" + unique()); // a plan of this test only
        Team onPlan = newTeam(plan);
        Team alsoOnPlan = newTeam(plan);
        Team elsewhere = newTeam(PlanId.PRO);
        Project active = newProject(onPlan, T0);
        Project alsoActive = newProject(alsoOnPlan, T0);
        Project inactive = newProject(onPlan, T0);
        Project loaded = fixture.projects().findById(inactive.id()).orElseThrow();
        loaded.applyInactivityPolicy(POLICY, T0.plus(Duration.ofDays(5)));
        fixture.projects().save(loaded);
        newProject(elsewhere, T0);

        List<ProjectId> both = readAllPages((after, limit) -> fixture.projects().findPageOnPlan(plan,
                Set.of(ProjectStatus.ACTIVE, ProjectStatus.INACTIVE), after, limit));
        assertThat(both).containsExactlyElementsOf(List.of(active.id(), alsoActive.id(), inactive.id()).stream()
                .sorted(Comparator.comparing(ProjectId::value)).toList());
        assertThat(fixture.projects().findPageOnPlan(plan, Set.of(ProjectStatus.INACTIVE), Optional.empty(), 10))
                .extracting(Project::id).containsExactly(inactive.id());
        assertThat(fixture.projects().findPageOnPlan(plan, Set.of(), Optional.empty(), 10)).isEmpty();
        ProjectId first = both.get(0);
        assertThat(fixture.projects().findPageOnPlan(plan, Set.of(ProjectStatus.ACTIVE, ProjectStatus.INACTIVE),
                Optional.of(first), 10)).extracting(Project::id).containsExactlyElementsOf(both.subList(1, 3));

        Team moved = fixture.teams().findById(alsoOnPlan.id()).orElseThrow();
        moved.changePlan(PlanId.PRO);
        fixture.teams().save(moved);
        assertThat(fixture.projects().findPageOnPlan(plan, Set.of(ProjectStatus.ACTIVE), Optional.empty(), 10))
                .extracting(Project::id).containsExactly(active.id());
    }

    @Test
    void a_project_saved_from_a_stale_version_is_a_conflict() {
        Team team = newTeam(PlanId.FREE);
        Project project = newProject(team, T0);
        Project first = fixture.projects().findById(project.id()).orElseThrow();
        Project second = fixture.projects().findById(project.id()).orElseThrow();
        first.updateStorage(10);
        fixture.projects().save(first);
        second.updateStorage(20);

        DomainException conflict = refusal(() -> fixture.projects().save(second));
        assertThat(conflict).isNotNull();
        assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fixture.projects().findById(project.id()).orElseThrow().storageMb()).isEqualTo(10);

        Project fresh = fixture.projects().findById(project.id()).orElseThrow();
        assertThat(fresh.version()).isGreaterThan(project.version());
        fresh.updateStorage(30);
        fixture.projects().save(fresh);
        assertThat(fixture.projects().findById(project.id()).orElseThrow().storageMb()).isEqualTo(30);
    }

    @Test
    void a_second_project_of_a_team_with_the_same_name_is_a_conflict() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        Project project = newProject(team, "shop", T0);

        Project twin = Project.create(ProjectId.fromOpaque(unique()), team.id(), "shop", T0);
        DomainException conflict = refusal(() -> fixture.projects().save(twin));
        assertThat(conflict).isNotNull();
        assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fixture.projects().findById(twin.id())).isEmpty();

        newProject(team, "Shop", T0); // names are compared exactly
        newProject(other, "shop", T0); // and per team
        Project renamed = newProject(team, "blog", T0);
        Project loaded = fixture.projects().findById(renamed.id()).orElseThrow();
        loaded.rename("shop");
        DomainException renameConflict = refusal(() -> fixture.projects().save(loaded));
        assertThat(renameConflict).isNotNull();
        assertThat(renameConflict.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fixture.projects().findById(renamed.id()).orElseThrow().name()).isEqualTo("blog");

        Project same = fixture.projects().findById(project.id()).orElseThrow();
        same.updateStorage(5); // saving a project under its own name is no clash
        fixture.projects().save(same);
    }

    @Test
    void a_name_clash_inside_a_unit_of_work_refuses_the_whole_unit() {
        Team team = newTeam(PlanId.PRO);
        newProject(team, "api", T0);
        Project first = Project.create(ProjectId.fromOpaque(unique()), team.id(), "worker", T0);
        Project clash = Project.create(ProjectId.fromOpaque(unique()), team.id(), "api", T0);

        DomainException conflict = refusal(() -> fixture.transactions().run(() -> {
            fixture.projects().save(first);
            fixture.projects().save(clash);
        }));
        assertThat(conflict).isNotNull();
        assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
        if (!(fixture instanceof InMemoryFixture)) { // the in-memory units of work do not roll back
            assertThat(fixture.projects().findById(first.id())).isEmpty();
        }
    }

    // ---------------------------------------------------------------- deployments

    @Test
    void a_deployment_comes_back_as_stored_and_changes_with_its_version() {
        Team team = newTeam(PlanId.PRO);
        Project project = newProject(team, T0);
        Deployment deployment = newDeployment(project, PREVIEW, DeploymentStatus.RUNNING, false, 0, T0);

        Deployment loaded = fixture.deployments().findById(deployment.id()).orElseThrow();
        assertThat(loaded.projectId()).isEqualTo(project.id());
        assertThat(loaded.environment()).isEqualTo(PREVIEW);
        assertThat(loaded.status()).isEqualTo(DeploymentStatus.RUNNING);
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.isCurrent()).isFalse();
        assertThat(loaded.sizeMb()).isZero();

        loaded.report(DeploymentStatus.FINISHED, true, OptionalLong.of(512));
        fixture.deployments().save(loaded);
        Deployment finished = fixture.deployments().findById(deployment.id()).orElseThrow();
        assertThat(finished.status()).isEqualTo(DeploymentStatus.FINISHED);
        assertThat(finished.isCurrent()).isTrue();
        assertThat(finished.sizeMb()).isEqualTo(512);
        assertThat(finished.version()).isGreaterThan(loaded.version());

        Deployment stale = fixture.deployments().findById(deployment.id()).orElseThrow();
        finished.retire();
        fixture.deployments().save(finished);
        stale.retire();
        stale.remove();
        DomainException conflict = refusal(() -> fixture.deployments().save(stale));
        assertThat(conflict).isNotNull();
        assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
        Deployment stored = fixture.deployments().findById(deployment.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(DeploymentStatus.FINISHED);
        assertThat(stored.isCurrent()).isFalse();
        assertThat(fixture.deployments().findById(DeploymentId.fromOpaque(unique()))).isEmpty();
    }

    @Test
    void a_projects_deployments_are_listed_newest_first_removed_ones_included() {
        Team team = newTeam(PlanId.PRO);
        Project project = newProject(team, T0);
        Project other = newProject(team, T0);
        Deployment oldest = newDeployment(project, PRODUCTION, DeploymentStatus.FINISHED, false, 10, T0);
        Deployment tieLow = newDeployment(DeploymentId.fromOpaque("0" + unique()), project, PREVIEW,
                DeploymentStatus.FAILED, false, 1, T0.plusSeconds(60));
        Deployment tieHigh = newDeployment(DeploymentId.fromOpaque("z" + unique()), project, PRODUCTION,
                DeploymentStatus.FINISHED, true, 20, T0.plusSeconds(60));
        Deployment newest = newDeployment(project, PREVIEW, DeploymentStatus.RUNNING, false, 0, T0.plusSeconds(120));
        newDeployment(other, PRODUCTION, DeploymentStatus.RUNNING, true, 0, T0.plusSeconds(500));
        Deployment removed = fixture.deployments().findById(oldest.id()).orElseThrow();
        removed.remove();
        fixture.deployments().save(removed);

        assertThat(fixture.deployments().findByProject(project.id())).extracting(Deployment::id)
                .containsExactly(newest.id(), tieHigh.id(), tieLow.id(), oldest.id());
        assertThat(fixture.deployments().findByProject(project.id()).get(3).status())
                .isEqualTo(DeploymentStatus.REMOVED);
        assertThat(fixture.deployments().findByProject(newProject(team, T0).id())).isEmpty();
    }

    // ---------------------------------------------------------------- usage

    @Test
    void a_sample_reported_again_replaces_the_stored_amount() {
        Team team = newTeam(PlanId.PRO);
        Project project = newProject(team, T0);
        YearMonth month = YearMonth.of(2025, 1);
        fixture.usage().saveAll(List.of(
                sample(project, "2025-01-10", UsageMetric.TRAFFIC_GB, "1.5"),
                sample(project, "2025-01-11", UsageMetric.TRAFFIC_GB, "2")));
        fixture.usage().saveAll(List.of(
                sample(project, "2025-01-10", UsageMetric.TRAFFIC_GB, "0.25"),
                sample(project, "2025-01-12", UsageMetric.TRAFFIC_GB, "4")));
        fixture.usage().saveAll(List.of());

        assertThat(fixture.usage().monthlyTotals(team.id(), month).of(UsageMetric.TRAFFIC_GB))
                .isEqualByComparingTo("6.25");
    }

    @Test
    void monthly_totals_sum_flows_and_take_the_highest_daily_team_sum_of_levels() {
        Team team = newTeam(PlanId.PRO);
        Project a = newProject(team, T0);
        Project b = newProject(team, T0);
        fixture.usage().saveAll(List.of(
                sample(a, "2025-02-01", UsageMetric.CPU_CORE_HOURS, "10.5"),
                sample(a, "2025-02-02", UsageMetric.CPU_CORE_HOURS, "0.000001"),
                sample(b, "2025-02-01", UsageMetric.CPU_CORE_HOURS, "4"),
                sample(a, "2025-02-01", UsageMetric.TRAFFIC_GB, "999999999999999.999999"),
                sample(b, "2025-02-28", UsageMetric.TRAFFIC_GB, "0.000001"),
                // memory: day 1 is 100 + 250 = 350, day 2 is 300 + 10 = 310: the month's level is 350,
                // neither the highest single sample (300) nor the sum of everything (660)
                sample(a, "2025-02-01", UsageMetric.MEMORY_MB_PEAK, "100"),
                sample(b, "2025-02-01", UsageMetric.MEMORY_MB_PEAK, "250"),
                sample(a, "2025-02-02", UsageMetric.MEMORY_MB_PEAK, "300"),
                sample(b, "2025-02-02", UsageMetric.MEMORY_MB_PEAK, "10"),
                sample(a, "2025-02-03", UsageMetric.STORAGE_MB, "700"),
                sample(b, "2025-02-05", UsageMetric.STORAGE_MB, "800.5")));

        MonthlyUsage usage = fixture.usage().monthlyTotals(team.id(), YearMonth.of(2025, 2));
        assertThat(usage.month()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(usage.of(UsageMetric.CPU_CORE_HOURS)).isEqualByComparingTo("14.500001");
        assertThat(usage.of(UsageMetric.TRAFFIC_GB)).isEqualByComparingTo("1000000000000000.000000");
        assertThat(usage.of(UsageMetric.MEMORY_MB_PEAK)).isEqualByComparingTo("350");
        assertThat(usage.of(UsageMetric.STORAGE_MB)).isEqualByComparingTo("800.5");
    }

    @Test
    void monthly_totals_count_only_the_month_asked_and_the_teams_projects() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        Project mine = newProject(team, T0);
        Project theirs = newProject(other, T0);
        fixture.usage().saveAll(List.of(
                sample(mine, "2024-02-29", UsageMetric.CPU_CORE_HOURS, "1"),
                sample(mine, "2024-03-01", UsageMetric.CPU_CORE_HOURS, "2"),
                sample(mine, "2024-03-31", UsageMetric.CPU_CORE_HOURS, "3"),
                sample(mine, "2024-04-01", UsageMetric.CPU_CORE_HOURS, "4"),
                sample(mine, "2024-02-29", UsageMetric.MEMORY_MB_PEAK, "9000"),
                sample(mine, "2024-03-15", UsageMetric.MEMORY_MB_PEAK, "512"),
                sample(mine, "2024-04-01", UsageMetric.MEMORY_MB_PEAK, "9000"),
                sample(theirs, "2024-03-15", UsageMetric.CPU_CORE_HOURS, "100"),
                sample(theirs, "2024-03-15", UsageMetric.MEMORY_MB_PEAK, "100")));

        MonthlyUsage march = fixture.usage().monthlyTotals(team.id(), YearMonth.of(2024, 3));
        assertThat(march.of(UsageMetric.CPU_CORE_HOURS)).isEqualByComparingTo("5");
        assertThat(march.of(UsageMetric.MEMORY_MB_PEAK)).isEqualByComparingTo("512");
        assertThat(march.of(UsageMetric.TRAFFIC_GB)).isEqualByComparingTo("0");
        assertThat(march.totals()).containsOnlyKeys(UsageMetric.CPU_CORE_HOURS, UsageMetric.MEMORY_MB_PEAK);

        MonthlyUsage nothing = fixture.usage().monthlyTotals(team.id(), YearMonth.of(2024, 5));
        assertThat(nothing.totals()).isEmpty();
        assertThat(fixture.usage().monthlyTotals(newTeam(PlanId.PRO).id(), YearMonth.of(2024, 3)).totals()).isEmpty();
    }

    @Test
    void teams_with_usage_in_a_month_are_paged_in_id_order() {
        YearMonth month = YearMonth.of(2031, 7); // a month of this test only
        List<TeamId> withUsage = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Team team = newTeam(PlanId.PRO);
            Project one = newProject(team, T0);
            Project two = newProject(team, T0);
            fixture.usage().saveAll(List.of(
                    sample(one, "2031-07-0" + (i + 1), UsageMetric.TRAFFIC_GB, "1"),
                    sample(two, "2031-07-31", UsageMetric.CPU_CORE_HOURS, "1")));
            withUsage.add(team.id());
        }
        Team otherMonths = newTeam(PlanId.PRO);
        Project elsewhere = newProject(otherMonths, T0);
        fixture.usage().saveAll(List.of(
                sample(elsewhere, "2031-06-30", UsageMetric.TRAFFIC_GB, "1"),
                sample(elsewhere, "2031-08-01", UsageMetric.TRAFFIC_GB, "1")));
        newProject(newTeam(PlanId.PRO), T0);
        withUsage.sort(Comparator.comparing(TeamId::value));

        List<TeamId> first = fixture.usage().teamsWithUsage(month, Optional.empty(), 2);
        assertThat(first).containsExactlyElementsOf(withUsage.subList(0, 2));
        List<TeamId> second = fixture.usage().teamsWithUsage(month, Optional.of(first.get(1)), 2);
        assertThat(second).containsExactly(withUsage.get(2));
        assertThat(fixture.usage().teamsWithUsage(month, Optional.of(withUsage.get(2)), 2)).isEmpty();
        assertThat(fixture.usage().teamsWithUsage(YearMonth.of(2031, 6), Optional.empty(), 10))
                .containsExactly(otherMonths.id());
    }


    // ---------------------------------------------------------------- usage: the dashboard's reads

    private Project newProject(ProjectId id, Team team, String name) {
        Project project = Project.create(id, team.id(), name, T0);
        fixture.projects().save(project);
        return project;
    }

    /** Without trailing zeros: what a store returns and what a sum in memory gives may differ in scale only. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String row(DailyTotal total) {
        return total.metric().code() + " " + total.day() + " " + plain(total.total());
    }

    private static String row(ExportedSample sample) {
        return sample.day() + " " + sample.projectName() + " " + sample.metric().code() + " " + plain(sample.amount());
    }

    @Test
    void daily_totals_sum_each_day_across_the_teams_projects_from_the_first_day_to_the_last() {
        Team team = newTeam(PlanId.PRO);
        Project a = newProject(team, T0);
        Project b = newProject(team, T0);
        Project theirs = newProject(newTeam(PlanId.PRO), T0);
        fixture.usage().saveAll(List.of(
                sample(a, "2025-02-28", UsageMetric.CPU_CORE_HOURS, "9"), // the day before the range
                sample(a, "2025-03-01", UsageMetric.CPU_CORE_HOURS, "1.5"),
                sample(b, "2025-03-01", UsageMetric.CPU_CORE_HOURS, "2"),
                sample(a, "2025-03-02", UsageMetric.CPU_CORE_HOURS, "0.000001"),
                sample(a, "2025-03-03", UsageMetric.MEMORY_MB_PEAK, "100"),
                sample(b, "2025-03-03", UsageMetric.MEMORY_MB_PEAK, "50"),
                sample(b, "2025-03-03", UsageMetric.TRAFFIC_GB, "4"),
                sample(a, "2025-03-02", UsageMetric.STORAGE_MB, "10"),
                sample(b, "2025-03-02", UsageMetric.STORAGE_MB, "0"),
                sample(a, "2025-03-04", UsageMetric.CPU_CORE_HOURS, "9"), // the day after
                sample(theirs, "2025-03-01", UsageMetric.CPU_CORE_HOURS, "100")));

        // metrics in UsageMetric order (traffic before storage, unlike their codes), then days
        assertThat(fixture.usage().dailyTotals(team.id(), LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-03")))
                .extracting(PlatformRepositoryContract::row)
                .containsExactly("cpu_core_hours 2025-03-01 3.5", "cpu_core_hours 2025-03-02 0.000001",
                        "memory_mb_peak 2025-03-03 150", "traffic_gb 2025-03-03 4", "storage_mb 2025-03-02 10");
        assertThat(fixture.usage().dailyTotals(team.id(), LocalDate.parse("2025-03-04"), LocalDate.parse("2025-03-04")))
                .extracting(PlatformRepositoryContract::row).containsExactly("cpu_core_hours 2025-03-04 9");
        assertThat(fixture.usage().dailyTotals(team.id(), LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-31")))
                .isEmpty();
        assertThat(fixture.usage().dailyTotals(newTeam(PlanId.PRO).id(), LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-03-31"))).isEmpty();
    }

    @Test
    void top_projects_are_the_teams_projects_of_the_month_by_traffic_then_name_each_with_its_own_totals() {
        Team team = newTeam(PlanId.PRO);
        Project alpha = newProject(team, "alpha", T0);
        Project beta = newProject(team, "beta", T0);
        // equal traffic: by name, whichever id sorts first
        Project gamma = newProject(ProjectId.fromOpaque("0" + unique()), team, "gamma");
        Project delta = newProject(ProjectId.fromOpaque("z" + unique()), team, "delta");
        Project epsilon = newProject(team, "epsilon", T0); // no traffic at all
        Project zeta = newProject(team, "zeta", T0);
        Project otherMonths = newProject(team, "eta", T0);
        newProject(team, "theta", T0); // no samples
        Project theirs = newProject(newTeam(PlanId.PRO), "alpha", T0);
        fixture.usage().saveAll(List.of(
                sample(alpha, "2025-04-01", UsageMetric.TRAFFIC_GB, "10"),
                sample(alpha, "2025-04-30", UsageMetric.TRAFFIC_GB, "5.5"),
                sample(alpha, "2025-03-31", UsageMetric.TRAFFIC_GB, "1000"),
                sample(alpha, "2025-05-01", UsageMetric.TRAFFIC_GB, "1000"),
                sample(alpha, "2025-04-01", UsageMetric.CPU_CORE_HOURS, "2"),
                sample(alpha, "2025-04-02", UsageMetric.CPU_CORE_HOURS, "3.25"),
                sample(alpha, "2025-04-01", UsageMetric.MEMORY_MB_PEAK, "100"),
                sample(alpha, "2025-04-02", UsageMetric.MEMORY_MB_PEAK, "300"),
                sample(alpha, "2025-04-03", UsageMetric.MEMORY_MB_PEAK, "200"),
                sample(alpha, "2025-03-31", UsageMetric.MEMORY_MB_PEAK, "9000"),
                sample(alpha, "2025-04-01", UsageMetric.STORAGE_MB, "50"),
                sample(alpha, "2025-04-02", UsageMetric.STORAGE_MB, "40"),
                sample(beta, "2025-04-10", UsageMetric.TRAFFIC_GB, "100"),
                sample(gamma, "2025-04-10", UsageMetric.TRAFFIC_GB, "7"),
                sample(delta, "2025-04-11", UsageMetric.TRAFFIC_GB, "3"),
                sample(delta, "2025-04-12", UsageMetric.TRAFFIC_GB, "4"),
                sample(epsilon, "2025-04-10", UsageMetric.CPU_CORE_HOURS, "1"),
                sample(zeta, "2025-04-10", UsageMetric.MEMORY_MB_PEAK, "1"),
                sample(otherMonths, "2025-03-10", UsageMetric.TRAFFIC_GB, "500"),
                sample(theirs, "2025-04-10", UsageMetric.TRAFFIC_GB, "500")));
        YearMonth april = YearMonth.of(2025, 4);

        List<ProjectUsage> top = fixture.usage().topProjectsByTraffic(team.id(), april, 10);
        assertThat(top).extracting(ProjectUsage::name)
                .containsExactly("beta", "alpha", "delta", "gamma", "epsilon", "zeta");
        assertThat(top).extracting(ProjectUsage::projectId)
                .containsExactly(beta.id(), alpha.id(), delta.id(), gamma.id(), epsilon.id(), zeta.id());
        MonthlyUsage alphas = top.get(1).usage();
        assertThat(alphas.month()).isEqualTo(april);
        assertThat(plain(alphas.of(UsageMetric.TRAFFIC_GB))).isEqualTo("15.5"); // flows: the month's sum
        assertThat(plain(alphas.of(UsageMetric.CPU_CORE_HOURS))).isEqualTo("5.25");
        assertThat(plain(alphas.of(UsageMetric.MEMORY_MB_PEAK))).isEqualTo("300"); // levels: the highest day
        assertThat(plain(alphas.of(UsageMetric.STORAGE_MB))).isEqualTo("50");
        assertThat(top.get(0).usage().totals()).containsOnlyKeys(UsageMetric.TRAFFIC_GB);
        assertThat(plain(top.get(2).usage().of(UsageMetric.TRAFFIC_GB))).isEqualTo("7");
        assertThat(top.get(4).usage().totals()).containsOnlyKeys(UsageMetric.CPU_CORE_HOURS);
        assertThat(top.get(5).usage().of(UsageMetric.TRAFFIC_GB)).isZero();

        assertThat(fixture.usage().topProjectsByTraffic(team.id(), april, 3)).extracting(ProjectUsage::name)
                .containsExactly("beta", "alpha", "delta");
        assertThat(fixture.usage().topProjectsByTraffic(team.id(), YearMonth.of(2025, 3), 10))
                .extracting(ProjectUsage::name).containsExactly("alpha", "eta");
        assertThat(fixture.usage().topProjectsByTraffic(team.id(), YearMonth.of(2025, 6), 10)).isEmpty();
    }

    @Test
    void monthly_history_holds_every_month_of_the_range_oldest_first_with_empty_months_as_none() {
        Team team = newTeam(PlanId.PRO);
        Project a = newProject(team, T0);
        Project b = newProject(team, T0);
        Project theirs = newProject(newTeam(PlanId.PRO), T0);
        fixture.usage().saveAll(List.of(
                sample(a, "2024-10-31", UsageMetric.CPU_CORE_HOURS, "99"), // before the first month
                sample(a, "2024-11-01", UsageMetric.CPU_CORE_HOURS, "1"),
                sample(b, "2024-11-30", UsageMetric.CPU_CORE_HOURS, "2.5"),
                // November's memory: day 5 is 100 + 250 = 350, day 6 is 300 + 10 = 310
                sample(a, "2024-11-05", UsageMetric.MEMORY_MB_PEAK, "100"),
                sample(b, "2024-11-05", UsageMetric.MEMORY_MB_PEAK, "250"),
                sample(a, "2024-11-06", UsageMetric.MEMORY_MB_PEAK, "300"),
                sample(b, "2024-11-06", UsageMetric.MEMORY_MB_PEAK, "10"),
                // December: nothing
                sample(a, "2025-01-01", UsageMetric.TRAFFIC_GB, "5"),
                sample(b, "2025-01-31", UsageMetric.TRAFFIC_GB, "6"),
                sample(a, "2025-01-10", UsageMetric.STORAGE_MB, "700"),
                sample(b, "2025-01-10", UsageMetric.STORAGE_MB, "100"),
                sample(a, "2025-01-11", UsageMetric.STORAGE_MB, "750"),
                sample(b, "2025-02-28", UsageMetric.CPU_CORE_HOURS, "4"),
                sample(a, "2025-03-01", UsageMetric.CPU_CORE_HOURS, "50"), // after the last month
                sample(theirs, "2024-11-15", UsageMetric.CPU_CORE_HOURS, "1000")));

        List<MonthlyUsage> history = fixture.usage().monthlyHistory(team.id(), YearMonth.of(2024, 11),
                YearMonth.of(2025, 2));
        assertThat(history).extracting(MonthlyUsage::month).containsExactly(YearMonth.of(2024, 11),
                YearMonth.of(2024, 12), YearMonth.of(2025, 1), YearMonth.of(2025, 2));
        assertThat(history.get(0).totals()).containsOnlyKeys(UsageMetric.CPU_CORE_HOURS, UsageMetric.MEMORY_MB_PEAK);
        assertThat(plain(history.get(0).of(UsageMetric.CPU_CORE_HOURS))).isEqualTo("3.5");
        assertThat(plain(history.get(0).of(UsageMetric.MEMORY_MB_PEAK))).isEqualTo("350");
        assertThat(history.get(1)).isEqualTo(MonthlyUsage.none(YearMonth.of(2024, 12)));
        assertThat(history.get(2).totals()).containsOnlyKeys(UsageMetric.TRAFFIC_GB, UsageMetric.STORAGE_MB);
        assertThat(plain(history.get(2).of(UsageMetric.TRAFFIC_GB))).isEqualTo("11");
        assertThat(plain(history.get(2).of(UsageMetric.STORAGE_MB))).isEqualTo("800");
        assertThat(history.get(3).totals()).containsOnlyKeys(UsageMetric.CPU_CORE_HOURS);
        assertThat(plain(history.get(3).of(UsageMetric.CPU_CORE_HOURS))).isEqualTo("4");
        for (MonthlyUsage month : history) { // the same aggregation as one month's totals
            assertThat(month).isEqualTo(fixture.usage().monthlyTotals(team.id(), month.month()));
        }

        assertThat(fixture.usage().monthlyHistory(team.id(), YearMonth.of(2025, 3), YearMonth.of(2025, 3)))
                .extracting(m -> plain(m.of(UsageMetric.CPU_CORE_HOURS))).containsExactly("50");
        assertThat(fixture.usage().monthlyHistory(newTeam(PlanId.PRO).id(), YearMonth.of(2024, 11),
                YearMonth.of(2025, 1))).containsExactly(MonthlyUsage.none(YearMonth.of(2024, 11)),
                MonthlyUsage.none(YearMonth.of(2024, 12)), MonthlyUsage.none(YearMonth.of(2025, 1)));
    }

    @Test
    void samples_stream_in_day_project_name_project_id_and_metric_order_from_the_first_day_to_the_last() {
        Team team = newTeam(PlanId.PRO);
        // by name, not by id: the ids sort the other way
        Project alpha = newProject(ProjectId.fromOpaque("z" + unique()), team, "alpha");
        Project beta = newProject(ProjectId.fromOpaque("0" + unique()), team, "beta");
        Project theirs = newProject(newTeam(PlanId.PRO), T0);
        fixture.usage().saveAll(List.of(
                sample(beta, "2025-05-02", UsageMetric.CPU_CORE_HOURS, "6"),
                sample(alpha, "2025-05-02", UsageMetric.STORAGE_MB, "5"),
                sample(alpha, "2025-05-01", UsageMetric.STORAGE_MB, "4"),
                sample(alpha, "2025-05-01", UsageMetric.TRAFFIC_GB, "3"),
                sample(beta, "2025-05-01", UsageMetric.MEMORY_MB_PEAK, "2.5"),
                sample(alpha, "2025-05-01", UsageMetric.CPU_CORE_HOURS, "1"),
                sample(alpha, "2025-04-30", UsageMetric.CPU_CORE_HOURS, "9"),
                sample(beta, "2025-05-03", UsageMetric.CPU_CORE_HOURS, "9"),
                sample(theirs, "2025-05-01", UsageMetric.CPU_CORE_HOURS, "9")));

        List<ExportedSample> rows = new ArrayList<>();
        long count = fixture.usage().streamSamples(team.id(), LocalDate.parse("2025-05-01"),
                LocalDate.parse("2025-05-02"), rows::add);

        assertThat(rows).extracting(PlatformRepositoryContract::row).containsExactly(
                "2025-05-01 alpha cpu_core_hours 1", "2025-05-01 alpha traffic_gb 3", "2025-05-01 alpha storage_mb 4",
                "2025-05-01 beta memory_mb_peak 2.5",
                "2025-05-02 alpha storage_mb 5", "2025-05-02 beta cpu_core_hours 6");
        assertThat(count).isEqualTo(6);
        assertThat(rows.get(0).projectId()).isEqualTo(alpha.id());
        assertThat(rows.get(3).projectId()).isEqualTo(beta.id());
        assertThat(fixture.usage().streamSamples(team.id(), LocalDate.parse("2025-05-03"),
                LocalDate.parse("2025-05-03"), rows::add)).isEqualTo(1);
        assertThat(fixture.usage().streamSamples(team.id(), LocalDate.parse("2025-05-04"),
                LocalDate.parse("2025-12-31"), r -> {
                    throw new AssertionError("nothing to stream");
                })).isZero();
    }

    @Test
    void a_year_of_samples_streams_whole_and_in_order_past_many_fetches() {
        Team team = newTeam(PlanId.PRO);
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            projects.add(newProject(team, "project " + p, T0));
        }
        LocalDate first = LocalDate.parse("2024-01-01");
        int days = 250;
        List<UsageSample> samples = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (Project project : projects) {
                for (UsageMetric metric : UsageMetric.values()) {
                    samples.add(new UsageSample(project.id(), first.plusDays(d), metric,
                            BigDecimal.valueOf(d * 10L + metric.ordinal())));
                }
            }
        }
        fixture.usage().saveAll(samples);

        List<ExportedSample> rows = new ArrayList<>();
        long count = fixture.usage().streamSamples(team.id(), first, first.plusDays(days - 1), rows::add);

        assertThat(count).isEqualTo(5_000);
        assertThat(rows).hasSize(5_000).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.comparing(ExportedSample::day)
                        .thenComparing(ExportedSample::projectName)
                        .thenComparing(r -> r.projectId().value())
                        .thenComparing(ExportedSample::metric));
        assertThat(row(rows.get(0))).isEqualTo("2024-01-01 project 0 cpu_core_hours 0");
        assertThat(row(rows.get(rows.size() - 1))).isEqualTo(first.plusDays(days - 1) + " project 4 storage_mb 2493");
    }

    @Test
    void a_failing_sink_ends_the_stream_with_its_own_exception_and_leaves_the_repository_usable() {
        Team team = newTeam(PlanId.PRO);
        Project project = newProject(team, T0);
        fixture.usage().saveAll(List.of(
                sample(project, "2025-06-01", UsageMetric.CPU_CORE_HOURS, "1"),
                sample(project, "2025-06-02", UsageMetric.CPU_CORE_HOURS, "2"),
                sample(project, "2025-06-03", UsageMetric.CPU_CORE_HOURS, "3")));
        LocalDate from = LocalDate.parse("2025-06-01");
        LocalDate to = LocalDate.parse("2025-06-30");
        UncheckedIOException gone = new UncheckedIOException(new IOException("the client went away"));
        AtomicInteger handed = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> fixture.usage().streamSamples(team.id(), from, to, row -> {
            if (handed.incrementAndGet() == 2) {
                throw gone;
            }
        }));

        assertThat(thrown).isSameAs(gone);
        assertThat(handed).hasValue(2);
        assertThat(fixture.usage().streamSamples(team.id(), from, to, row -> {
        })).isEqualTo(3);
        assertThat(fixture.usage().monthlyTotals(team.id(), YearMonth.of(2025, 6)).of(UsageMetric.CPU_CORE_HOURS))
                .isEqualByComparingTo("6");
    }

    // ---------------------------------------------------------------- usage alerts

    private static UsageAlert alert(Team team, UsageMetric metric, AlertLevel level, YearMonth month,
                                    Instant createdAt) {
        return new UsageAlert(UsageAlertId.fromOpaque(unique()), team.id(), metric, level, month,
                new BigDecimal("81.5"), new BigDecimal("100"), createdAt);
    }

    @Test
    void an_alert_is_added_once_per_team_metric_level_and_month() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        YearMonth month = YearMonth.of(2025, 1);
        UsageAlert warning = alert(team, UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, month, T0);

        assertThat(fixture.usageAlerts().addIfAbsent(warning)).isTrue();
        assertThat(fixture.usageAlerts().addIfAbsent(
                alert(team, UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, month, T0.plusSeconds(5)))).isFalse();
        assertThat(fixture.usageAlerts().addIfAbsent(warning)).isFalse();
        assertThat(fixture.usageAlerts().addIfAbsent(
                alert(team, UsageMetric.TRAFFIC_GB, AlertLevel.CRITICAL, month, T0))).isTrue();
        assertThat(fixture.usageAlerts().addIfAbsent(
                alert(team, UsageMetric.CPU_CORE_HOURS, AlertLevel.WARNING, month, T0))).isTrue();
        assertThat(fixture.usageAlerts().addIfAbsent(
                alert(team, UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, month.plusMonths(1), T0))).isTrue();
        assertThat(fixture.usageAlerts().addIfAbsent(
                alert(other, UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, month, T0))).isTrue();

        UsageAlert stored = fixture.usageAlerts().findByTeam(team.id(), Optional.of(month)).stream()
                .filter(a -> a.key().equals(warning.key())).findFirst().orElseThrow();
        assertThat(stored.id()).isEqualTo(warning.id());
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.used()).isEqualByComparingTo("81.5");
        assertThat(stored.limit()).isEqualByComparingTo("100");
        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.empty())).hasSize(4);
    }

    @Test
    void a_duplicate_alert_inside_a_unit_of_work_leaves_the_unit_usable() {
        Team team = newTeam(PlanId.PRO);
        YearMonth month = YearMonth.of(2025, 3);
        fixture.usageAlerts().addIfAbsent(alert(team, UsageMetric.STORAGE_MB, AlertLevel.WARNING, month, T0));

        List<Boolean> added = fixture.transactions().inTransaction(() -> List.of(
                fixture.usageAlerts().addIfAbsent(alert(team, UsageMetric.STORAGE_MB, AlertLevel.WARNING, month, T0)),
                fixture.usageAlerts().addIfAbsent(alert(team, UsageMetric.STORAGE_MB, AlertLevel.CRITICAL, month, T0)),
                fixture.usageAlerts().addIfAbsent(alert(team, UsageMetric.STORAGE_MB, AlertLevel.CRITICAL, month, T0)),
                fixture.usageAlerts().addIfAbsent(alert(team, UsageMetric.STORAGE_MB, AlertLevel.EXCEEDED, month, T0))));

        assertThat(added).containsExactly(false, true, false, true);
        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.of(month))).extracting(UsageAlert::level)
                .containsExactly(AlertLevel.EXCEEDED, AlertLevel.CRITICAL, AlertLevel.WARNING);
    }

    @Test
    void a_teams_alerts_are_listed_newest_first_then_most_severe_then_by_metric_and_filtered_by_month() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        YearMonth january = YearMonth.of(2025, 1);
        YearMonth february = YearMonth.of(2025, 2);
        Instant later = T0.plusSeconds(3600);
        UsageAlert oldWarning = alert(team, UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, january, T0);
        UsageAlert storageWarning = alert(team, UsageMetric.STORAGE_MB, AlertLevel.WARNING, february, later);
        UsageAlert cpuWarning = alert(team, UsageMetric.CPU_CORE_HOURS, AlertLevel.WARNING, february, later);
        UsageAlert trafficWarning = alert(team, UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, february, later);
        UsageAlert memoryWarning = alert(team, UsageMetric.MEMORY_MB_PEAK, AlertLevel.WARNING, february, later);
        UsageAlert exceeded = alert(team, UsageMetric.TRAFFIC_GB, AlertLevel.EXCEEDED, february, later);
        UsageAlert critical = alert(team, UsageMetric.TRAFFIC_GB, AlertLevel.CRITICAL, february, later);
        for (UsageAlert a : List.of(oldWarning, storageWarning, cpuWarning, trafficWarning, memoryWarning, exceeded,
                critical, alert(other, UsageMetric.TRAFFIC_GB, AlertLevel.EXCEEDED, february, later))) {
            assertThat(fixture.usageAlerts().addIfAbsent(a)).isTrue();
        }

        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.empty())).extracting(UsageAlert::id)
                .containsExactly(exceeded.id(), critical.id(), cpuWarning.id(), memoryWarning.id(),
                        trafficWarning.id(), storageWarning.id(), oldWarning.id());
        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.of(january))).extracting(UsageAlert::id)
                .containsExactly(oldWarning.id());
        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.of(february))).hasSize(6);
        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.of(YearMonth.of(2025, 3)))).isEmpty();

        for (Optional<YearMonth> month : List.of(Optional.<YearMonth>empty(), Optional.of(february))) {
            List<UsageAlert> all = fixture.usageAlerts().findByTeam(team.id(), month);
            for (int limit : List.of(1, 2, 3, 6, 7)) {
                List<UsageAlert> walked = walk(limit, last -> fixture.usageAlerts().findPageByTeam(team.id(), month,
                        last.map(UsageAlertRepository.AlertPosition::of), limit));
                assertThat(walked).extracting(UsageAlert::id)
                        .containsExactlyElementsOf(all.stream().map(UsageAlert::id).toList());
            }
        }
    }

    private static UsageAlert thresholdWithOutlook(Team team, UsageMetric metric, AlertLevel level, YearMonth month,
                                                   Instant createdAt) {
        AddOnSuggestion suggestion = new AddOnSuggestion(ResourceType.TRAFFIC, 3, Money.eur("4.50"),
                Money.eur("13.50"), false);
        return new UsageAlert(UsageAlertId.fromOpaque(unique()), team.id(), metric, level, month,
                new BigDecimal("812.000001"), new BigDecimal("1000"), createdAt, Optional.of(month.atDay(20)),
                Optional.of(suggestion), Optional.empty());
    }

    private static UsageAlert cliff(Team team, ResourceId resource, int withinDays, UsageMetric metric,
                                    Instant createdAt) {
        return new UsageAlert(UsageAlertId.fromOpaque(unique()), team.id(), metric, AlertLevel.CLIFF,
                YearMonth.of(2025, 1), new BigDecimal("150.5"), new BigDecimal("100"), createdAt, Optional.empty(),
                Optional.of(new AddOnSuggestion(ResourceType.RAM, 1, Money.eur("2.00"), Money.eur("2.00"), true)),
                Optional.of(new UsageAlert.Cliff(resource, T0.plus(Duration.ofDays(withinDays)), withinDays)));
    }

    @Test
    void an_alert_comes_back_with_its_forecast_suggestion_and_cliff() {
        Team team = newTeam(PlanId.PRO);
        YearMonth month = YearMonth.of(2025, 1);
        UsageAlert plain = alert(team, UsageMetric.CPU_CORE_HOURS, AlertLevel.WARNING, month, T0);
        UsageAlert threshold = thresholdWithOutlook(team, UsageMetric.TRAFFIC_GB, AlertLevel.CRITICAL, month, T0);
        UsageAlert cliff = cliff(team, ResourceId.fromOpaque(unique()), 7, UsageMetric.MEMORY_MB_PEAK, T0);
        for (UsageAlert alert : List.of(plain, threshold, cliff)) {
            assertThat(fixture.usageAlerts().addIfAbsent(alert)).isTrue();
        }

        List<UsageAlert> stored = fixture.usageAlerts().findByTeam(team.id(), Optional.of(month));
        assertThat(stored).containsExactly(threshold, cliff, plain); // critical, cliff, warning
        UsageAlert storedThreshold = stored.get(0);
        assertThat(storedThreshold.reachesLimitOn()).contains(LocalDate.parse("2025-01-20"));
        assertThat(storedThreshold.suggestion()).contains(new AddOnSuggestion(ResourceType.TRAFFIC, 3,
                Money.eur("4.50"), Money.eur("13.50"), false));
        assertThat(storedThreshold.cliff()).isEmpty();
        UsageAlert storedCliff = stored.get(1);
        assertThat(storedCliff.level()).isEqualTo(AlertLevel.CLIFF);
        assertThat(storedCliff.cliff()).contains(cliff.cliff().orElseThrow());
        assertThat(storedCliff.cliff().orElseThrow().expiresAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(storedCliff.key()).isEqualTo(cliff.key());
        assertThat(stored.get(2).reachesLimitOn()).isEmpty();
        assertThat(stored.get(2).suggestion()).isEmpty();
    }

    @Test
    void a_cliff_alert_is_added_once_per_team_add_on_and_warning_window() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        ResourceId resource = ResourceId.fromOpaque(unique());
        UsageAlert weekBefore = cliff(team, resource, 7, UsageMetric.MEMORY_MB_PEAK, T0);

        assertThat(fixture.usageAlerts().addIfAbsent(weekBefore)).isTrue();
        // the same add-on and window: another metric, another day, still the same warning
        assertThat(fixture.usageAlerts().addIfAbsent(
                cliff(team, resource, 7, UsageMetric.CPU_CORE_HOURS, T0.plusSeconds(3600)))).isFalse();
        assertThat(fixture.usageAlerts().addIfAbsent(
                cliff(team, resource, 1, UsageMetric.MEMORY_MB_PEAK, T0.plusSeconds(7200)))).isTrue();
        assertThat(fixture.usageAlerts().addIfAbsent(
                cliff(team, ResourceId.fromOpaque(unique()), 7, UsageMetric.MEMORY_MB_PEAK, T0))).isTrue();
        assertThat(fixture.usageAlerts().addIfAbsent(cliff(other, resource, 7, UsageMetric.MEMORY_MB_PEAK, T0)))
                .isTrue();
        // a threshold of the same metric and month is another alert
        assertThat(fixture.usageAlerts().addIfAbsent(
                alert(team, UsageMetric.MEMORY_MB_PEAK, AlertLevel.WARNING, YearMonth.of(2025, 1), T0))).isTrue();

        List<UsageAlert> stored = fixture.usageAlerts().findByTeam(team.id(), Optional.empty());
        assertThat(stored).hasSize(4);
        assertThat(stored).filteredOn(a -> a.key().equals(weekBefore.key())).containsExactly(weekBefore);
    }

    @Test
    void the_most_severe_first_order_names_every_level_and_puts_a_cliff_between_critical_and_warning() {
        assertThat(UsageAlertRepository.MOST_SEVERE_FIRST).containsExactlyInAnyOrder(AlertLevel.values());
        Team team = newTeam(PlanId.PRO);
        YearMonth month = YearMonth.of(2025, 1);
        UsageAlert warning = alert(team, UsageMetric.CPU_CORE_HOURS, AlertLevel.WARNING, month, T0);
        UsageAlert cliffOnTraffic = cliff(team, ResourceId.fromOpaque(unique()), 7, UsageMetric.TRAFFIC_GB, T0);
        UsageAlert cliffOnCpu = cliff(team, ResourceId.fromOpaque(unique()), 7, UsageMetric.CPU_CORE_HOURS, T0);
        // the same add-on, metric and moment: ordered by key, "…/1d" before "…/7d"
        ResourceId resource = ResourceId.fromOpaque(unique());
        UsageAlert cliffWeek = cliff(team, resource, 7, UsageMetric.STORAGE_MB, T0);
        UsageAlert cliffDay = cliff(team, resource, 1, UsageMetric.STORAGE_MB, T0);
        UsageAlert critical = alert(team, UsageMetric.STORAGE_MB, AlertLevel.CRITICAL, month, T0);
        UsageAlert exceeded = alert(team, UsageMetric.STORAGE_MB, AlertLevel.EXCEEDED, month, T0);
        UsageAlert newerWarning = alert(team, UsageMetric.STORAGE_MB, AlertLevel.WARNING, month, T0.plusSeconds(1));
        for (UsageAlert a : List.of(warning, cliffOnTraffic, cliffWeek, critical, cliffDay, exceeded, cliffOnCpu,
                newerWarning)) {
            assertThat(fixture.usageAlerts().addIfAbsent(a)).isTrue();
        }

        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.of(month))).extracting(UsageAlert::id)
                .containsExactly(newerWarning.id(), exceeded.id(), critical.id(), cliffOnCpu.id(),
                        cliffOnTraffic.id(), cliffDay.id(), cliffWeek.id(), warning.id());
    }

    // ---------------------------------------------------------------- storage meter

    @Test
    void the_default_storage_meter_sums_the_sizes_reported_for_deployments_not_removed() {
        assumeThat(fixture).as("the in-memory meter is told values by hand").isNotInstanceOf(InMemoryFixture.class);
        Team team = newTeam(PlanId.PRO);
        Project project = newProject(team, T0);
        Project other = newProject(team, T0);
        assertThat(fixture.storageMeter().storageMb(project)).isZero();

        Deployment old = newDeployment(project, PRODUCTION, DeploymentStatus.FINISHED, false, 1000, T0);
        newDeployment(project, PRODUCTION, DeploymentStatus.FINISHED, true, 300, T0.plusSeconds(1));
        newDeployment(project, PREVIEW, DeploymentStatus.FAILED, false, 20, T0.plusSeconds(2));
        newDeployment(project, PREVIEW, DeploymentStatus.RUNNING, false, 5, T0.plusSeconds(3));
        newDeployment(other, PRODUCTION, DeploymentStatus.FINISHED, true, 7000, T0);
        assertThat(fixture.storageMeter().storageMb(project)).isEqualTo(1325);

        Deployment removed = fixture.deployments().findById(old.id()).orElseThrow();
        removed.remove();
        fixture.deployments().save(removed);
        assertThat(fixture.storageMeter().storageMb(project)).isEqualTo(325);
    }
}
