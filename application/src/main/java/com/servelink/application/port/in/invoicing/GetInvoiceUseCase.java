package com.servelink.application.port.in.invoicing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.team.TeamSlug;

import java.util.List;
import java.util.Objects;

/**
 * One of a team's invoices by its number, with the credit notes issued on it, for any member.
 * A number that is not one of this team's invoices (another team's, a credit note's, malformed)
 * is "not found", as if it did not exist.
 */
public interface GetInvoiceUseCase {
    record GetInvoiceQuery(Actor actor, TeamSlug team, String number) {
        public GetInvoiceQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(number, "number");
        }
    }

    record InvoiceDocument(Invoice invoice, List<CreditNote> creditNotes) {
        public InvoiceDocument {
            Objects.requireNonNull(invoice, "invoice");
            creditNotes = List.copyOf(creditNotes);
        }
    }

    InvoiceDocument get(GetInvoiceQuery query);
}
