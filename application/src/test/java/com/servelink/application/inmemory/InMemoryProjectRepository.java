package com.servelink.application.inmemory;

import com.servelink.application.port.out.RowPosition;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Projects in a map, stored as copies so that only {@link #save} changes what is stored; the
 * team's plan is read through the team repository, as a database would join.
 */
public final class InMemoryProjectRepository implements ProjectRepository {
    private static final Comparator<Project> BY_ID = Comparator.comparing(p -> p.id().value());

    private final TeamRepository teams;
    private final Map<ProjectId, Project> projects = new LinkedHashMap<>();

    public InMemoryProjectRepository(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public synchronized Optional<Project> findById(ProjectId id) {
        return Optional.ofNullable(projects.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized List<Project> findByTeam(TeamId team) {
        return projects.values().stream()
                .filter(p -> p.teamId().equals(team))
                .sorted(Comparator.comparing(Project::createdAt).thenComparing(BY_ID))
                .map(p -> copy(p, p.version()))
                .toList();
    }

    @Override
    public synchronized List<Project> findPageByTeam(TeamId team, Optional<RowPosition> after, int limit) {
        return findByTeam(team).stream()
                .filter(p -> after.map(a -> RowPositions.OLDEST_FIRST.compare(
                        new RowPosition(p.createdAt(), p.id().value()), a) > 0).orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long countCountingTowardsLimit(TeamId team) {
        return projects.values().stream()
                .filter(p -> p.teamId().equals(team) && p.status() != ProjectStatus.DISABLED)
                .count();
    }

    @Override
    public synchronized Set<ProjectId> findExisting(Collection<ProjectId> ids) {
        return ids.stream().filter(projects::containsKey).collect(Collectors.toSet());
    }

    @Override
    public synchronized List<Project> findPage(Optional<ProjectId> after, int limit) {
        return projects.values().stream()
                .filter(p -> after.map(a -> p.id().value().compareTo(a.value()) > 0).orElse(true))
                .sorted(BY_ID).limit(limit)
                .map(p -> copy(p, p.version()))
                .toList();
    }

    @Override
    public synchronized List<Project> findPageOnPlan(PlanId plan, Set<ProjectStatus> statuses,
                                                     Optional<ProjectId> after, int limit) {
        return projects.values().stream()
                .filter(p -> statuses.contains(p.status()))
                .filter(p -> teams.findById(p.teamId()).map(Team::plan).filter(plan::equals).isPresent())
                .filter(p -> after.map(a -> p.id().value().compareTo(a.value()) > 0).orElse(true))
                .sorted(BY_ID).limit(limit)
                .map(p -> copy(p, p.version()))
                .toList();
    }

    @Override
    public synchronized void save(Project project) {
        boolean nameTaken = projects.values().stream().anyMatch(p -> p.teamId().equals(project.teamId())
                && p.name().equals(project.name()) && !p.id().equals(project.id()));
        if (nameTaken) {
            throw new DomainException(ErrorCode.CONFLICT, "the team already has a project named " + project.name());
        }
        Project stored = projects.get(project.id());
        long version = Versions.next(stored == null ? null : stored.version(), project.version(),
                "project " + project.id());
        projects.put(project.id(), copy(project, version));
    }

    private static Project copy(Project p, long version) {
        return Project.reconstitute(p.id(), p.teamId(), p.name(), p.status(), p.createdAt(),
                p.lastTrafficAt().orElse(null), p.inactiveSince().orElse(null), p.lastReactivatedAt().orElse(null),
                p.storageMb(), p.reactivationCount(), version);
    }
}
