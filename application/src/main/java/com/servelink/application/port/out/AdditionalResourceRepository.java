package com.servelink.application.port.out;

import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores the add-ons teams bought, and answers the sums the limits need. */
public interface AdditionalResourceRepository {
    Optional<AdditionalResource> findById(ResourceId id);

    /** The team's resources, newest first, optionally of one status only. */
    List<AdditionalResource> findByTeam(TeamId team, Optional<ResourceStatus> status);

    /**
     * Up to {@code limit} of the team's add-ons, optionally of one status, in {@link #findByTeam}'s
     * order (newest first by creation, then id, both descending), strictly after {@code after}.
     */
    List<AdditionalResource> findPageByTeam(TeamId team, Optional<ResourceStatus> status, Optional<RowPosition> after,
                                            int limit);

    /**
     * Units per type of the team's resources that count at {@code now}: {@code active} and
     * {@code expires_at} after {@code now}. Types with no counting unit may be absent.
     */
    Map<ResourceType, Long> countingUnits(TeamId team, Instant now);

    /** Inserts or updates; an update from a stale version is a {@code CONFLICT}. */
    void save(AdditionalResource resource);

    /** Marks every active resource whose {@code expires_at} is not after {@code now} expired; returns how many. */
    int expireDue(Instant now);

    /**
     * The team's resources that counted at some moment from {@code from} to {@code to}: activated
     * before {@code to} and expiring after {@code from}, whatever their status now (an expired or
     * cancelled one counted while it was active). For limits in force in the past
     * ({@link AdditionalResource#countedAt}).
     */
    List<AdditionalResource> findActiveDuring(TeamId team, Instant from, Instant to);

    /** Every {@code active} resource, of any team, whose {@code expires_at} is after {@code from} and not after {@code to}. */
    List<AdditionalResource> findActiveExpiring(Instant from, Instant to);

    /**
     * Records that the resource's coming expiry at {@code expiresAt} was announced; false when it
     * already was (for that same expiry), so each expiry is announced once even when two runs race.
     */
    boolean markExpiryAnnounced(ResourceId id, Instant expiresAt);
}
