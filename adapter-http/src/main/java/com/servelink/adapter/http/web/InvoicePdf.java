package com.servelink.adapter.http.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.servelink.adapter.http.web.view.InvoicePdfView;
import com.servelink.adapter.http.web.view.Texts;
import com.servelink.application.port.in.invoicing.GetInvoiceUseCase.InvoiceDocument;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.invoicing.InvoiceLine;
import com.servelink.domain.invoicing.VatTreatment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * An invoice as a PDF: the {@code pdf/invoice.jte} template (XHTML) laid out by openhtmltopdf
 * on PDFBox, in French or English, with DejaVu Sans embedded (shipped in this jar with its
 * licence, {@code pdf/fonts/}), so the document reads the same on every machine (decision 254).
 */
public final class InvoicePdf {
    public static final String CONTENT_TYPE = "application/pdf";
    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = font("pdf/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("pdf/fonts/DejaVuSans-Bold.ttf");

    private InvoicePdf() {
    }

    /** The PDF of {@code document} in {@code language}. */
    public static byte[] render(InvoiceDocument document, Language language) {
        String html = new String(Templates.render("pdf/invoice.jte", view(document, language)), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new java.io.ByteArrayInputStream(REGULAR), FONT_FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(BOLD), FONT_FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("Servelink");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the invoice's PDF could not be laid out", e);
        }
        return out.toByteArray();
    }

    /** The template's model: every figure formatted for a reader of {@code language}. */
    static InvoicePdfView view(InvoiceDocument document, Language language) {
        Texts t = Texts.of(language);
        Formats f = new Formats(language, ZoneOffset.UTC);
        Invoice invoice = document.invoice();
        List<InvoicePdfView.Line> lines = invoice.lines().stream().map(line -> line(line, f, t)).toList();
        VatTreatment treatment = invoice.vat().treatment();
        String vatLabel = treatment == VatTreatment.STANDARD
                ? t.get("invoice.pdf.vat_rate", f.percent(invoice.vat().ratePercent()))
                : t.get("invoice.pdf.vat_none");
        List<InvoicePdfView.Credit> credits = document.creditNotes().stream().map(note -> new InvoicePdfView.Credit(
                note.number().toString(), f.date(note.issueDate()), note.reason(), f.money(note.gross()))).toList();
        return new InvoicePdfView(t, language.name().toLowerCase(Locale.ROOT), invoice.number().toString(),
                f.date(invoice.issueDate()), party(invoice.seller(), language), party(invoice.buyer(), language),
                lines, f.money(invoice.net()), vatLabel, f.money(invoice.vatAmount()), f.money(invoice.gross()),
                invoice.net().currency().getCurrencyCode(), treatment.mention(language).orElse(""), credits);
    }

    private static InvoicePdfView.Line line(InvoiceLine line, Formats f, Texts t) {
        return new InvoicePdfView.Line(line.description(),
                t.get("invoice.pdf.period", f.date(line.periodStart()), f.date(line.periodEnd())),
                Integer.toString(line.quantity()), f.money(line.unitPrice()), f.money(line.net()));
    }

    private static InvoicePdfView.Party party(BillingParty party, Language language) {
        Locale locale = language == Language.EN ? Locale.UK : Locale.FRANCE;
        String country = new Locale("", party.country().value()).getDisplayCountry(locale);
        return new InvoicePdfView.Party(party.name(), party.address().lines().filter(l -> !l.isBlank()).toList(),
                country, party.vatId().map(Object::toString).orElse(""));
    }

    private static byte[] font(String resource) {
        try (InputStream in = InvoicePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
