package com.servelink.application.service.invoicing;

import com.servelink.application.port.in.invoicing.GetInvoiceUseCase;
import com.servelink.application.port.out.InvoiceRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.shared.DomainException;

import java.util.Optional;

/** One invoice of the caller's team with its credit notes; any other number is not found. */
public final class GetInvoiceService implements GetInvoiceUseCase {
    private final TeamAccess access;
    private final InvoiceRepository invoices;

    public GetInvoiceService(TeamAccess access, InvoiceRepository invoices) {
        this.access = access;
        this.invoices = invoices;
    }

    @Override
    public InvoiceDocument get(GetInvoiceQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Optional<DocumentNumber> number;
        try {
            number = Optional.of(DocumentNumber.parse(query.number(), "number"))
                    .filter(n -> n.kind() == DocumentNumber.Kind.INVOICE);
        } catch (DomainException malformed) {
            number = Optional.empty();
        }
        Invoice invoice = number.flatMap(invoices::findByNumber).filter(found -> found.teamId().equals(team.id()))
                .orElseThrow(() -> DomainException.notFound("invoice " + query.number()));
        return new InvoiceDocument(invoice, invoices.creditNotesOf(invoice.number()));
    }
}
