package com.servelink.application.port.out;

import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.team.TeamId;

import java.util.Optional;

/** What a team's invoices print as their buyer: its billing profile, which owners and admins edit. */
public interface BillingProfileRepository {
    Optional<BillingParty> find(TeamId team);

    /** Creates or replaces the team's profile; invoices already issued keep the buyer they printed. */
    void save(TeamId team, BillingParty profile);
}
