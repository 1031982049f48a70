package com.servelink.application.port.out;

import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.team.TeamId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores the projects the platform reports. Batch jobs read them a page at a time in id order
 * ({@code after} is the last id of the previous page), so no job loads every project at once.
 */
public interface ProjectRepository {
    Optional<Project> findById(ProjectId id);

    /** The team's projects, oldest first (by creation, then id). */
    List<Project> findByTeam(TeamId team);

    /** Up to {@code limit} of the team's projects, oldest first (by creation, then id), strictly after {@code after}. */
    List<Project> findPageByTeam(TeamId team, Optional<RowPosition> after, int limit);

    /** How many of the team's projects count towards the plan's {@code projects} limit: those not disabled. */
    long countCountingTowardsLimit(TeamId team);

    /** Which of {@code ids} exist, in one look-up. */
    Set<ProjectId> findExisting(Collection<ProjectId> ids);

    /** Up to {@code limit} projects with an id after {@code after}, in id order. */
    List<Project> findPage(Optional<ProjectId> after, int limit);

    /**
     * Up to {@code limit} projects of teams currently on {@code plan} and in one of
     * {@code statuses}, with an id after {@code after}, in id order.
     */
    List<Project> findPageOnPlan(PlanId plan, Set<ProjectStatus> statuses, Optional<ProjectId> after, int limit);

    /**
     * Inserts or updates. An update from a stale version is a {@code CONFLICT}; so is a second
     * project of the same team with the same name.
     */
    void save(Project project);
}
