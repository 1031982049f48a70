package com.servelink.application.port.in.invoicing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A team's invoices, the latest number first, a page at a time (the tickets' {@code limit} and {@code cursor}). */
public interface ListInvoicesUseCase {
    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 100;

    record ListInvoicesQuery(Actor actor, TeamSlug team, int limit, Optional<String> cursor) {
        public ListInvoicesQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(cursor, "cursor");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw DomainException.invalidField("limit", "must be from 1 to " + MAX_LIMIT);
            }
        }
    }

    /** @param creditNotes the credit notes of the page's invoices, by invoice (the refunds the team had) */
    record InvoicePage(List<Invoice> invoices, Optional<String> nextCursor,
                       Map<DocumentNumber, List<CreditNote>> creditNotes) {
        public InvoicePage {
            invoices = List.copyOf(invoices);
            creditNotes = Map.copyOf(creditNotes);
        }

        /** The credit notes of {@code invoice}, in number order; none for an invoice not refunded. */
        public List<CreditNote> creditNotesOf(Invoice invoice) {
            return creditNotes.getOrDefault(invoice.number(), List.of());
        }
    }

    InvoicePage list(ListInvoicesQuery query);
}
