package com.servelink.application.platform;

import com.servelink.application.port.in.platform.ReportDeploymentUseCase.ReportDeploymentCommand;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.DeploymentStatus;
import com.servelink.domain.platform.Project;
import com.servelink.domain.shared.ErrorCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.TINY;
import static com.servelink.domain.platform.DeploymentStatus.FAILED;
import static com.servelink.domain.platform.DeploymentStatus.FINISHED;
import static com.servelink.domain.platform.DeploymentStatus.REMOVED;
import static com.servelink.domain.platform.DeploymentStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

/** Deployments reported by the operator, and the {@code cleanup_inactive_deployments} job. */
class DeploymentsTest {
    private final TestCore core = new TestCore();
    private final PlatformSteps steps = new PlatformSteps(core);
    private final Project api = steps.createProject(ACME, "api");

    private Deployment deployLater(Project project, String environment, String status, boolean current) {
        core.clock.advance(Duration.ofMinutes(10));
        return steps.deploy(project, environment, status, current);
    }

    private List<DeploymentStatus> statuses(List<Deployment> deployments) {
        return deployments.stream().map(d -> steps.reload(d.id()).status()).toList();
    }

    private int cleanup() {
        return core.cleanupDeployments.cleanupDeployments();
    }

    @Nested
    class Reporting {
        @Test
        void a_new_current_deployment_retires_the_current_one_of_its_environment_only() {
            Deployment prod1 = deployLater(api, "production", "finished", true);
            Deployment preview = deployLater(api, "preview", "finished", true);
            Deployment prod2 = deployLater(api, "production", "finished", true);

            assertThat(steps.reload(prod1.id()).isCurrent()).isFalse();
            assertThat(steps.reload(prod2.id()).isCurrent()).isTrue();
            assertThat(steps.reload(preview.id()).isCurrent()).isTrue();
            assertThat(prod2.id().value()).startsWith("dep_");
            assertThat(prod2.sizeMb()).isEqualTo(10);
        }

        @Test
        void news_of_a_deployment_moves_it_forward_and_can_make_it_current() {
            Deployment live = deployLater(api, "production", "finished", true);
            Deployment next = deployLater(api, "production", "running", false);
            steps.update(next, "finished", true);

            assertThat(steps.reload(next.id()).status()).isEqualTo(FINISHED);
            assertThat(steps.reload(next.id()).isCurrent()).isTrue();
            assertThat(steps.reload(next.id()).sizeMb()).as("absent size keeps the size").isEqualTo(10);
            assertThat(steps.reload(live.id()).isCurrent()).isFalse();
            refused(() -> steps.update(next, "running", true), ErrorCode.INVALID_TRANSITION);
        }

        @Test
        void bad_fields_are_all_named_and_nothing_is_written() {
            refusedFields(() -> core.reportDeployment.report(new ReportDeploymentCommand(core.operator, api.id(),
                    Optional.empty(), "Production!", "removed", true, Optional.of(-1L))),
                    "environment", "status", "sizeMb");
            refusedFields(() -> core.reportDeployment.report(new ReportDeploymentCommand(core.operator, api.id(),
                    Optional.empty(), null, null, false, Optional.empty())), "environment", "status");
            assertThat(core.deployments.findByProject(api.id())).isEmpty();
        }

        @Test
        void unknown_projects_and_deployments_of_other_projects_are_not_found() {
            Project other = steps.createProject(TINY, "blog");
            Deployment ofOther = steps.deploy(other, "production", "running", false);
            refused(() -> core.reportDeployment.report(new ReportDeploymentCommand(core.operator,
                    com.servelink.domain.platform.ProjectId.fromOpaque("nope"), Optional.empty(), "production",
                    "running", false, Optional.empty())), ErrorCode.NOT_FOUND);
            refused(() -> core.reportDeployment.report(new ReportDeploymentCommand(core.operator, api.id(),
                    Optional.of(ofOther.id()), "production", "finished", true, Optional.empty())), ErrorCode.NOT_FOUND);
            refused(() -> core.reportDeployment.report(new ReportDeploymentCommand(core.operator, api.id(),
                    Optional.of(DeploymentId.fromOpaque("nope")), "production", "finished", true, Optional.empty())),
                    ErrorCode.NOT_FOUND);
            assertThat(steps.reload(ofOther.id()).status()).isEqualTo(RUNNING);
        }

