package com.servelink.application.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.platform.ListProjectsUseCase.ListProjectsQuery;
import com.servelink.application.port.in.platform.ReactivateProjectUseCase.ReactivateProjectCommand;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;

/** What members do with projects: list them; owners and admins reactivate paused ones. */
class ProjectMembersTest {
    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);
    private final Actor tinyAdmin = new Actor.TeamUser(new UserId(2));
    private final Actor tinyMember = new Actor.TeamUser(new UserId(3));
    private final Project shop;

    ProjectMembersTest() {
        core.memberships.save(new Membership(core.teamId(TINY), new UserId(2), Role.ADMIN));
        core.memberships.save(new Membership(core.teamId(TINY), new UserId(3), Role.MEMBER));
        shop = steps.createProject(TINY, "shop");
        core.clock.advance(Duration.ofDays(5));
        core.checkInactiveProjects.checkInactiveProjects();
    }

    private Project reactivate(Actor actor, ProjectId project) {
        return core.reactivateProject.reactivate(new ReactivateProjectCommand(actor, TINY, project));
    }

    @Test
    void owners_and_admins_reactivate_an_inactive_project() {
        assertThat(steps.reload(shop).status()).isEqualTo(ProjectStatus.INACTIVE);
        assertThat(reactivate(tinyAdmin, shop.id()).status()).isEqualTo(ProjectStatus.ACTIVE);

        core.clock.advance(Duration.ofDays(5));
        core.checkInactiveProjects.checkInactiveProjects();
        Project again = reactivate(core.freeOwner, shop.id());
        assertThat(again.reactivationCount()).isEqualTo(2);
        assertThat(steps.reload(shop).reactivationCount()).isEqualTo(2);
    }

    @Test
    void a_plain_member_may_not_reactivate_and_nothing_changes() {
        refused(() -> reactivate(tinyMember, shop.id()), ErrorCode.FORBIDDEN);
        assertThat(steps.reload(shop).status()).isEqualTo(ProjectStatus.INACTIVE);
        assertThat(steps.reload(shop).reactivationCount()).isZero();
    }

    @Test
    void outsiders_staff_and_the_operator_do_not_find_the_team() {
        for (Actor actor : new Actor[]{core.owner, core.rivalOwner, core.staff, core.operator}) {
            refused(() -> reactivate(actor, shop.id()), ErrorCode.NOT_FOUND);
        }
        assertThat(steps.reload(shop).status()).isEqualTo(ProjectStatus.INACTIVE);
    }

    @Test
    void a_project_of_another_team_is_not_found_through_this_team() {
        Project acmeProject = steps.createProject(ACME, "api");
        refused(() -> reactivate(core.freeOwner, acmeProject.id()), ErrorCode.NOT_FOUND);
        refused(() -> core.reactivateProject.reactivate(new ReactivateProjectCommand(core.owner, ACME, shop.id())),
                ErrorCode.NOT_FOUND);
        refused(() -> reactivate(core.freeOwner, ProjectId.fromOpaque("ghost")), ErrorCode.NOT_FOUND);
        assertThat(steps.reload(shop).status()).isEqualTo(ProjectStatus.INACTIVE);
    }

    @Test
    void an_active_project_cannot_be_reactivated() {
        reactivate(core.freeOwner, shop.id());
        refused(() -> reactivate(core.freeOwner, shop.id()), ErrorCode.INVALID_TRANSITION);
        assertThat(steps.reload(shop).reactivationCount()).isEqualTo(1);
    }

    @Test
    void members_list_their_team_projects_oldest_first() {
        core.clock.advance(Duration.ofMinutes(1));
        Project blog = steps.createProject(TINY, "blog");
        steps.createProject(ACME, "api");
        assertThat(core.listProjects.list(new ListProjectsQuery(tinyMember, TINY)).items())
                .extracting(Project::id).containsExactly(shop.id(), blog.id());
        for (Actor actor : new Actor[]{core.owner, core.staff, core.operator}) {
            refused(() -> core.listProjects.list(new ListProjectsQuery(actor, TINY)), ErrorCode.NOT_FOUND);
        }
    }
}
