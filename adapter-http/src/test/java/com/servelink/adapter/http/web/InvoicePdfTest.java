package com.servelink.adapter.http.web;

import com.servelink.application.port.in.invoicing.GetInvoiceUseCase.InvoiceDocument;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.invoicing.InvoiceLine;
import com.servelink.domain.invoicing.VatCharge;
import com.servelink.domain.invoicing.VatId;
import com.servelink.domain.invoicing.VatTreatment;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF read back with PDFBox: the figures, the parties, the mention, the language, fonts embedded. */
class InvoicePdfTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BillingParty SELLER = new BillingParty("Servelink SAS", "10 quai de la Fosse\n44000 Nantes",
            new CountryCode("FR"), Optional.of(VatId.parse("FR40303265045")));
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static Invoice invoice(BillingParty buyer, VatCharge vat) {
        InvoiceLine line = InvoiceLine.of("ram add-on res_abc123", 3, new Money(new BigDecimal("4.99"), EUR), DAY,
                DAY.plusDays(30), vat);
        return Invoice.issue(new DocumentNumber(DocumentNumber.Kind.INVOICE, 2026, 123), TeamId.fromOpaque("acme"),
                new PaymentId("pm_abc"), DAY, SELLER, buyer, vat, List.of(line));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    private static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    @Test
    void a_french_invoice_at_the_standard_rate_prints_its_figures_with_fonts_embedded() throws IOException {
        BillingParty buyer = new BillingParty("Société Générale d'Hébergement", "3 rue Neuve\n69001 Lyon",
                new CountryCode("FR"), Optional.empty());
        Invoice invoice = invoice(buyer, new VatCharge(VatTreatment.STANDARD, new BigDecimal("20.00"),
                new CountryCode("FR")));

        byte[] pdf = InvoicePdf.render(new InvoiceDocument(invoice, List.of()), Language.FR);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Facture SL-2026-000123", "07/12/2026", "Société Générale d'Hébergement",
                "69001 Lyon", "Servelink SAS", "FR40303265045", "ram add-on res_abc123", "du 07/12/2026 au 06/01/2027",
                "Total HT 14,97 €", "TVA 20 % 2,99 €", "Total TTC 17,96 €");
        assertThat(text).doesNotContain("Autoliquidation");
        List<PDFont> fonts = fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        });
    }

    @Test
    void an_eu_business_abroad_gets_the_reverse_charge_mention_in_english() throws IOException {
        BillingParty buyer = new BillingParty("Acme GmbH", "Hauptstraße 1\n10115 Berlin", new CountryCode("DE"),
                Optional.of(VatId.parse("DE123456789")));
        Invoice invoice = invoice(buyer, new VatCharge(VatTreatment.REVERSE_CHARGE, new BigDecimal("0.00"),
                new CountryCode("DE")));
        CreditNote note = CreditNote.forRefund(new DocumentNumber(DocumentNumber.Kind.CREDIT_NOTE, 2026, 7), invoice,
                new Money(new BigDecimal("4.99"), EUR), DAY.plusDays(2), "one unit unused");

        String text = text(InvoicePdf.render(new InvoiceDocument(invoice, List.of(note)), Language.EN));

        assertThat(text).contains("Invoice SL-2026-000123", "7 Dec 2026", "Acme GmbH", "Hauptstraße 1", "Germany",
                "DE123456789", "Total net €14.97", "VAT (0%) €0.00", "Total gross €14.97",
                "Reverse charge: VAT to be accounted for by the recipient (Article 196 of Directive 2006/112/EC).",
                "SL-AV-2026-000007", "one unit unused");
    }

    @Test
    void a_buyer_outside_the_eu_gets_its_mention_and_one_without_address_prints_none() throws IOException {
        BillingParty buyer = BillingParty.withoutAddress("Acme Inc.", new CountryCode("US"));
        Invoice invoice = invoice(buyer, new VatCharge(VatTreatment.OUTSIDE_EU, new BigDecimal("0.00"),
                new CountryCode("US")));

        String text = text(InvoicePdf.render(new InvoiceDocument(invoice, List.of()), Language.FR));

        assertThat(text).contains("Acme Inc.", "États-Unis", "Total TTC 14,97 €",
                "TVA non applicable : prestation hors de l'Union européenne");
    }

    /** Renders the first page to {@code target/pdf/invoice-<lang>.png}, for a person to look at; checks it is not blank. */
    @Test
    void the_first_page_renders_with_ink_on_it() throws IOException {
        BillingParty buyer = new BillingParty("Acme GmbH", "Hauptstraße 1\n10115 Berlin", new CountryCode("DE"),
                Optional.of(VatId.parse("DE123456789")));
        Invoice invoice = invoice(buyer, new VatCharge(VatTreatment.REVERSE_CHARGE, new BigDecimal("0.00"),
                new CountryCode("DE")));
        for (Language language : Language.values()) {
            byte[] pdf = InvoicePdf.render(new InvoiceDocument(invoice, List.of()), language);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
                        .renderImageWithDPI(0, 80);
                java.nio.file.Path out = java.nio.file.Path.of("target", "pdf",
                        "invoice-" + language.name().toLowerCase(java.util.Locale.ROOT) + ".png");
                java.nio.file.Files.createDirectories(out.getParent());
                javax.imageio.ImageIO.write(image, "png", out.toFile());
                long dark = 0;
                for (int y = 0; y < image.getHeight(); y += 2) {
                    for (int x = 0; x < image.getWidth(); x += 2) {
                        dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
                    }
                }
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                assertThat(dark).as("dark pixels on the page").isGreaterThan(500);
            }
        }
    }

    @Test
    void markup_in_a_buyers_name_is_printed_as_text() throws IOException {
        BillingParty buyer = new BillingParty("<b>Evil</b> & Co", "1 <script>x</script> street", new CountryCode("FR"),
                Optional.empty());
        Invoice invoice = invoice(buyer, new VatCharge(VatTreatment.STANDARD, new BigDecimal("20.00"),
                new CountryCode("FR")));

        String text = text(InvoicePdf.render(new InvoiceDocument(invoice, List.of()), Language.EN));

        assertThat(text).contains("<b>Evil</b> & Co", "1 <script>x</script> street");
    }
}
