package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.team.TeamSlug;

/** An owner or admin gives up an add-on, at once and without refund. */
public interface CancelAddOnUseCase {

    record CancelAddOnCommand(Actor actor, TeamSlug team, ResourceId resourceId) {
    }

    AdditionalResource cancel(CancelAddOnCommand command);
}
