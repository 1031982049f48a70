package com.servelink.application.service.invoicing;

import com.servelink.application.port.out.BillingProfileRepository;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.team.Team;

/**
 * Who a team's invoice is made out to: its billing profile, or, for a team that never gave one,
 * its name with no address in the seller's country, charged as a consumer there (decision 248).
 */
final class Buyers {
    private final BillingProfileRepository profiles;
    private final CountryCode sellerCountry;

    Buyers(BillingProfileRepository profiles, CountryCode sellerCountry) {
        this.profiles = profiles;
        this.sellerCountry = sellerCountry;
    }

    BillingParty of(Team team) {
        return profiles.find(team.id()).orElseGet(() -> fallback(team));
    }

    BillingParty fallback(Team team) {
        return BillingParty.withoutAddress(team.name(), sellerCountry);
    }
}
