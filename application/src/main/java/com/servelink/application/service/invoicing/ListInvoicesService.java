package com.servelink.application.service.invoicing;

import com.servelink.application.port.in.invoicing.ListInvoicesUseCase;
import com.servelink.application.port.out.InvoiceRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** A team's invoices with keyset pagination on their numbers: one extra row tells if a next page exists. */
public final class ListInvoicesService implements ListInvoicesUseCase {
    private final TeamAccess access;
    private final InvoiceRepository invoices;

    public ListInvoicesService(TeamAccess access, InvoiceRepository invoices) {
        this.access = access;
        this.invoices = invoices;
    }

    @Override
    public InvoicePage list(ListInvoicesQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Optional<DocumentNumber> after = query.cursor().map(InvoiceCursor::decode);
        List<Invoice> found = invoices.findByTeam(team.id(), after, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<Invoice> page = more ? found.subList(0, query.limit()) : found;
        Optional<String> next = more ? Optional.of(InvoiceCursor.encode(page.get(page.size() - 1).number()))
                : Optional.empty();
        // one read for the page's credit notes, however many invoices it shows
        Map<DocumentNumber, List<CreditNote>> notes = invoices.creditNotesOf(page.stream().map(Invoice::number).toList())
                .stream().collect(Collectors.groupingBy(CreditNote::invoice));
        return new InvoicePage(page, next, notes);
    }
}
