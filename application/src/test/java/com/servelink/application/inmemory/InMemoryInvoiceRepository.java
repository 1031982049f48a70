package com.servelink.application.inmemory;

import com.servelink.application.port.out.InvoiceRepository;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.TeamId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices and credit notes in maps (they are immutable records: stored as given). The
 * sequences count in memory; unlike a database, a failed caller does not give its number back.
 */
public final class InMemoryInvoiceRepository implements InvoiceRepository {
    private static final Comparator<DocumentNumber> ORDER =
            Comparator.comparingInt(DocumentNumber::year).thenComparingLong(DocumentNumber::sequence);
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<DocumentNumber, Invoice> invoices = new LinkedHashMap<>();
    private final Map<DocumentNumber, CreditNote> notes = new LinkedHashMap<>();

    @Override
    public synchronized DocumentNumber nextNumber(DocumentNumber.Kind kind, int year) {
        long next = sequences.merge(kind + "/" + year, 1L, Long::sum);
        return new DocumentNumber(kind, year, next);
    }

    @Override
    public synchronized void add(Invoice invoice) {
        if (invoices.containsKey(invoice.number())
                || invoices.values().stream().anyMatch(other -> other.paymentId().equals(invoice.paymentId()))) {
            throw new DomainException(ErrorCode.CONFLICT, "invoice " + invoice.number() + " or its payment exists");
        }
        invoices.put(invoice.number(), invoice);
    }

    @Override
    public synchronized Optional<Invoice> findByNumber(DocumentNumber number) {
        return Optional.ofNullable(invoices.get(number));
    }

    @Override
    public synchronized Optional<Invoice> findByPayment(PaymentId payment) {
        return invoices.values().stream().filter(invoice -> invoice.paymentId().equals(payment)).findFirst();
    }

    @Override
    public synchronized List<Invoice> findByTeam(TeamId team, Optional<DocumentNumber> after, int limit) {
        return invoices.values().stream().filter(invoice -> invoice.teamId().equals(team))
                .filter(invoice -> after.map(cursor -> ORDER.compare(invoice.number(), cursor) < 0).orElse(true))
                .sorted(Comparator.comparing(Invoice::number, ORDER.reversed()))
                .limit(limit).toList();
    }

    @Override
    public synchronized void add(CreditNote note) {
        if (notes.putIfAbsent(note.number(), note) != null) {
            throw new DomainException(ErrorCode.CONFLICT, "credit note " + note.number() + " exists");
        }
    }

    @Override
    public synchronized List<CreditNote> creditNotesOf(List<DocumentNumber> invoices) {
        return new ArrayList<>(notes.values().stream().filter(note -> invoices.contains(note.invoice()))
                .sorted(Comparator.comparing(CreditNote::number, ORDER)).toList());
    }
}
