package com.servelink.application.inmemory;

import com.servelink.application.port.out.BillingProfileRepository;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.team.TeamId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Billing profiles in a map (a profile is an immutable record). */
public final class InMemoryBillingProfileRepository implements BillingProfileRepository {
    private final Map<TeamId, BillingParty> profiles = new ConcurrentHashMap<>();

    @Override
    public Optional<BillingParty> find(TeamId team) {
        return Optional.ofNullable(profiles.get(team));
    }

    @Override
    public void save(TeamId team, BillingParty profile) {
        profiles.put(team, profile);
    }
}
