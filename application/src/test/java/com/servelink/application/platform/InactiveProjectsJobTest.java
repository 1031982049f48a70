package com.servelink.application.platform;

import com.servelink.application.port.in.platform.ReactivateProjectUseCase.ReactivateProjectCommand;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.platform.PlatformEvent;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Team;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code check_inactive_projects} job on Free (paused after 5 days, disabled 7 later) and Pro (never). */
class InactiveProjectsJobTest {
    private static final Duration FIVE_DAYS = Duration.ofHours(120);
    private static final Duration SEVEN_DAYS = Duration.ofHours(168);
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);

    private int runJob() {
        return core.checkInactiveProjects.checkInactiveProjects();
    }

    private ProjectStatus statusOf(Project project) {
        return steps.reload(project).status();
    }

    @Test
    void a_free_project_is_paused_after_exactly_five_days_without_traffic() {
        Project project = steps.createProject(TINY, "shop");
        Instant lastTraffic = TestCore.START.plus(Duration.ofHours(2));
        core.clock.set(lastTraffic);
        steps.traffic(project, lastTraffic);

        core.clock.set(lastTraffic.plus(FIVE_DAYS).minus(SECOND));
        assertThat(runJob()).isZero();
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.ACTIVE);

        core.clock.set(lastTraffic.plus(FIVE_DAYS));
        assertThat(runJob()).isEqualTo(1);
        Project paused = steps.reload(project);
        assertThat(paused.status()).isEqualTo(ProjectStatus.INACTIVE);
        assertThat(paused.inactiveSince()).contains(lastTraffic.plus(FIVE_DAYS));
        assertThat(core.events.eventsOf(PlatformEvent.ProjectPaused.class)).singleElement()
                .satisfies(e -> assertThat(e.projectId()).isEqualTo(project.id()));

        assertThat(runJob()).as("a second run changes nothing").isZero();
    }

    @Test
    void a_project_that_never_had_traffic_counts_from_its_creation() {
        Project project = steps.createProject(TINY, "never-visited");
        core.clock.set(project.createdAt().plus(FIVE_DAYS).minus(SECOND));
        assertThat(runJob()).isZero();
        core.clock.set(project.createdAt().plus(FIVE_DAYS));
        assertThat(runJob()).isEqualTo(1);
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.INACTIVE);
    }

    @Test
    void an_inactive_project_is_disabled_exactly_seven_days_after_it_was_paused() {
        Project project = steps.createProject(TINY, "shop");
        Instant pausedAt = project.createdAt().plus(FIVE_DAYS).plus(Duration.ofHours(16));
        core.clock.set(pausedAt);
        assertThat(runJob()).isEqualTo(1);

        core.clock.set(pausedAt.plus(SEVEN_DAYS).minus(SECOND));
        assertThat(runJob()).isZero();
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.INACTIVE);

        core.clock.set(pausedAt.plus(SEVEN_DAYS));
        assertThat(runJob()).isEqualTo(1);
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.DISABLED);
        assertThat(core.events.eventsOf(PlatformEvent.ProjectDisabled.class)).hasSize(1);
        assertThat(runJob()).isZero();
    }

    @Test
    void a_disabled_project_cannot_be_reactivated() {
        Project project = steps.createProject(TINY, "shop");
        core.clock.set(project.createdAt().plus(FIVE_DAYS));
        runJob();
        core.clock.advance(SEVEN_DAYS);
        runJob();

        var refusal = refused(() -> core.reactivateProject.reactivate(
                new ReactivateProjectCommand(core.freeOwner, TINY, project.id())), ErrorCode.INVALID_TRANSITION);
        assertThat(refusal.getMessage()).contains("disabled");
        assertThat(steps.reload(project).reactivationCount()).isZero();
        assertThat(steps.reload(project).version()).isEqualTo(2);
    }

    @Test
    void pro_projects_are_never_paused() {
        Project project = steps.createProject(ACME, "api");
        core.clock.advance(Duration.ofDays(400));
        assertThat(runJob()).isZero();
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.ACTIVE);
    }

    @Test
    void traffic_keeps_a_free_project_active_and_on_an_inactive_one_does_not_reactivate_it() {
        Project project = steps.createProject(TINY, "shop");
        core.clock.advance(Duration.ofDays(4));
        steps.traffic(project, core.clock.instant());
        core.clock.advance(Duration.ofDays(4));
        assertThat(runJob()).isZero();

        core.clock.advance(Duration.ofDays(1));
        assertThat(runJob()).isEqualTo(1);
        steps.traffic(project, core.clock.instant());
        assertThat(runJob()).isZero();
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.INACTIVE);
    }

    @Test
    void a_reactivated_project_gets_five_full_days_again() {
        Project project = steps.createProject(TINY, "shop");
        core.clock.set(project.createdAt().plus(FIVE_DAYS));
        runJob();
        core.clock.advance(Duration.ofDays(6));
        Project reactivated = core.reactivateProject.reactivate(
                new ReactivateProjectCommand(core.freeOwner, TINY, project.id()));
        assertThat(reactivated.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(reactivated.reactivationCount()).isEqualTo(1);
        assertThat(core.events.eventsOf(PlatformEvent.ProjectReactivated.class)).hasSize(1);

        core.clock.advance(FIVE_DAYS.minus(SECOND));
        assertThat(runJob()).isZero();
        core.clock.advance(SECOND);
        assertThat(runJob()).isEqualTo(1);
    }

    @Test
    void a_team_moved_to_pro_keeps_its_projects_as_they_are() {
        Project project = steps.createProject(TINY, "shop");
        core.clock.set(project.createdAt().plus(FIVE_DAYS));
        runJob();
        Team tiny = core.teams.findBySlug(TINY).orElseThrow();
        tiny.changePlan(PlanId.PRO);
        core.teams.save(tiny);

        core.clock.advance(Duration.ofDays(30));
        assertThat(runJob()).isZero();
        assertThat(statusOf(project)).isEqualTo(ProjectStatus.INACTIVE);
    }

    @Test
    void every_project_is_checked_across_pages() {
        // more projects than free allows: created on pro, then the team moved back to free
        Team tiny = core.teams.findBySlug(TINY).orElseThrow();
        tiny.changePlan(PlanId.PRO);
        core.teams.save(tiny);
        List<Project> created = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            created.add(steps.createProject(TINY, "project-" + i));
        }
        tiny.changePlan(PlanId.FREE);
        core.teams.save(tiny);
        Project pro = steps.createProject(ACME, "api");
        core.clock.advance(FIVE_DAYS);
        assertThat(runJob()).isEqualTo(1_001);
        assertThat(created).allSatisfy(p -> assertThat(statusOf(p)).isEqualTo(ProjectStatus.INACTIVE));
        assertThat(statusOf(pro)).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(runJob()).isZero();
    }
}
