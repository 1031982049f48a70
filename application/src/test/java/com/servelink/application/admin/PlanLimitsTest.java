package com.servelink.application.admin;

import com.servelink.application.port.in.admin.AddMemberUseCase.AddMemberCommand;
import com.servelink.application.port.in.admin.ChangeTeamPlanUseCase.ChangeTeamPlanCommand;
import com.servelink.application.port.in.admin.ChangeTeamPlanUseCase.PlanChanged;
import com.servelink.application.port.in.platform.CreateProjectUseCase.CreateProjectCommand;
import com.servelink.application.service.admin.AddMemberService;
import com.servelink.application.service.admin.ChangeTeamPlanService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.catalog.CountedLimit;
import com.servelink.domain.catalog.LimitOverrun;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PlanLimitReached;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan's {@code projects} and {@code members} limits where projects and members are added, and on a plan change. */
class PlanLimitsTest {
    private final TestCore core = new TestCore();
    private final AddMemberService addMember = new AddMemberService(core.catalog, core.teams, core.users,
            core.memberships, core.transactions);
    private final ChangeTeamPlanService changePlan = new ChangeTeamPlanService(core.catalog, core.teams,
            core.resources, core.projects, core.memberships, core.transactions, core.clock, core.events);

    private Project createProject(com.servelink.domain.team.TeamSlug team, String name) {
        return core.createProject.create(new CreateProjectCommand(core.operator, team, name));
    }

    private long newUser(long id) {
        core.users.save(new User(new UserId(id), "new" + id + "@example.com", "New " + id, false));
        return id;
    }

    @Test
    void a_free_team_gets_two_projects_and_the_third_is_refused_naming_the_limit() {
        createProject(TINY, "one");
        createProject(TINY, "two");

        PlanLimitReached refusal = (PlanLimitReached) refused(() -> createProject(TINY, "three"),
                ErrorCode.PLAN_LIMIT_REACHED);

        assertThat(refusal.overruns()).containsExactly(new LimitOverrun(CountedLimit.PROJECTS, 2, 2));
        assertThat(core.projects.findByTeam(core.teamId(TINY))).extracting(Project::name)
                .containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void a_disabled_project_frees_its_place_an_inactive_one_does_not() {
        // neither has traffic: both go inactive after 5 days, then disabled 7 days later
        Project first = createProject(TINY, "one");
        Project second = createProject(TINY, "two");
        core.clock.set(first.createdAt().plus(Duration.ofDays(5)).plusSeconds(1));
        core.checkInactiveProjects.checkInactiveProjects();
        assertThat(core.projects.findById(first.id()).orElseThrow().status()).isEqualTo(ProjectStatus.INACTIVE);
        refused(() -> createProject(TINY, "three"), ErrorCode.PLAN_LIMIT_REACHED);

        core.clock.advance(Duration.ofDays(7).plusSeconds(1));
        core.checkInactiveProjects.checkInactiveProjects();
        assertThat(core.projects.findById(first.id()).orElseThrow().status()).isEqualTo(ProjectStatus.DISABLED);
        assertThat(core.projects.findById(second.id()).orElseThrow().status()).isEqualTo(ProjectStatus.DISABLED);

        createProject(TINY, "three");
        createProject(TINY, "four");
        assertThat(core.projects.countCountingTowardsLimit(core.teamId(TINY))).isEqualTo(2);
        refused(() -> createProject(TINY, "five"), ErrorCode.PLAN_LIMIT_REACHED);
        assertThat(core.projects.findByTeam(core.teamId(TINY))).hasSize(4);
    }

    @Test
    void minus_one_is_unlimited_on_pro() {
        for (int i = 0; i < 30; i++) {
            createProject(ACME, "p" + i);
        }
        for (long id = 100; id < 130; id++) {
            addMember.add(new AddMemberCommand(core.operator, ACME, newUser(id), "member"));
        }
        assertThat(core.projects.findByTeam(core.teamId(ACME))).hasSize(30);
        assertThat(core.memberships.countMembers(core.teamId(ACME))).isEqualTo(33);
    }

    @Test
    void a_free_team_has_one_member_and_a_second_is_refused_but_a_role_change_is_not() {
        PlanLimitReached refusal = (PlanLimitReached) refused(
                () -> addMember.add(new AddMemberCommand(core.operator, TINY, newUser(100), "member")),
                ErrorCode.PLAN_LIMIT_REACHED);
        assertThat(refusal.overruns()).containsExactly(new LimitOverrun(CountedLimit.MEMBERS, 1, 1));
        assertThat(core.memberships.countMembers(core.teamId(TINY))).isEqualTo(1);

        var changed = addMember.add(new AddMemberCommand(core.operator, TINY, 4, "admin"));
        assertThat(changed.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_downgrade_below_the_counts_is_refused_naming_each_limit_and_changes_nothing() {
        for (int i = 0; i < 5; i++) {
            createProject(ACME, "p" + i);
        }

        PlanLimitReached refusal = (PlanLimitReached) refused(
                () -> changePlan.changePlan(new ChangeTeamPlanCommand(core.operator, ACME, "free")),
                ErrorCode.PLAN_LIMIT_REACHED);

        assertThat(refusal.overruns()).containsExactly(new LimitOverrun(CountedLimit.PROJECTS, 2, 5),
                new LimitOverrun(CountedLimit.MEMBERS, 1, 3));
        assertThat(core.teams.findBySlug(ACME).orElseThrow().plan()).isEqualTo(PlanId.PRO);
    }

    @Test
    void a_forced_downgrade_goes_through_keeps_everything_and_says_what_is_over() {
        for (int i = 0; i < 5; i++) {
            createProject(ACME, "p" + i);
        }

        PlanChanged changed = changePlan.changePlan(new ChangeTeamPlanCommand(core.operator, ACME, "free", true));

        assertThat(changed.team().plan()).isEqualTo(PlanId.FREE);
        assertThat(changed.overLimits()).containsExactly(new LimitOverrun(CountedLimit.PROJECTS, 2, 5),
                new LimitOverrun(CountedLimit.MEMBERS, 1, 3));
        assertThat(core.projects.findByTeam(core.teamId(ACME))).hasSize(5);
        assertThat(core.teams.findBySlug(ACME).orElseThrow().plan()).isEqualTo(PlanId.FREE);
        refused(() -> createProject(ACME, "p5"), ErrorCode.PLAN_LIMIT_REACHED);
    }

    @Test
    void a_downgrade_within_the_limits_says_nothing_is_over_and_an_upgrade_never_does() {
        createProject(TINY, "one");
        assertThat(changePlan.changePlan(new ChangeTeamPlanCommand(core.operator, TINY, "pro")).overLimits())
                .isEmpty();
        assertThat(changePlan.changePlan(new ChangeTeamPlanCommand(core.operator, TINY, "free")).overLimits())
                .isEmpty();
        assertThat(core.teams.findBySlug(TINY).orElseThrow().plan()).isEqualTo(PlanId.FREE);
    }
}
