package com.servelink.application.service.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.out.MembershipRepository.TeamMembership;
import com.servelink.application.port.out.WebhookEndpointRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.notification.WebhookEndpointId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.TeamSlug;

import java.security.SecureRandom;
import java.util.HexFormat;

/** What the webhook use cases share: who may manage endpoints, finding one, new secrets. */
final class WebhookEndpoints {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookEndpoints() {
    }

    /** The team, if the caller is one of its owners or admins; a member is refused (403). */
    static TeamMembership requireManager(TeamAccess access, Actor actor, TeamSlug team) {
        TeamMembership membership = access.requireMember(actor, team);
        if (!membership.role().managesBilling()) {
            throw new DomainException(ErrorCode.FORBIDDEN,
                    "only the team's owners and admins manage webhooks; you are a " + membership.role().code());
        }
        return membership;
    }

    /** The team's endpoint; one of another team is not found, as a missing one. */
    static WebhookEndpoint require(WebhookEndpointRepository endpoints, TeamMembership team, WebhookEndpointId id) {
        return endpoints.findById(id).filter(endpoint -> endpoint.teamId().equals(team.team().id()))
                .orElseThrow(() -> DomainException.notFound("webhook " + id));
    }

    /** A new signing secret: {@code whsec_} and 256 random bits in hex. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
