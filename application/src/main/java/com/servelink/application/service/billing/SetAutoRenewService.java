package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.SetAutoRenewUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.shared.DomainException;

import static com.servelink.application.service.ConflictRetry.retrying;

/** Switches an add-on's automatic renewal; the team's owners and admins decide, members may not. */
public final class SetAutoRenewService implements SetAutoRenewUseCase {
    private final TeamAccess access;
    private final AdditionalResourceRepository resources;
    private final Transactions transactions;

    public SetAutoRenewService(TeamAccess access, AdditionalResourceRepository resources, Transactions transactions) {
        this.access = access;
        this.resources = resources;
        this.transactions = transactions;
    }

    @Override
    public AdditionalResource setAutoRenew(SetAutoRenewCommand command) {
        var team = access.requireBillingManager(command.actor(), command.team()).team();
        // retried: the choice still holds on a resource another request just touched
        return retrying(() -> transactions.inTransaction(() -> {
            AdditionalResource resource = resources.findById(command.resource())
                    .filter(r -> r.teamId().equals(team.id()))
                    .orElseThrow(() -> DomainException.notFound("resource " + command.resource()));
            resource.setAutoRenew(command.autoRenew());
            resources.save(resource);
            return resource;
        }));
    }
}
