package com.servelink.application.service.invoicing;

import com.servelink.application.port.in.invoicing.GetBillingProfileUseCase;
import com.servelink.application.port.out.BillingProfileRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.team.Team;

/** A team's billing profile for any member, or the fallback its invoices print without one. */
public final class GetBillingProfileService implements GetBillingProfileUseCase {
    private final TeamAccess access;
    private final BillingProfileRepository profiles;
    private final Buyers buyers;

    public GetBillingProfileService(TeamAccess access, BillingProfileRepository profiles, CountryCode sellerCountry) {
        this.access = access;
        this.profiles = profiles;
        this.buyers = new Buyers(profiles, sellerCountry);
    }

    @Override
    public BillingProfile get(GetBillingProfileQuery query) {
        Team team = access.requireMember(query.actor(), query.team()).team();
        return profiles.find(team.id()).map(profile -> new BillingProfile(profile, true))
                .orElseGet(() -> new BillingProfile(buyers.fallback(team), false));
    }
}
