package com.servelink.application.platform;

import com.servelink.application.inmemory.InMemoryJobRunLog;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.in.admin.JobNames;
import com.servelink.application.port.in.admin.RunJobUseCase.RunJobCommand;
import com.servelink.application.service.admin.RunJobService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.platform.Project;
import com.servelink.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.servelink.application.platform.PlatformSteps.sample;
import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;

/** The four platform jobs under their SPEC §7 names, run by name as the scheduler and the operator do. */
class PlatformJobsTest {
    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);
    private final RunJobService runJob = new RunJobService(List.of(
            new JobDefinition(JobNames.CHECK_INACTIVE_PROJECTS, "0 0 2 * * ?",
                    core.checkInactiveProjects::checkInactiveProjects),
            new JobDefinition(JobNames.CLEANUP_INACTIVE_DEPLOYMENTS, "0 0 3 * * ?",
                    core.cleanupDeployments::cleanupDeployments),
            new JobDefinition(JobNames.UPDATE_PROJECT_STORAGE, "0 0 4 * * ?", core.updateProjectStorage::updateStorage),
            new JobDefinition(JobNames.CHECK_USAGE_LIMITS, "0 0 6 * * ?", core.checkUsageLimits::checkUsageLimits)),
            new InMemoryJobRunLog(), core.clock);

    private Map<String, Integer> runAll() {
        Map<String, Integer> affected = new LinkedHashMap<>();
        for (String job : List.of("check_inactive_projects", "cleanup_inactive_deployments", "update_project_storage",
                "check_usage_limits_task")) {
            affected.put(job, runJob.run(new RunJobCommand(core.operator, job)).affected());
        }
        return affected;
    }

    @Test
    void every_job_does_its_work_once_and_a_second_run_changes_nothing() {
        Project shop = steps.createProject(TINY, "shop");
        Project api = steps.createProject(ACME, "api");
        for (int i = 0; i < 4; i++) {
            core.clock.advance(Duration.ofMinutes(5));
            steps.deploy(api, "production", "finished", true);
        }
        core.storageMeter.set(shop.id(), 90);
        core.storageMeter.set(api.id(), 2048);
        steps.report(sample(shop.id(), "2025-01-20", "storage_mb", "90"));
        core.clock.advance(Duration.ofDays(5));

        assertThat(runAll()).containsExactly(
                Map.entry("check_inactive_projects", 1),
                Map.entry("cleanup_inactive_deployments", 2),
                Map.entry("update_project_storage", 2),
                Map.entry("check_usage_limits_task", 1));
        assertThat(runAll()).as("second run").containsOnly(
                Map.entry("check_inactive_projects", 0),
                Map.entry("cleanup_inactive_deployments", 0),
                Map.entry("update_project_storage", 0),
                Map.entry("check_usage_limits_task", 0));
    }

    @Test
    void only_the_operator_or_the_scheduler_runs_jobs() {
        steps.createProject(TINY, "shop");
        core.clock.advance(Duration.ofDays(5));
        refused(() -> runJob.run(new RunJobCommand(core.freeOwner, "check_inactive_projects")), ErrorCode.FORBIDDEN);
        assertThat(runJob.run(new RunJobCommand(new Actor.System("scheduler"), "check_inactive_projects"))
                .affected()).isEqualTo(1);
    }
}
