package com.servelink.application.notification;

import com.servelink.application.inmemory.InMemoryOutbox;
import com.servelink.application.inmemory.InMemoryWebhookEndpointRepository;
import com.servelink.application.port.in.notification.CreateWebhookUseCase.CreateWebhookCommand;
import com.servelink.application.port.in.notification.CreateWebhookUseCase.CreatedWebhook;
import com.servelink.application.port.in.notification.DeleteWebhookUseCase.DeleteWebhookCommand;
import com.servelink.application.port.in.notification.EnableWebhookUseCase.EnableWebhookCommand;
import com.servelink.application.port.in.notification.ListWebhookDeliveriesUseCase.ListWebhookDeliveriesQuery;
import com.servelink.application.port.in.notification.ListWebhooksUseCase.ListWebhooksQuery;
import com.servelink.application.port.in.notification.RedeliverWebhookUseCase.RedeliverWebhookCommand;
import com.servelink.application.port.in.notification.RotateWebhookSecretUseCase.RotateWebhookSecretCommand;
import com.servelink.application.port.out.HostResolver;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.application.port.out.WebhookSender;
import com.servelink.application.service.notification.CreateWebhookService;
import com.servelink.application.service.notification.DeleteWebhookService;
import com.servelink.application.service.notification.DeliveryResult;
import com.servelink.application.service.notification.EnableWebhookService;
import com.servelink.application.service.notification.ListWebhookDeliveriesService;
import com.servelink.application.service.notification.ListWebhooksService;
import com.servelink.application.service.notification.RedeliverWebhookService;
import com.servelink.application.service.notification.RotateWebhookSecretService;
import com.servelink.application.service.notification.WebhookChannel;
import com.servelink.application.service.notification.WebhookUrlPolicy;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.notification.WebhookDelivery;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook use cases and channel on in-memory adapters, with a scripted receiver. */
class WebhookUseCasesTest {
    private final TestCore core = new TestCore();
    private final InMemoryWebhookEndpointRepository endpoints = new InMemoryWebhookEndpointRepository();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final Map<String, String> dns = new java.util.HashMap<>(Map.of("hooks.example.com", "93.184.216.34"));
    private final HostResolver resolver = host -> List.of(InetAddress.getByName(dns.getOrDefault(host, host)));
    private final WebhookUrlPolicy urls = new WebhookUrlPolicy(resolver, false, false);
    private final ScriptedSender sender = new ScriptedSender();
    private final CreateWebhookService create = new CreateWebhookService(core.access, endpoints, urls,
            core.transactions, core.ids, core.clock);
    private final ListWebhooksService list = new ListWebhooksService(core.access, endpoints);
    private final DeleteWebhookService delete = new DeleteWebhookService(core.access, endpoints, core.transactions);
    private final RotateWebhookSecretService rotate = new RotateWebhookSecretService(core.access, endpoints,
            core.transactions, core.clock);
    private final ListWebhookDeliveriesService log = new ListWebhookDeliveriesService(core.access, endpoints);
    private final RedeliverWebhookService redeliver = new RedeliverWebhookService(core.access, endpoints, outbox,
            core.transactions, core.clock);
    private final EnableWebhookService enable = new EnableWebhookService(core.access, endpoints, urls,
            core.transactions);
    private final WebhookChannel channel = new WebhookChannel(endpoints, core.teams, urls, sender, outbox,
            core.transactions, core.ids, core.clock);

    private static final class ScriptedSender implements WebhookSender {
        final Deque<Response> script = new ArrayDeque<>();
        final List<Request> requests = new ArrayList<>();

        @Override
        public Response send(Request request) {
            requests.add(request);
            return script.isEmpty() ? Response.answered(200, Duration.ofMillis(12)) : script.poll();
        }
    }

    private CreatedWebhook created(String... events) {
        return create.create(new CreateWebhookCommand(core.owner, TestCore.ACME, "https://hooks.example.com/in",
                List.of(events), "CI", Optional.empty()));
    }

    private OutboxEvent event(String type) {
        TeamId team = core.teams.findBySlug(TestCore.ACME).orElseThrow().id();
        OutboxEvent event = new OutboxEvent("evt_" + core.ids.nextOpaqueId(), type, core.clock.instant(),
                Optional.of(team), Map.of("team_id", team.value(), "ticket_id", "tkt_1"));
        outbox.append(event);
        return event;
    }

