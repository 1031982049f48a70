package com.servelink.domain.platform;

import com.servelink.domain.catalog.InactiveProjectPolicy;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.TeamId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * This system's minimal record of a team's project on the platform: enough to pause projects
 * without traffic, to let owners reactivate them, and to attribute usage and storage.
 *
 * <p>Rules decided here (SPEC §7–§8 leave them open):
 * <ul>
 *   <li>The inactivity clock of an {@code active} project runs from the latest of its creation,
 *       its last traffic and its last reactivation: a project that never had traffic counts from
 *       its creation, and a reactivated project gets a full {@code pause_after_days} again.</li>
 *   <li>Boundaries are exact durations (5 days = 120 hours) and reaching one counts: a project
 *       whose last traffic is exactly 120 hours old is paused; 1 second less and it stays active.
 *       The same holds for {@code delete_after_days} counted from {@code inactive_since}.</li>
 *   <li>{@code inactive_since} is the moment the policy paused the project. One evaluation moves
 *       a project one step only, so a project never goes from active to disabled at once: its
 *       team always has the full {@code delete_after_days} to reactivate it.</li>
 *   <li>Traffic is recorded in every status (the latest instant is kept), but traffic alone never
 *       reactivates an inactive project: reactivating is an owner's or admin's decision, and an
 *       inactive project is disabled {@code delete_after_days} after it was paused whatever its
 *       traffic.</li>
 * </ul>
 */
public final class Project {
    public static final int NAME_MAX = 100;

    private final ProjectId id;
    private final TeamId teamId;
    private final Instant createdAt;
    private final long version;
    private String name;
    private ProjectStatus status;
    private Instant lastTrafficAt;
    private Instant inactiveSince;
    private Instant lastReactivatedAt;
    private long storageMb;
    private int reactivationCount;

    private Project(ProjectId id, TeamId teamId, String name, ProjectStatus status, Instant createdAt,
                    Instant lastTrafficAt, Instant inactiveSince, Instant lastReactivatedAt, long storageMb,
                    int reactivationCount, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.name = Objects.requireNonNull(name, "name");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (status == ProjectStatus.INACTIVE && inactiveSince == null) {
            throw new IllegalArgumentException("an inactive project needs inactive_since");
        }
        if (status == ProjectStatus.ACTIVE && inactiveSince != null) {
            throw new IllegalArgumentException("an active project has no inactive_since");
        }
        if (storageMb < 0 || reactivationCount < 0) {
            throw new IllegalArgumentException("storage and reactivation count cannot be negative");
        }
        this.lastTrafficAt = lastTrafficAt;
        this.inactiveSince = inactiveSince;
        this.lastReactivatedAt = lastReactivatedAt;
        this.storageMb = storageMb;
        this.reactivationCount = reactivationCount;
        this.version = version;
    }

    /** A new, active project without traffic yet; its name has 1 to 100 code points and is not blank. */
    public static Project create(ProjectId id, TeamId teamId, String name, Instant now) {
        new FieldChecks().text(name, "name", 1, NAME_MAX).throwIfAny();
        return new Project(id, teamId, name, ProjectStatus.ACTIVE, now, null, null, null, 0, 0, 0);
    }

    /** For the persistence mapper only: rebuilds a stored project as it was. */
    public static Project reconstitute(ProjectId id, TeamId teamId, String name, ProjectStatus status,
                                       Instant createdAt, Instant lastTrafficAt, Instant inactiveSince,
                                       Instant lastReactivatedAt, long storageMb, int reactivationCount,
                                       long version) {
        return new Project(id, teamId, name, status, createdAt, lastTrafficAt, inactiveSince, lastReactivatedAt,
                storageMb, reactivationCount, version);
    }

    /** The platform saw traffic at {@code at}; keeps the latest. Returns whether anything changed. */
    public boolean recordTraffic(Instant at) {
        Objects.requireNonNull(at, "at");
        if (lastTrafficAt != null && !at.isAfter(lastTrafficAt)) {
            return false;
        }
        lastTrafficAt = at;
        return true;
    }

    public void rename(String newName) {
        new FieldChecks().text(newName, "name", 1, NAME_MAX).throwIfAny();
        name = newName;
    }

    /** An owner or admin brings a paused project back; a disabled one stays disabled. */
    public void reactivate(Instant now) {
        if (status != ProjectStatus.INACTIVE) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION, "project " + id + " is " + status.code()
                    + "; only an inactive project can be reactivated");
        }
        status = ProjectStatus.ACTIVE;
        inactiveSince = null;
        lastReactivatedAt = now;
        reactivationCount++;
    }

    /** Where the inactive-project policy of the team's plan would put the project at {@code now}. */
    public ProjectStatus statusDue(InactiveProjectPolicy policy, Instant now) {
        Objects.requireNonNull(policy, "policy");
        return switch (status) {
            case ACTIVE -> reached(inactivityCountedFrom(), policy.pauseAfterDays(), now)
                    ? ProjectStatus.INACTIVE : ProjectStatus.ACTIVE;
            case INACTIVE -> reached(inactiveSince, policy.deleteAfterDays(), now)
                    ? ProjectStatus.DISABLED : ProjectStatus.INACTIVE;
            case DISABLED -> ProjectStatus.DISABLED;
        };
    }

    /** Applies the policy: one step at most (active → inactive, or inactive → disabled). Returns whether it moved. */
    public boolean applyInactivityPolicy(InactiveProjectPolicy policy, Instant now) {
        ProjectStatus due = statusDue(policy, now);
        if (due == status) {
            return false;
        }
        if (due == ProjectStatus.INACTIVE) {
            inactiveSince = now;
        }
        status = due;
        return true;
    }

    /** The latest of creation, last traffic and last reactivation: where the pause delay starts. */
    public Instant inactivityCountedFrom() {
        Instant from = createdAt;
        if (lastTrafficAt != null && lastTrafficAt.isAfter(from)) {
            from = lastTrafficAt;
        }
        if (lastReactivatedAt != null && lastReactivatedAt.isAfter(from)) {
            from = lastReactivatedAt;
        }
        return from;
    }

    /** The storage meter measured the project's disk use; returns whether it differs from the last. */
    public boolean updateStorage(long megabytes) {
        if (megabytes < 0) {
            throw new IllegalArgumentException("storage cannot be negative: " + megabytes);
        }
        if (megabytes == storageMb) {
            return false;
        }
        storageMb = megabytes;
        return true;
    }

    private static boolean reached(Instant from, int days, Instant now) {
        return !now.isBefore(from.plus(Duration.ofDays(days)));
    }

    public ProjectId id() {
        return id;
    }

    public TeamId teamId() {
        return teamId;
    }

    public String name() {
        return name;
    }

    public ProjectStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastTrafficAt() {
        return Optional.ofNullable(lastTrafficAt);
    }

    /** When the policy paused the project; kept once disabled. */
    public Optional<Instant> inactiveSince() {
        return Optional.ofNullable(inactiveSince);
    }

    public Optional<Instant> lastReactivatedAt() {
        return Optional.ofNullable(lastReactivatedAt);
    }

    public long storageMb() {
        return storageMb;
    }

    public int reactivationCount() {
        return reactivationCount;
    }

    /** The optimistic-locking version the project was loaded with. */
    public long version() {
        return version;
    }
}
