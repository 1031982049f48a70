package com.servelink.adapter.http.web;

import com.servelink.adapter.http.web.view.Texts;
import com.servelink.adapter.http.web.view.TicketPageView;
import com.servelink.adapter.http.web.view.TicketRow;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.Ticket;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Tickets and messages as the pages show them: labels in the reader's language, times in the deployment's zone. */
final class TicketRows {
    private final Texts t;
    private final Formats f;
    private final Labels labels;

    TicketRows(PageCall call) {
        this.t = call.t();
        this.f = call.formats();
        this.labels = new Labels(t);
    }

    TicketRow row(TicketView view, String href) {
        Ticket ticket = view.ticket();
        boolean awaiting = ticket.firstRespondedAt().isEmpty() && ticket.status().isOpen();
        return new TicketRow(ticket.id().value(), href, ticket.subject(), labels.status(ticket.status()),
                ticket.status().code(), labels.priority(ticket.priority()), ticket.priority().code(),
                labels.category(ticket.category()), f.dateTime(ticket.createdAt()), f.iso(ticket.createdAt()),
                ticket.teamId().value(), awaiting ? f.dateTime(view.firstResponseDueAt()) : null,
                awaiting ? f.iso(view.firstResponseDueAt()) : null, awaiting && view.firstResponseOverdue(),
                earliestDue(view).map(f::dateTime).orElse(idle(ticket)), earliestDue(view).map(f::iso).orElse(null),
                view.slaStatus().code(), labels.slaStatus(view.slaStatus()));
    }

    private static Optional<Instant> earliestDue(TicketView view) {
        return Stream.of(view.nextResponseDueAt(), view.resolutionDueAt()).flatMap(Optional::stream)
                .min(Instant::compareTo);
    }

    /** The SLA block of the staff's ticket page. */
    TicketPageView.Sla sla(TicketView view) {
        String breached = view.slaBreached().isEmpty() ? null
                : view.slaBreachedInOrder().stream().map(labels::slaTarget).collect(Collectors.joining(", "));
        Ticket ticket = view.ticket();
        String noResponse = ticket.status().isOpen() && ticket.sla().owedResponse().isPresent()
                ? t.get("sla.paused") : t.get("sla.none");
        return new TicketPageView.Sla(view.nextResponseDueAt().map(f::dateTime).orElse(noResponse),
                view.nextResponseDueAt().map(f::iso).orElse(null),
                view.resolutionDueAt().map(f::dateTime).orElse(idle(ticket)),
                view.resolutionDueAt().map(f::iso).orElse(null), view.slaStatus().code(),
                labels.slaStatus(view.slaStatus()), breached);
    }

    /** What a clock that does not run says: paused with the customer, stopped once resolved or closed. */
    private String idle(Ticket ticket) {
        return t.get(ticket.status().isOpen() ? "sla.paused" : "sla.stopped");
    }

    TicketPageView.Ticket ticket(TicketView view) {
        Ticket ticket = view.ticket();
        return new TicketPageView.Ticket(ticket.id().value(), ticket.subject(), labels.status(ticket.status()),
                ticket.status().code(), labels.priority(ticket.priority()), ticket.priority().code(),
                labels.category(ticket.category()), f.dateTime(ticket.createdAt()), f.iso(ticket.createdAt()),
                ticket.assignedTo().orElse(null), ticket.teamId().value(),
                ticket.resolvedAt().map(f::dateTime).orElse(null));
    }

    TicketPageView.Entry entry(Message message) {
        return new TicketPageView.Entry(message.id().value(), labels.author(message.authorType()),
                message.authorType().code(), message.text(), f.dateTime(message.createdAt()),
                f.iso(message.createdAt()), message.internal());
    }

    /**
     * "Nous vous répondons avant 14:30 (heure d’Europe centrale)" while support owes an answer
     * (the first one, or the next after the customer wrote) and its clock runs; null otherwise.
     */
    String promise(TicketView view, Instant now) {
        Optional<Instant> due = view.nextResponseDueAt();
        if (due.isEmpty()) {
            return null;
        }
        String at = f.timeOrDateTime(due.get(), now);
        return promiseLate(view, now) ? t.get("ticket.promise.overdue", at, f.zoneName())
                : t.get("ticket.promise", at, f.zoneName());
    }

    /** Whether the owed answer is past its due time. */
    boolean promiseLate(TicketView view, Instant now) {
        return view.nextResponseDueAt().map(now::isAfter).orElse(false);
    }
}