    private static void refused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void owners_and_admins_manage_webhooks_members_are_refused_strangers_see_nothing() {
        CreatedWebhook webhook = created("ticket.created");
        assertThat(webhook.secret()).matches("whsec_[0-9a-f]{64}");
        assertThat(webhook.endpoint().id().value()).startsWith("whk_");
        assertThat(list.list(new ListWebhooksQuery(core.admin, TestCore.ACME))).hasSize(1);
        refused(() -> list.list(new ListWebhooksQuery(core.member, TestCore.ACME)), ErrorCode.FORBIDDEN);
        refused(() -> list.list(new ListWebhooksQuery(core.rivalOwner, TestCore.ACME)), ErrorCode.NOT_FOUND);
        refused(() -> delete.delete(new DeleteWebhookCommand(core.rivalOwner, TestCore.RIVAL,
                webhook.endpoint().id())), ErrorCode.NOT_FOUND);
        delete.delete(new DeleteWebhookCommand(core.admin, TestCore.ACME, webhook.endpoint().id()));
        assertThat(list.list(new ListWebhooksQuery(core.owner, TestCore.ACME))).isEmpty();
        refused(() -> delete.delete(new DeleteWebhookCommand(core.admin, TestCore.ACME, webhook.endpoint().id())),
                ErrorCode.NOT_FOUND);
    }

