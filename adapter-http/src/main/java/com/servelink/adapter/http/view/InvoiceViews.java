package com.servelink.adapter.http.view;

import com.servelink.application.port.in.invoicing.GetBillingProfileUseCase.BillingProfile;
import com.servelink.application.port.in.invoicing.GetInvoiceUseCase.InvoiceDocument;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.invoicing.InvoiceLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON of invoices and billing profiles (decisions 247 and 253). */
public final class InvoiceViews {
    private InvoiceViews() {
    }

    /** A seller, a buyer or a profile: {@code address} is empty for a buyer without profile, {@code vat_id} null when none. */
    public record InvoicePartyJson(String name, String address, String country, String vatId) {
        public static InvoicePartyJson of(BillingParty party) {
            return new InvoicePartyJson(party.name(), party.address(), party.country().value(),
                    party.vatId().map(Object::toString).orElse(null));
        }
    }

    /** The billing profile: the party and whether an owner or admin saved it ({@code false}: the fallback). */
    public record BillingProfileJson(String name, String address, String country, String vatId, boolean configured) {
        public static BillingProfileJson of(BillingProfile profile) {
            return of(profile.buyer(), profile.configured());
        }

        public static BillingProfileJson of(BillingParty party, boolean configured) {
            return new BillingProfileJson(party.name(), party.address(), party.country().value(),
                    party.vatId().map(Object::toString).orElse(null), configured);
        }
    }

    public record InvoicePeriodJson(LocalDate start, LocalDate end) {
    }

    public record InvoiceLineJson(String resource, int quantity, BigDecimal unitPrice, InvoicePeriodJson period, BigDecimal net,
                           BigDecimal vatAmount, BigDecimal gross) {
        static InvoiceLineJson of(InvoiceLine line) {
            return new InvoiceLineJson(line.description(), line.quantity(), line.unitPrice().amount(),
                    new InvoicePeriodJson(line.periodStart(), line.periodEnd()), line.net().amount(), line.vat().amount(),
                    line.gross().amount());
        }
    }

    public record CreditNoteJson(String number, String invoice, LocalDate issueDate, String reason, BigDecimal net,
                                 BigDecimal vatAmount, BigDecimal gross, String currency) {
        static CreditNoteJson of(CreditNote note) {
            return new CreditNoteJson(note.number().toString(), note.invoice().toString(), note.issueDate(),
                    note.reason(), note.net().amount(), note.vatAmount().amount(), note.gross().amount(),
                    note.gross().currency().getCurrencyCode());
        }
    }

    /** An invoice in a list: its figures, without seller, buyer or lines. */
    public record InvoiceSummaryJson(String number, LocalDate issueDate, String paymentId, BigDecimal net,
                                     BigDecimal vatRate, String vatTreatment, BigDecimal vatAmount, BigDecimal gross,
                                     String currency, String pdfUrl) {
        public static InvoiceSummaryJson of(String teamSlug, Invoice invoice) {
            return new InvoiceSummaryJson(invoice.number().toString(), invoice.issueDate(),
                    invoice.paymentId().value(), invoice.net().amount(), invoice.vat().ratePercent(),
                    treatment(invoice), invoice.vatAmount().amount(), invoice.gross().amount(), InvoiceViews.currency(invoice),
                    InvoiceViews.pdfUrl(teamSlug, invoice));
        }
    }

    public record InvoiceListJson(List<InvoiceSummaryJson> invoices, String nextCursor) {
    }

    /** An invoice whole: everything the PDF prints, and the credit notes issued on it. */
    public record InvoiceJson(String number, LocalDate issueDate, String paymentId, InvoicePartyJson seller, InvoicePartyJson buyer,
                              List<InvoiceLineJson> lines, BigDecimal net, BigDecimal vatRate, String vatTreatment,
                              String vatCountry, BigDecimal vatAmount, BigDecimal gross, String currency,
                              String vatMention, List<CreditNoteJson> creditNotes, String pdfUrl) {
        public static InvoiceJson of(String teamSlug, InvoiceDocument document, Language language) {
            Invoice invoice = document.invoice();
            return new InvoiceJson(invoice.number().toString(), invoice.issueDate(), invoice.paymentId().value(),
                    InvoicePartyJson.of(invoice.seller()), InvoicePartyJson.of(invoice.buyer()),
                    invoice.lines().stream().map(InvoiceLineJson::of).toList(), invoice.net().amount(),
                    invoice.vat().ratePercent(), treatment(invoice), invoice.vat().country().value(),
                    invoice.vatAmount().amount(), invoice.gross().amount(), InvoiceViews.currency(invoice),
                    invoice.vat().treatment().mention(language).orElse(null),
                    document.creditNotes().stream().map(CreditNoteJson::of).toList(), InvoiceViews.pdfUrl(teamSlug, invoice));
        }
    }

    private static String treatment(Invoice invoice) {
        return invoice.vat().treatment().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String currency(Invoice invoice) {
        return invoice.gross().currency().getCurrencyCode();
    }

    public static String pdfUrl(String teamSlug, Invoice invoice) {
        return "/api/teams/" + teamSlug + "/invoices/" + invoice.number() + ".pdf";
    }
}
