package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.CheckInactiveProjectsUseCase;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.catalog.InactiveProjectPolicy;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.platform.PlatformEvent;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.ProjectStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Applies each plan's inactive-project policy to the projects of the teams on it, a page at a
 * time. A project due to move is reloaded and changed in its own unit of work (retried when a
 * traffic report races it), so one project's conflict never undoes another's change. One instant
 * is used for the whole run.
 */
public final class CheckInactiveProjectsService implements CheckInactiveProjectsUseCase {
    static final int BATCH = 500;
    private static final Set<ProjectStatus> WATCHED = EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.INACTIVE);

    private final PricingCatalog catalog;
    private final ProjectRepository projects;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;

    public CheckInactiveProjectsService(PricingCatalog catalog, ProjectRepository projects, Transactions transactions,
                                        Clock clock, EventPublisher events) {
        this.catalog = catalog;
        this.projects = projects;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public int checkInactiveProjects() {
        Instant now = clock.instant();
        int changed = 0;
        for (Plan plan : catalog.plans()) {
            Optional<InactiveProjectPolicy> policy = plan.features().inactiveProjectPolicy();
            if (policy.isEmpty()) {
                continue;
            }
            Optional<ProjectId> after = Optional.empty();
            List<Project> page;
            do {
                page = projects.findPageOnPlan(plan.id(), WATCHED, after, BATCH);
                for (Project seen : page) {
                    if (seen.statusDue(policy.get(), now) != seen.status() && apply(seen.id(), policy.get(), now)) {
                        changed++;
                    }
                }
                if (!page.isEmpty()) {
                    after = Optional.of(page.get(page.size() - 1).id());
                }
            } while (page.size() == BATCH);
        }
        return changed;
    }

    private boolean apply(ProjectId id, InactiveProjectPolicy policy, Instant now) {
        Optional<PlatformEvent> event = retrying(() -> transactions.inTransaction(() -> {
            Optional<Project> found = projects.findById(id);
            if (found.isEmpty() || !found.get().applyInactivityPolicy(policy, now)) {
                return Optional.<PlatformEvent>empty();
            }
            Project project = found.get();
            projects.save(project);
            PlatformEvent changed = project.status() == ProjectStatus.INACTIVE
                    ? new PlatformEvent.ProjectPaused(project.id(), project.teamId(), now)
                    : new PlatformEvent.ProjectDisabled(project.id(), project.teamId(), now);
            events.publish(changed);
            return Optional.of(changed);
        }));
        return event.isPresent();
    }
}
