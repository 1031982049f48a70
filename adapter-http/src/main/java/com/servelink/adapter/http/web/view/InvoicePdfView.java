package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * What the PDF template prints, already formatted in the reader's language: the template holds
 * no rule, only layout.
 */
public record InvoicePdfView(Texts t, String lang, String number, String issueDate, Party seller, Party buyer,
                             List<Line> lines, String net, String vatLabel, String vatAmount, String gross,
                             String currency, String mention, List<Credit> creditNotes) {
    /** A seller or a buyer: name, address lines, country, VAT number (empty when none). */
    public record Party(String name, List<String> addressLines, String country, String vatId) {
    }

    public record Line(String resource, String period, String quantity, String unitPrice, String net) {
    }

    public record Credit(String number, String issueDate, String reason, String gross) {
    }
}
