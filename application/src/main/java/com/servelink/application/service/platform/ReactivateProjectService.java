package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.ReactivateProjectUseCase;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.MembershipRepository.TeamMembership;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.platform.PlatformEvent;
import com.servelink.domain.platform.Project;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Instant;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Reactivates a paused project for an owner or admin of its team. A project of another team is
 * "not found", as for a missing one. Retried on a concurrent change (a traffic report), where
 * the fresh state answers: an already reactivated project is then refused as active.
 */
public final class ReactivateProjectService implements ReactivateProjectUseCase {
    private final TeamAccess access;
    private final ProjectRepository projects;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;

    public ReactivateProjectService(TeamAccess access, ProjectRepository projects, Transactions transactions,
                                    Clock clock, EventPublisher events) {
        this.access = access;
        this.projects = projects;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public Project reactivate(ReactivateProjectCommand command) {
        TeamMembership membership = access.requireMember(command.actor(), command.team());
        if (!membership.role().managesBilling()) {
            throw new DomainException(ErrorCode.FORBIDDEN,
                    "only the team's owners and admins reactivate projects; you are a " + membership.role().code());
        }
        Project reactivated = retrying(() -> transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Project project = projects.findById(command.projectId())
                    .filter(p -> p.teamId().equals(membership.team().id()))
                    .orElseThrow(() -> DomainException.notFound("project " + command.projectId()));
            project.reactivate(now);
            projects.save(project);
            events.publish(new PlatformEvent.ProjectReactivated(project.id(), project.teamId(),
                    project.lastReactivatedAt().orElseThrow()));
            return project;
        }));
        return reactivated;
    }
}
