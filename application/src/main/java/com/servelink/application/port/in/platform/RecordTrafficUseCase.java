package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The operator reports that a project had traffic at an instant (now when absent). The latest
 * instant is kept; traffic never reactivates an inactive project.
 */
public interface RecordTrafficUseCase {

    /** How far ahead of this system's clock a reported instant may be (clock skew between systems). */
    Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    record RecordTrafficCommand(Actor actor, ProjectId projectId, Optional<Instant> at) {
        public RecordTrafficCommand {
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(at, "at");
        }
    }

    Project recordTraffic(RecordTrafficCommand command);
}
