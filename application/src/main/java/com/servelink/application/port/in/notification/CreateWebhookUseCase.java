package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.notification.WebhookEndpoint;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An owner or admin adds a webhook endpoint to the team; its signing secret is returned this once. */
public interface CreateWebhookUseCase {
    /** {@code kind}: {@code webhook} (the default), {@code slack} or {@code discord}. */
    record CreateWebhookCommand(Actor actor, TeamSlug team, String url, List<String> events, String description,
                                Optional<String> kind) {
        public CreateWebhookCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The endpoint and its secret, shown once (Slack and Discord endpoints have one too, unused). */
    record CreatedWebhook(WebhookEndpoint endpoint, String secret) {
    }

    CreatedWebhook create(CreateWebhookCommand command);
}
