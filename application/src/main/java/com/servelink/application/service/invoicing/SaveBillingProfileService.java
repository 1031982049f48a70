package com.servelink.application.service.invoicing;

import com.servelink.application.port.in.invoicing.SaveBillingProfileUseCase;
import com.servelink.application.port.out.BillingProfileRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.team.Team;

/** Replaces a team's billing profile, for its owners and admins (403 for a member). */
public final class SaveBillingProfileService implements SaveBillingProfileUseCase {
    private final TeamAccess access;
    private final BillingProfileRepository profiles;
    private final Transactions transactions;

    public SaveBillingProfileService(TeamAccess access, BillingProfileRepository profiles, Transactions transactions) {
        this.access = access;
        this.profiles = profiles;
        this.transactions = transactions;
    }

    @Override
    public BillingParty save(SaveBillingProfileCommand command) {
        Team team = access.requireBillingManager(command.actor(), command.team()).team();
        transactions.run(() -> profiles.save(team.id(), command.profile()));
        return command.profile();
    }
}
