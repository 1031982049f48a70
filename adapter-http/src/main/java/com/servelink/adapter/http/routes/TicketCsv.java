package com.servelink.adapter.http.routes;

import com.servelink.application.port.in.support.ExportTicketsUseCase.TicketExport;
import com.servelink.application.port.out.TicketRepository.ExportedTicket;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * A team's ticket export as CSV ({@link Csv}: RFC 4180, streamed), one row per ticket, newest
 * first. The subject is the customer's text and the assignee an address staff typed: both are
 * {@linkplain Csv#neutralised neutralised}. Descriptions, messages and internal notes are not
 * exported (decision 181). An absent instant is an empty field; instants are ISO-8601 UTC.
 */
final class TicketCsv {
    static final String[] HEADER = {"id", "subject", "status", "priority", "category", "assigned_to", "created_at",
            "updated_at", "first_responded_at", "first_response_due_at", "resolved_at", "closed_at"};

    private TicketCsv() {
    }

    static void write(TicketExport export, OutputStream out) throws IOException {
        Csv.<ExportedTicket>write(out, HEADER, export::writeTo, t -> new Object[]{t.id().value(),
                Csv.neutralised(t.subject()), t.status().code(), t.priority().code(), t.category().code(),
                Csv.neutralised(t.assignedTo().orElse("")), t.createdAt().toString(), t.updatedAt().toString(),
                text(t.firstRespondedAt()), t.firstResponseDueAt().toString(), text(t.resolvedAt()),
                text(t.closedAt())});
    }

    private static String text(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse("");
    }
}
