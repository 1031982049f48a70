package com.servelink.adapter.http.web;

import com.servelink.adapter.http.web.view.Texts;
import com.servelink.adapter.http.web.view.TicketPageView;
import com.servelink.adapter.http.web.view.TicketRow;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.Ticket;

import java.time.Instant;

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
                awaiting ? f.iso(view.firstResponseDueAt()) : null, awaiting && view.firstResponseOverdue());
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

    /** "réponse prévue avant 14:30" while support has not answered yet; null afterwards. */
    String promise(TicketView view, Instant now) {
        Ticket ticket = view.ticket();
        if (ticket.firstRespondedAt().isPresent() || !ticket.status().isOpen()) {
            return null;
        }
        String due = f.timeOrDateTime(view.firstResponseDueAt(), now);
        return view.firstResponseOverdue() ? t.get("ticket.promise.overdue", due) : t.get("ticket.promise", due);
    }
}
