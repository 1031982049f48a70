package com.servelink.application.service.invoicing;

import com.servelink.application.port.out.InvoiceRepository;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Issues the credit note of a refund on its payment's invoice, in the caller's transaction (so a
 * refund recorded is never without its credit note, nor a credit note without its refund), numbered
 * in the credit notes' sequence of the refund's year.
 */
public final class CreditNoteIssuer {
    private final InvoiceRepository invoices;

    public CreditNoteIssuer(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    /** The credit note of {@code refund}; empty when its payment has no invoice (paid before invoicing began). */
    public Optional<CreditNote> creditFor(Refund refund, LocalDate day) {
        Optional<Invoice> invoice = invoices.findByPayment(refund.paymentId());
        if (invoice.isEmpty()) {
            return Optional.empty();
        }
        var earlier = invoices.creditNotesOf(invoice.get().number());
        DocumentNumber number = invoices.nextNumber(DocumentNumber.Kind.CREDIT_NOTE, day.getYear());
        CreditNote note = CreditNote.forRefundOfNet(number, invoice.get(), refund.amount(), earlier, day,
                refund.reason());
        invoices.add(note);
        return Optional.of(note);
    }
}
