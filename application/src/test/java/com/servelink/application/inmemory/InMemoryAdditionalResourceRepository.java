package com.servelink.application.inmemory;

import com.servelink.application.port.out.RowPosition;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Add-ons in a map, stored as copies so that only {@link #save} changes what is stored. */
public final class InMemoryAdditionalResourceRepository implements AdditionalResourceRepository {
    private final Map<ResourceId, AdditionalResource> resources = new LinkedHashMap<>();
    private final Map<ResourceId, Instant> expiryAnnounced = new LinkedHashMap<>();

    @Override
    public synchronized Optional<AdditionalResource> findById(ResourceId id) {
        return Optional.ofNullable(resources.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized List<AdditionalResource> findByTeam(TeamId team, Optional<ResourceStatus> status) {
        return resources.values().stream()
                .filter(r -> r.teamId().equals(team))
                .filter(r -> status.map(s -> r.status() == s).orElse(true))
                .sorted(Comparator.comparing(AdditionalResource::createdAt).reversed()
                        .thenComparing(r -> r.id().value(), Comparator.reverseOrder()))
                .map(r -> copy(r, r.version()))
                .toList();
    }

    @Override
    public synchronized List<AdditionalResource> findPageByTeam(TeamId team, Optional<ResourceStatus> status,
                                                                Optional<RowPosition> after, int limit) {
        return findByTeam(team, status).stream()
                .filter(r -> after.map(a -> RowPositions.OLDEST_FIRST.compare(
                        new RowPosition(r.createdAt(), r.id().value()), a) < 0).orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Map<ResourceType, Long> countingUnits(TeamId team, Instant now) {
        Map<ResourceType, Long> units = new EnumMap<>(ResourceType.class);
        resources.values().stream()
                .filter(r -> r.teamId().equals(team) && r.countsAt(now))
                .forEach(r -> units.merge(r.type(), (long) r.quantity().value(), Long::sum));
        return units;
    }

    @Override
    public synchronized List<AdditionalResource> findActiveDuring(TeamId team, Instant from, Instant to) {
        return resources.values().stream()
                .filter(r -> r.teamId().equals(team))
                .filter(r -> r.activatedAt().map(a -> a.isBefore(to)).orElse(false)
                        && r.expiresAt().map(e -> e.isAfter(from)).orElse(false))
                .map(r -> copy(r, r.version()))
                .toList();
    }

    @Override
    public synchronized List<AdditionalResource> findActiveExpiring(Instant from, Instant to) {
        return resources.values().stream()
                .filter(r -> r.status() == ResourceStatus.ACTIVE)
                .filter(r -> r.expiresAt().map(e -> e.isAfter(from) && !e.isAfter(to)).orElse(false))
                .sorted(Comparator.comparing((AdditionalResource r) -> r.expiresAt().orElseThrow())
                        .thenComparing(r -> r.id().value()))
                .map(r -> copy(r, r.version()))
                .toList();
    }

    @Override
    public synchronized void save(AdditionalResource resource) {
        AdditionalResource stored = resources.get(resource.id());
        long version = Versions.next(stored == null ? null : stored.version(), resource.version(),
                "resource " + resource.id());
        resources.put(resource.id(), copy(resource, version));
    }

    @Override
    public synchronized int expireDue(Instant now) {
        int expired = 0;
        for (AdditionalResource resource : List.copyOf(resources.values())) {
            AdditionalResource changed = copy(resource, resource.version() + 1);
            if (changed.expire(now)) {
                resources.put(resource.id(), changed);
                expired++;
            }
        }
        return expired;
    }

    private static AdditionalResource copy(AdditionalResource r, long version) {
        return AdditionalResource.reconstitute(r.id(), r.teamId(), r.type(), r.quantity(), r.unitPrice(),
                r.paymentId(), r.status(), r.createdAt(), r.activatedAt().orElse(null), r.expiresAt().orElse(null),
                r.cancelledAt().orElse(null), r.autoRenew(), r.renewalReference().orElse(null), version);
    }

    @Override
    public synchronized boolean markExpiryAnnounced(ResourceId id, Instant expiresAt) {
        if (!resources.containsKey(id) || expiresAt.equals(expiryAnnounced.get(id))) {
            return false;
        }
        expiryAnnounced.put(id, expiresAt);
        return true;
    }
}