    @Test
    void an_internal_url_is_refused_naming_url_and_nothing_is_stored() {
        assertThatThrownBy(() -> create.create(new CreateWebhookCommand(core.owner, TestCore.ACME,
                "https://169.254.169.254/latest", List.of("ticket.created"), "", Optional.of("slack"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("url"));
        assertThatThrownBy(() -> create.create(new CreateWebhookCommand(core.owner, TestCore.ACME,
                "https://hooks.example.com/", List.of("ticket.created"), "", Optional.of("teams"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("kind"));
        assertThat(list.list(new ListWebhooksQuery(core.owner, TestCore.ACME))).isEmpty();
    }

    @Test
    void events_go_to_enabled_subscribed_endpoints_of_their_team_signed_with_every_valid_secret() {
        CreatedWebhook tickets = created("ticket.created");
        created("payment.completed");
        OutboxEvent event = event("ticket.created");
        assertThat(channel.targets(event)).containsExactly(tickets.endpoint().id().value());
        assertThat(channel.targets(event("webhook.disabled"))).isEmpty();

        var rotated = rotate.rotate(new RotateWebhookSecretCommand(core.owner, TestCore.ACME,
                tickets.endpoint().id()));
        assertThat(rotated.previousValidUntil()).isEqualTo(core.clock.instant().plus(Duration.ofHours(24)));
        assertThat(channel.deliver(event, tickets.endpoint().id().value(), 1)).isEqualTo(DeliveryResult.delivered());
        assertThat(sender.requests.get(0).secrets()).containsExactly(rotated.secret(), tickets.secret());

        core.clock.advance(Duration.ofHours(25));
        channel.deliver(event, tickets.endpoint().id().value(), 1);
        assertThat(sender.requests.get(1).secrets()).containsExactly(rotated.secret());
        List<WebhookDelivery> logged = log.list(new ListWebhookDeliveriesQuery(core.owner, TestCore.ACME,
                tickets.endpoint().id()));
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0).statusCode()).hasValue(200);
        assertThat(logged.get(0).latencyMillis()).isEqualTo(12);
        assertThat(logged.get(0).eventId()).isEqualTo(event.id());
    }

    @Test
    void failures_for_24_hours_disable_the_endpoint_and_append_webhook_disabled_once() {
        CreatedWebhook webhook = created("ticket.created");
        String target = webhook.endpoint().id().value();
        OutboxEvent event = event("ticket.created");
        sender.script.add(WebhookSender.Response.answered(500, Duration.ofMillis(3)));
        assertThat(channel.deliver(event, target, 1).outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        core.clock.advance(Duration.ofHours(12));
        sender.script.add(WebhookSender.Response.failed("timed out after 5 s", Duration.ofSeconds(5)));
        assertThat(channel.deliver(event, target, 2)).isEqualTo(DeliveryResult.retry("timed out after 5 s"));
        core.clock.advance(Duration.ofHours(12));
        sender.script.add(WebhookSender.Response.answered(503, Duration.ofMillis(3)));
        DeliveryResult last = channel.deliver(event, target, 3);
        assertThat(last.outcome()).isEqualTo(DeliveryResult.Outcome.DROPPED);

        List<OutboxEvent> disabled = outbox.events().stream().filter(e -> e.type().equals("webhook.disabled")).toList();
        assertThat(disabled).hasSize(1);
        assertThat(disabled.get(0).data()).containsEntry("webhook_id", target)
                .containsEntry("url", "https://hooks.example.com/in").containsEntry("team_slug", "acme")
                .containsEntry("description", "CI").containsKey("failing_since");
        // its other pending deliveries are dropped without a call
        int calls = sender.requests.size();
        assertThat(channel.deliver(event("ticket.created"), target, 1).outcome())
                .isEqualTo(DeliveryResult.Outcome.DROPPED);
        assertThat(sender.requests).hasSize(calls);
        assertThat(channel.targets(event("ticket.created"))).isEmpty();
        refused(() -> redeliver.redeliver(new RedeliverWebhookCommand(core.owner, TestCore.ACME,
                webhook.endpoint().id(), log.list(new ListWebhookDeliveriesQuery(core.owner, TestCore.ACME,
                        webhook.endpoint().id())).get(0).id())), ErrorCode.INVALID_TRANSITION);

        assertThat(enable.enable(new EnableWebhookCommand(core.owner, TestCore.ACME, webhook.endpoint().id()))
                .enabled()).isTrue();
        assertThat(channel.deliver(event, target, 4)).isEqualTo(DeliveryResult.delivered());
    }

    @Test
    void a_success_breaks_the_failure_streak() {
        String target = created("ticket.created").endpoint().id().value();
        OutboxEvent event = event("ticket.created");
        sender.script.add(WebhookSender.Response.answered(500, Duration.ZERO));
        channel.deliver(event, target, 1);
        core.clock.advance(Duration.ofHours(20));
        channel.deliver(event, target, 2);
        core.clock.advance(Duration.ofHours(20));
        sender.script.add(WebhookSender.Response.answered(500, Duration.ZERO));
        assertThat(channel.deliver(event, target, 3).outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
    }

    @Test
    void a_name_that_now_resolves_inside_is_refused_at_delivery_and_logged() {
        CreatedWebhook webhook = created("ticket.created");
        dns.put("hooks.example.com", "10.0.0.7");
        DeliveryResult result = channel.deliver(event("ticket.created"), webhook.endpoint().id().value(), 1);
        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
        assertThat(sender.requests).isEmpty();
        WebhookDelivery logged = log.list(new ListWebhookDeliveriesQuery(core.owner, TestCore.ACME,
                webhook.endpoint().id())).get(0);
        assertThat(logged.statusCode()).isEmpty();
        assertThat(logged.error()).hasValueSatisfying(error -> assertThat(error).contains("refused")
                .contains("10.0.0.7"));
    }

    @Test
    void a_deleted_endpoints_deliveries_are_dropped() {
        CreatedWebhook webhook = created("ticket.created");
        delete.delete(new DeleteWebhookCommand(core.owner, TestCore.ACME, webhook.endpoint().id()));
        assertThat(channel.deliver(event("ticket.created"), webhook.endpoint().id().value(), 1).outcome())
                .isEqualTo(DeliveryResult.Outcome.DROPPED);
        assertThat(sender.requests).isEmpty();
    }

    @Test
    void a_logged_delivery_is_queued_again_through_the_outbox() {
        CreatedWebhook webhook = created("ticket.created");
        OutboxEvent event = event("ticket.created");
        sender.script.add(WebhookSender.Response.answered(500, Duration.ZERO));
        channel.deliver(event, webhook.endpoint().id().value(), 1);
        WebhookDelivery logged = log.list(new ListWebhookDeliveriesQuery(core.owner, TestCore.ACME,
                webhook.endpoint().id())).get(0);
        var redelivery = redeliver.redeliver(new RedeliverWebhookCommand(core.admin, TestCore.ACME,
                webhook.endpoint().id(), logged.id()));
        assertThat(redelivery.eventId()).isEqualTo(event.id());
        assertThat(outbox.deliveries()).anySatisfy(row -> {
            assertThat(row.eventId).isEqualTo(event.id());
            assertThat(row.channel).isEqualTo("webhook");
            assertThat(row.target).isEqualTo(webhook.endpoint().id().value());
        });
        refused(() -> redeliver.redeliver(new RedeliverWebhookCommand(core.member, TestCore.ACME,
                webhook.endpoint().id(), logged.id())), ErrorCode.FORBIDDEN);
    }

    @Test
    void the_log_keeps_the_last_100_attempts() {
        CreatedWebhook webhook = created("ticket.created");
        OutboxEvent event = event("ticket.created");
        for (int i = 0; i < 105; i++) {
            channel.deliver(event, webhook.endpoint().id().value(), i + 1);
        }
        assertThat(log.list(new ListWebhookDeliveriesQuery(core.owner, TestCore.ACME, webhook.endpoint().id())))
                .hasSize(100);
    }
}
