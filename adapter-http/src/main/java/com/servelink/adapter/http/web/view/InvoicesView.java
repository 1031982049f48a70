package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The invoices page: the team's invoices (a page at a time) with their PDF links, and the billing
 * profile with its form for owners and admins ({@code profileAction} null for a member).
 */
public record InvoicesView(Chrome chrome, TeamHeader team, List<Row> invoices, String olderHref, Profile profile,
                           String profileAction, FormState form, String notice) {
    public InvoicesView {
        invoices = List.copyOf(invoices);
    }

    /**
     * One invoice, its figures formatted; the two links download its PDF in French and in English
     * (which prints its credit notes too).
     */
    public record Row(String number, String date, String dateIso, String net, String vat, String gross,
                      String pdfFr, String pdfEn, List<Credit> creditNotes) {
        public Row {
            creditNotes = List.copyOf(creditNotes);
        }
    }

    /** A credit note of the invoice above it (a refund), its figures formatted as credited (negative). */
    public record Credit(String number, String date, String dateIso, String net, String vat, String gross) {
    }

    /** The profile as saved ({@code configured}), or the fallback the invoices print without one. */
    public record Profile(boolean configured, String name, List<String> addressLines, String country, String vatId) {
        public Profile {
            addressLines = List.copyOf(addressLines);
        }
    }
}
