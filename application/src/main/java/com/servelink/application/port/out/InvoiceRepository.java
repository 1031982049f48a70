package com.servelink.application.port.out;

import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.team.TeamId;

import java.util.List;
import java.util.Optional;

/** Issued invoices and credit notes, and their numbers' sequences. Nothing stored here changes. */
public interface InvoiceRepository {
    /**
     * The next number of {@code kind}'s sequence for {@code year} (the first is 1). Call it in the
     * transaction that stores the document: concurrent callers wait for each other, and a rolled
     * back transaction gives its number back, so the committed numbers have no gap.
     */
    DocumentNumber nextNumber(DocumentNumber.Kind kind, int year);

    /** Stores an issued invoice; {@code CONFLICT} when its number or its payment already has one. */
    void add(Invoice invoice);

    Optional<Invoice> findByNumber(DocumentNumber number);

    Optional<Invoice> findByPayment(PaymentId payment);

    /** A team's invoices, the latest number first, after {@code after} when given (keyset). */
    List<Invoice> findByTeam(TeamId team, Optional<DocumentNumber> after, int limit);

    /** Stores an issued credit note; {@code CONFLICT} when its number exists. */
    void add(CreditNote note);

    /** The credit notes of an invoice, in their numbers' order. */
    default List<CreditNote> creditNotesOf(DocumentNumber invoice) {
        return creditNotesOf(List.of(invoice));
    }

    /** The credit notes of these invoices in one read (a page of the list), each invoice's in number order. */
    List<CreditNote> creditNotesOf(List<DocumentNumber> invoices);
}
