package com.servelink.application.port.in.invoicing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.team.TeamSlug;

import java.util.Objects;

/** What a team's next invoice prints as its buyer, for any member: its profile, or the fallback (decision 248). */
public interface GetBillingProfileUseCase {
    record GetBillingProfileQuery(Actor actor, TeamSlug team) {
        public GetBillingProfileQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
        }
    }

    /**
     * @param buyer      the party the team's invoices print from now on
     * @param configured whether an owner or admin saved it; {@code false}: the fallback of a team without profile
     */
    record BillingProfile(BillingParty buyer, boolean configured) {
        public BillingProfile {
            Objects.requireNonNull(buyer, "buyer");
        }
    }

    BillingProfile get(GetBillingProfileQuery query);
}
