package com.servelink.adapter.http.server;

import com.servelink.application.port.in.notification.CreateWebhookUseCase;
import com.servelink.application.port.in.notification.DeleteWebhookUseCase;
import com.servelink.application.port.in.notification.EnableWebhookUseCase;
import com.servelink.application.port.in.notification.ListWebhookDeliveriesUseCase;
import com.servelink.application.port.in.notification.ListWebhooksUseCase;
import com.servelink.application.port.in.notification.RedeliverWebhookUseCase;
import com.servelink.application.port.in.notification.RotateWebhookSecretUseCase;

/** The use cases of a team's outgoing webhooks, driven by their API routes and settings page; the composition root fills it. */
public record WebhookUseCases(CreateWebhookUseCase create, ListWebhooksUseCase list, DeleteWebhookUseCase delete,
                              RotateWebhookSecretUseCase rotate, ListWebhookDeliveriesUseCase deliveries,
                              RedeliverWebhookUseCase redeliver, EnableWebhookUseCase enable) {
}