        @Test
        void a_deployment_cannot_change_environment() {
            Deployment running = deployLater(api, "production", "running", false);
            refusedFields(() -> core.reportDeployment.report(new ReportDeploymentCommand(core.operator, api.id(),
                    Optional.of(running.id()), "preview", "finished", false, Optional.empty())), "environment");
            assertThat(steps.reload(running.id()).status()).isEqualTo(RUNNING);
        }

        @Test
        void only_the_operator_reports_deployments() {
            for (var actor : List.of(core.owner, core.staff, core.member)) {
                refused(() -> core.reportDeployment.report(new ReportDeploymentCommand(actor, api.id(),
                        Optional.empty(), "production", "running", true, Optional.empty())), ErrorCode.FORBIDDEN);
            }
            assertThat(core.deployments.findByProject(api.id())).isEmpty();
        }
    }

    @Nested
    class Cleanup {
        @Test
        void keeps_the_current_and_previous_deployment_and_removes_older_ones() {
            List<Deployment> production = new ArrayList<>();
            production.add(deployLater(api, "production", "finished", true));
            production.add(deployLater(api, "production", "failed", false));
            production.add(deployLater(api, "production", "finished", true));
            production.add(deployLater(api, "production", "finished", true));
            production.add(deployLater(api, "production", "finished", true));

            assertThat(cleanup()).isEqualTo(3);
            assertThat(statuses(production)).containsExactly(REMOVED, REMOVED, REMOVED, FINISHED, FINISHED);
            assertThat(cleanup()).as("a second run removes nothing").isZero();
        }

        @Test
        void running_deployments_are_never_removed() {
            Deployment oldRunning = deployLater(api, "production", "running", false);
            Deployment old = deployLater(api, "production", "finished", false);
            deployLater(api, "production", "finished", false);
            deployLater(api, "production", "finished", true);

            assertThat(cleanup()).isEqualTo(1);
            assertThat(steps.reload(oldRunning.id()).status()).isEqualTo(RUNNING);
            assertThat(steps.reload(old.id()).status()).isEqualTo(REMOVED);
        }

        @Test
        void each_project_and_environment_is_cleaned_on_its_own() {
            Project blog = steps.createProject(TINY, "blog");
            List<Deployment> kept = new ArrayList<>();
            List<Deployment> removed = new ArrayList<>();
            for (Project project : List.of(api, blog)) {
                for (String environment : List.of("production", "preview")) {
                    removed.add(deployLater(project, environment, "failed", false));
                    removed.add(deployLater(project, environment, "finished", true));
                    kept.add(deployLater(project, environment, "finished", true));
                    kept.add(deployLater(project, environment, "finished", true));
                }
            }
            assertThat(cleanup()).isEqualTo(8);
            assertThat(statuses(removed)).containsOnly(REMOVED);
            assertThat(statuses(kept)).containsOnly(FINISHED);
            assertThat(cleanup()).isZero();
        }

        @Test
        void a_failed_deployment_does_not_take_the_place_of_the_rollback_target() {
            Deployment rollback = deployLater(api, "production", "finished", true);
            Deployment failed = deployLater(api, "production", "failed", false);
            Deployment live = deployLater(api, "production", "finished", true);

            assertThat(cleanup()).isZero();
            assertThat(statuses(List.of(rollback, failed, live))).containsExactly(FINISHED, FAILED, FINISHED);
        }
    }
}
