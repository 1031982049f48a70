package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.platform.Deployment;
import com.servelink.domain.platform.DeploymentId;
import com.servelink.domain.platform.ProjectId;

import java.util.Objects;
import java.util.Optional;

/**
 * The operator reports a deployment: without {@code deploymentId} a new one, with it news of an
 * existing one (statuses move forward only: {@code running} → {@code finished} | {@code failed}).
 * A deployment reported current makes the other deployments of the same project and environment
 * non-current. {@code status} is {@code running}, {@code finished} or {@code failed};
 * {@code environment} 1–40 characters of {@code a-z 0-9 -}; {@code sizeMb} 0 or more (absent:
 * 0 for a new deployment, unchanged for an existing one).
 */
public interface ReportDeploymentUseCase {

    record ReportDeploymentCommand(Actor actor, ProjectId projectId, Optional<DeploymentId> deploymentId,
                                   String environment, String status, boolean current, Optional<Long> sizeMb) {
        public ReportDeploymentCommand {
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(deploymentId, "deploymentId");
            Objects.requireNonNull(sizeMb, "sizeMb");
        }
    }

    Deployment report(ReportDeploymentCommand command);
}
