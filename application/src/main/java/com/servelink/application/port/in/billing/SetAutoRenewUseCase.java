package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.team.TeamSlug;

import java.util.Objects;

/** An owner or admin switches an add-on's automatic renewal on or off (off by default). */
public interface SetAutoRenewUseCase {

    record SetAutoRenewCommand(Actor actor, TeamSlug team, ResourceId resource, boolean autoRenew) {
        public SetAutoRenewCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(resource, "resource");
        }
    }

    /**
     * @throws com.servelink.domain.shared.DomainException {@code NOT_FOUND} for another team's or a
     *         missing add-on, {@code FORBIDDEN} for a member, {@code INVALID_TRANSITION} for an
     *         expired or cancelled one
     */
    AdditionalResource setAutoRenew(SetAutoRenewCommand command);
}
