package com.servelink.bootstrap.wiring;

import com.servelink.adapter.http.server.NotificationUseCases;
import com.servelink.adapter.http.server.WebhookUseCases;
import com.servelink.adapter.http.webhook.HttpWebhookSender;
import com.servelink.adapter.http.webhook.JdkHostResolver;
import com.servelink.adapter.http.webhook.WebhookPayloads;
import com.servelink.adapter.mail.SmtpNotificationMailer;
import com.servelink.adapter.persistence.secrets.SecretBox;
import com.servelink.application.service.notification.CreateWebhookService;
import com.servelink.application.service.notification.DeleteWebhookService;
import com.servelink.application.service.notification.DeliveryChannel;
import com.servelink.application.service.notification.EmailChannel;
import com.servelink.application.service.notification.EnableWebhookService;
import com.servelink.application.service.notification.GetNotificationPreferencesService;
import com.servelink.application.service.notification.ListWebhookDeliveriesService;
import com.servelink.application.service.notification.ListWebhooksService;
import com.servelink.application.service.notification.NotificationLinks;
import com.servelink.application.service.notification.RedeliverWebhookService;
import com.servelink.application.service.notification.RotateWebhookSecretService;
import com.servelink.application.service.notification.UnsubscribeService;
import com.servelink.application.service.notification.UnsubscribeTokens;
import com.servelink.application.service.notification.UpdateNotificationPreferencesService;
import com.servelink.application.service.notification.WebhookChannel;
import com.servelink.application.service.notification.WebhookUrlPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways events leave the outbox (outgoing webhooks always; e-mail when an SMTP server is set)
 * and the use cases that manage them.
 *
 * @param channels what the outbox's dispatcher delivers through
 */
public record Notifications(List<DeliveryChannel> channels, WebhookUseCases webhooks,
                            NotificationUseCases preferences) {

    public static Notifications wire(Core core, SecretBox secretBox) {
        var db = core.database();
        var configuration = core.configuration();
        List<DeliveryChannel> channels = new ArrayList<>();
        // outgoing webhooks: endpoints with sealed secrets, the SSRF guard, their channel of the outbox
        var endpoints = db.webhookEndpoints(secretBox);
        var urls = new WebhookUrlPolicy(new JdkHostResolver(), configuration.webhooks().allowHttp(),
                configuration.webhooks().allowPrivate());
        channels.add(new WebhookChannel(endpoints, db.teams(), urls,
                new HttpWebhookSender(new WebhookPayloads(core.publicUrl())), core.outbox(), core.tx(), core.ids(),
                core.clock()));
        var access = core.access();
        var webhooks = new WebhookUseCases(
                new CreateWebhookService(access, endpoints, urls, core.tx(), core.ids(), core.clock()),
                new ListWebhooksService(access, endpoints),
                new DeleteWebhookService(access, endpoints, core.tx()),
                new RotateWebhookSecretService(access, endpoints, core.tx(), core.clock()),
                new ListWebhookDeliveriesService(access, endpoints),
                new RedeliverWebhookService(access, endpoints, core.outbox(), core.tx(), core.clock()),
                new EnableWebhookService(access, endpoints, urls, core.tx()));
        // e-mail: registered only when an SMTP server is set; the links carry the public URL and
        // are signed with a key derived from the secret key, the same on every node
        var unsubscribeTokens = new UnsubscribeTokens(secretBox.derivedKey("unsubscribe-links"));
        var preferences = db.notificationPreferences();
        configuration.smtp().ifPresent(smtp -> channels.add(new EmailChannel(db.notificationRecipients(),
                preferences, new SmtpNotificationMailer(smtp, core.clock()),
                new NotificationLinks(core.publicUrl(), unsubscribeTokens))));
        var preferenceUseCases = new NotificationUseCases(new GetNotificationPreferencesService(preferences),
                new UpdateNotificationPreferencesService(preferences, core.tx()),
                new UnsubscribeService(unsubscribeTokens, db.users(), preferences, core.tx()));
        return new Notifications(List.copyOf(channels), webhooks, preferenceUseCases);
    }
}
