package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.CreateProjectUseCase;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.catalog.CountedLimit;
import com.servelink.domain.catalog.CountedLimitPolicy;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.Team;

import java.time.Clock;

/**
 * Records a project the platform creates for a team, within the plan's {@code projects} limit:
 * the team's row is locked while its projects are counted, so two creations racing for the last
 * place cannot both take it. Disabled projects do not count (they cannot come back).
 */
public final class CreateProjectService implements CreateProjectUseCase {
    private final PricingCatalog catalog;
    private final TeamRepository teams;
    private final ProjectRepository projects;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;

    public CreateProjectService(PricingCatalog catalog, TeamRepository teams, ProjectRepository projects,
                                Transactions transactions, IdSource ids, Clock clock) {
        this.catalog = catalog;
        this.teams = teams;
        this.projects = projects;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Project create(CreateProjectCommand command) {
        TeamAccess.requireOperator(command.actor());
        new FieldChecks().text(command.name(), "name", 1, Project.NAME_MAX).throwIfAny();
        return transactions.inTransaction(() -> {
            Team team = teams.lockBySlug(command.team())
                    .orElseThrow(() -> DomainException.notFound("team " + command.team()));
            if (projects.findByTeam(team.id()).stream().anyMatch(p -> p.name().equals(command.name()))) {
                throw new DomainException(ErrorCode.CONFLICT,
                        "team " + team.slug() + " already has a project named " + command.name());
            }
            CountedLimitPolicy.requireRoomForOneMore(catalog.requirePlan(team.plan()).limits(),
                    CountedLimit.PROJECTS, projects.countCountingTowardsLimit(team.id()));
            Project project = Project.create(ProjectId.fromOpaque(ids.nextOpaqueId()), team.id(), command.name(),
                    clock.instant());
            projects.save(project);
            return project;
        });
    }
}
