package com.servelink.application.service.notification;

import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.PaymentEvent;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.platform.PlatformEvent;
import com.servelink.domain.shared.DomainEvent;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.SupportEvent;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the domain's events into the events that leave the platform, and appends them to the
 * outbox in the caller's transaction: the snapshot is read there, so it is exactly what that
 * transaction committed. Internal notes, events no one outside listens to (a purchase started, a
 * project paused) and cancellations by the team itself produce nothing.
 */
public final class OutboxEventPublisher implements EventPublisher {
    private final Outbox outbox;
    private final IdSource ids;
    private final TeamRepository teams;
    private final TicketRepository tickets;
    private final AdditionalResourceRepository resources;

    public OutboxEventPublisher(Outbox outbox, IdSource ids, TeamRepository teams, TicketRepository tickets,
                                AdditionalResourceRepository resources) {
        this.outbox = outbox;
        this.ids = ids;
        this.teams = teams;
        this.tickets = tickets;
        this.resources = resources;
    }

    @Override
    public void publish(DomainEvent event) {
        Optional<Outgoing> outgoing = translate(event);
        outgoing.ifPresent(out -> outbox.append(new OutboxEvent(OutboxEvent.ID_PREFIX + ids.nextOpaqueId(),
                out.type().code(), event.occurredAt(), Optional.of(out.team()), out.data())));
    }

    private record Outgoing(EventType type, TeamId team, Map<String, Object> data) {
    }

    private Optional<Outgoing> translate(DomainEvent event) {
        if (event instanceof SupportEvent support) {
            return support(support);
        }
        if (event instanceof AddOnEvent addOn) {
            return addOn(addOn);
        }
        if (event instanceof PaymentEvent.Reversed) {
            return Optional.empty(); // no outgoing event type for refunds and disputes yet (decision 194)
        }
        if (event instanceof PaymentEvent payment) {
            Map<String, Object> data = team(payment.teamId());
            data.put("payment_id", payment.paymentId().value());
            data.put("resource_id", payment.resourceId().value());
            data.put("amount", payment.amount().amount().toPlainString());
            data.put("currency", payment.amount().currency().getCurrencyCode());
            EventType type = payment instanceof PaymentEvent.Completed
                    ? EventType.PAYMENT_COMPLETED : EventType.PAYMENT_FAILED;
            return Optional.of(new Outgoing(type, payment.teamId(), data));
        }
        if (event instanceof PlatformEvent.UsageAlertRaised alert) {
            Map<String, Object> data = team(alert.teamId());
            data.put("alert_id", alert.alertId().value());
            data.put("metric", alert.metric().code());
            data.put("level", alert.level().code());
            data.put("month", alert.month().toString());
            return Optional.of(new Outgoing(EventType.USAGE_ALERT, alert.teamId(), data));
        }
        return Optional.empty();
    }

    private Optional<Outgoing> support(SupportEvent event) {
        Ticket ticket = tickets.findById(event.ticketId()).orElseThrow(
                () -> new IllegalStateException("event of a ticket not stored: " + event.ticketId()));
        Map<String, Object> data = team(event.teamId());
        data.put("ticket_id", ticket.id().value());
        data.put("subject", ticket.subject());
        data.put("priority", ticket.priority().code());
        data.put("status", ticket.status().code());
        data.put("category", ticket.category().code());
        EventType type;
        if (event instanceof SupportEvent.Opened) {
            type = EventType.TICKET_CREATED;
            data.put("description", ticket.description());
            data.put("created_by", ticket.userId().value());
        } else if (event instanceof SupportEvent.MessagePosted posted) {
            if (posted.internal()) {
                return Optional.empty();
            }
            Message message = tickets.messagesOf(ticket.id(), false).stream()
                    .filter(candidate -> candidate.id().equals(posted.messageId()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("public message not stored: " + posted.messageId()));
            type = EventType.TICKET_REPLIED;
            data.put("message_id", message.id().value());
            data.put("author_type", message.authorType().code());
            message.userId().ifPresent(author -> data.put("author_id", author.value()));
            data.put("text", message.text());
        } else if (event instanceof SupportEvent.StatusChanged changed) {
            type = EventType.TICKET_STATUS_CHANGED;
            data.put("from", changed.from().code());
            data.put("to", changed.to().code());
        } else if (event instanceof SupportEvent.SlaWarning warning) {
            type = EventType.TICKET_SLA_WARNING;
            data.put("target", warning.target().code());
            data.put("due_at", warning.dueAt().toString());
        } else if (event instanceof SupportEvent.SlaBreached breached) {
            type = EventType.TICKET_SLA_BREACHED;
            data.put("target", breached.target().code());
            data.put("due_at", breached.dueAt().toString());
        } else {
            return Optional.empty();
        }
        return Optional.of(new Outgoing(type, event.teamId(), data));
    }

    private Optional<Outgoing> addOn(AddOnEvent event) {
        EventType type;
        if (event instanceof AddOnEvent.Activated) {
            type = EventType.ADDON_ACTIVATED;
        } else if (event instanceof AddOnEvent.Expiring) {
            type = EventType.ADDON_EXPIRING;
        } else if (event instanceof AddOnEvent.Expired) {
            type = EventType.ADDON_EXPIRED;
        } else {
            return Optional.empty(); // a purchase started or a cancellation: the team did it itself
        }
        return Optional.of(new Outgoing(type, event.teamId(), resource(event.teamId(), event.resourceId())));
    }

    private Map<String, Object> resource(TeamId team, ResourceId id) {
        var resource = resources.findById(id).orElseThrow(
                () -> new IllegalStateException("event of a resource not stored: " + id));
        Map<String, Object> data = team(team);
        data.put("resource_id", resource.id().value());
        data.put("resource_type", resource.type().code());
        data.put("quantity", resource.quantity().value());
        data.put("expires_at", resource.expiresAt().map(Instant::toString).orElse(null));
        // addon.expiring tells an owner whether a renewal will be charged (issue 15)
        data.put("auto_renew", resource.autoRenew());
        return data;
    }

    private Map<String, Object> team(TeamId id) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("team_id", id.value());
        teams.findById(id).ifPresent(team -> {
            data.put("team_slug", team.slug().value());
            data.put("team_name", team.name());
        });
        return data;
    }
}
