package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.RecordTrafficUseCase;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.platform.Project;
import com.servelink.domain.shared.DomainException;

import java.time.Clock;
import java.time.Instant;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Records a project's traffic. Retried on a concurrent change: the report is still true on the
 * fresh state. An instant more than {@link #MAX_CLOCK_SKEW} ahead of this system's clock is
 * refused, since it would keep the project from ever being paused.
 */
public final class RecordTrafficService implements RecordTrafficUseCase {
    private final ProjectRepository projects;
    private final Transactions transactions;
    private final Clock clock;

    public RecordTrafficService(ProjectRepository projects, Transactions transactions, Clock clock) {
        this.projects = projects;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Project recordTraffic(RecordTrafficCommand command) {
        TeamAccess.requireOperator(command.actor());
        Instant now = clock.instant();
        Instant at = command.at().orElse(now);
        if (at.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw DomainException.invalidField("at", "must not be in the future");
        }
        return retrying(() -> transactions.inTransaction(() -> {
            Project project = projects.findById(command.projectId())
                    .orElseThrow(() -> DomainException.notFound("project " + command.projectId()));
            if (project.recordTraffic(at)) {
                projects.save(project);
            }
            return project;
        }));
    }
}
