package com.servelink.application.platform;

import com.servelink.application.port.in.platform.ListProjectsUseCase.ListProjectsQuery;
import com.servelink.application.port.in.platform.ReactivateProjectUseCase.ReactivateProjectCommand;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.platform.PlatformEvent;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of a Free project, told day by day with the job at 02:00 UTC: created, used, forgotten
 * and paused, reactivated by its owner, forgotten again, paused, then disabled for good.
 */
class ProjectLifecycleScenarioTest {
    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);

    private ProjectStatus nightlyCheckOn(String day) {
        core.clock.set(Instant.parse(day + "T02:00:00Z"));
        core.checkInactiveProjects.checkInactiveProjects();
        return core.listProjects.list(new ListProjectsQuery(core.freeOwner, TINY)).items().get(0).status();
    }

    @Test
    void a_free_project_from_creation_to_disabled() {
        core.clock.set(Instant.parse("2025-03-01T09:00:00Z"));
        Project shop = steps.createProject(TINY, "shop");
        core.clock.set(Instant.parse("2025-03-03T18:30:00Z"));
        steps.traffic(shop, core.clock.instant());

        // last traffic 2025-03-03 18:30: five days end 2025-03-08 18:30, so the 8th's run is too early
        assertThat(nightlyCheckOn("2025-03-08")).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(nightlyCheckOn("2025-03-09")).isEqualTo(ProjectStatus.INACTIVE);

        // the owner notices on the 12th and brings it back
        core.clock.set(Instant.parse("2025-03-12T08:00:00Z"));
        core.reactivateProject.reactivate(new ReactivateProjectCommand(core.freeOwner, TINY, shop.id()));
        assertThat(nightlyCheckOn("2025-03-13")).isEqualTo(ProjectStatus.ACTIVE);

        // nobody visits again: paused on the 18th (the reactivation on the 12th at 08:00 restarts the count)
        assertThat(nightlyCheckOn("2025-03-17")).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(nightlyCheckOn("2025-03-18")).isEqualTo(ProjectStatus.INACTIVE);

        // a visit to the paused page does not bring it back; seven days after the pause it is disabled
        core.clock.set(Instant.parse("2025-03-20T12:00:00Z"));
        steps.traffic(shop, core.clock.instant());
        assertThat(nightlyCheckOn("2025-03-24")).isEqualTo(ProjectStatus.INACTIVE);
        assertThat(nightlyCheckOn("2025-03-25")).isEqualTo(ProjectStatus.DISABLED);

        refused(() -> core.reactivateProject.reactivate(new ReactivateProjectCommand(core.freeOwner, TINY, shop.id())),
                ErrorCode.INVALID_TRANSITION);
        assertThat(nightlyCheckOn("2025-06-01")).isEqualTo(ProjectStatus.DISABLED);
        Project last = steps.reload(shop);
        assertThat(last.reactivationCount()).isEqualTo(1);
        assertThat(last.inactiveSince()).contains(Instant.parse("2025-03-18T02:00:00Z"));
        assertThat(core.events.events()).filteredOn(PlatformEvent.class::isInstance)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ProjectPaused", "ProjectReactivated", "ProjectPaused", "ProjectDisabled");
    }
}
