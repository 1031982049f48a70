package com.servelink.domain.invoicing;

import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The invoices' arithmetic against a reference computed another way (exact decimals, rounded
 * once at the end of each line): VAT per line is net × rate half-up to the cent, the totals are
 * exact sums of the lines, and a credit note's net and VAT add up to the amount refunded.
 */
class InvoiceAmountsPropertyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final BillingParty SELLER = new BillingParty("Servelink SAS", "10 rue du Port, Nantes",
            new CountryCode("FR"), Optional.of(VatId.parse("FR40303265045")));
    private static final BillingParty BUYER = new BillingParty("Acme", "1 Main St", new CountryCode("FR"),
            Optional.empty());

    record Sale(int quantity, BigDecimal unitPrice) {
    }

    @Property
    void a_lines_vat_is_its_net_times_the_rate_rounded_half_up_once(@ForAll("sales") Sale sale,
                                                                  @ForAll("rates") BigDecimal rate) {
        InvoiceLine line = InvoiceLine.of("RAM +500 MB", sale.quantity(), Money.eur(sale.unitPrice().toPlainString()),
                DAY, DAY.plusDays(29), charge(rate));

        BigDecimal net = sale.unitPrice().multiply(BigDecimal.valueOf(sale.quantity()));
        BigDecimal vat = net.multiply(rate).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        assertThat(line.net().amount()).isEqualByComparingTo(net);
        assertThat(line.vat().amount()).isEqualByComparingTo(vat);
        assertThat(line.gross().amount()).isEqualByComparingTo(net.add(vat));
    }

    @Property
    void an_invoices_totals_are_the_exact_sums_of_its_lines(@ForAll("saleLists") List<Sale> sales,
                                                          @ForAll("rates") BigDecimal rate) {
        List<InvoiceLine> lines = sales.stream().map(sale -> InvoiceLine.of("Storage +10 GB", sale.quantity(),
                Money.eur(sale.unitPrice().toPlainString()), DAY, DAY.plusDays(29), charge(rate))).toList();

        Invoice invoice = Invoice.issue(new DocumentNumber(DocumentNumber.Kind.INVOICE, 2026, 1), new TeamId("team_a"),
                new PaymentId("pm_a"), DAY, SELLER, BUYER, charge(rate), lines);

        BigDecimal net = lines.stream().map(l -> l.net().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal vat = lines.stream().map(l -> l.vat().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(invoice.net().amount()).isEqualByComparingTo(net);
        assertThat(invoice.vatAmount().amount()).isEqualByComparingTo(vat);
        assertThat(invoice.gross().amount()).isEqualByComparingTo(net.add(vat));
        assertThat(invoice.gross().amount()).isEqualByComparingTo(
                lines.stream().map(l -> l.gross().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Property
    void a_credit_note_splits_the_refund_into_net_and_vat_that_add_up_to_it(@ForAll("sales") Sale sale,
                                                                            @ForAll("rates") BigDecimal rate,
                                                                            @ForAll("shares") BigDecimal share) {
        Invoice invoice = Invoice.issue(new DocumentNumber(DocumentNumber.Kind.INVOICE, 2026, 7), new TeamId("team_a"),
                new PaymentId("pm_a"), DAY, SELLER, BUYER, charge(rate), List.of(InvoiceLine.of("CPU +1", sale.quantity(),
                        Money.eur(sale.unitPrice().toPlainString()), DAY, DAY.plusDays(29), charge(rate))));
        Money refunded = Money.rounded(invoice.gross().amount().multiply(share), Money.EUR);
        if (refunded.isZero()) {
            return;
        }

        CreditNote note = CreditNote.forRefund(new DocumentNumber(DocumentNumber.Kind.CREDIT_NOTE, 2026, 3), invoice,
                refunded, DAY, "goodwill");

        assertThat(note.net().plus(note.vatAmount()).sameAs(refunded)).isTrue();
        assertThat(note.invoice()).isEqualTo(invoice.number());
        // the split is the rate's, to the cent: VAT is within a cent of net × rate
        BigDecimal expectedVat = note.net().amount().multiply(rate).movePointLeft(2);
        assertThat(note.vatAmount().amount().subtract(expectedVat).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        if (share.compareTo(BigDecimal.ONE) == 0) {
            assertThat(note.net().sameAs(invoice.net())).isTrue();
            assertThat(note.vatAmount().sameAs(invoice.vatAmount())).isTrue();
        }
    }

    @Property
    void a_credit_note_never_gives_back_more_than_the_invoice(@ForAll("sales") Sale sale) {
        Invoice invoice = Invoice.issue(new DocumentNumber(DocumentNumber.Kind.INVOICE, 2026, 9), new TeamId("team_a"),
                new PaymentId("pm_a"), DAY, SELLER, BUYER, charge(new BigDecimal("20")), List.of(InvoiceLine.of("RAM",
                        sale.quantity(), Money.eur(sale.unitPrice().toPlainString()), DAY, DAY.plusDays(29),
                        charge(new BigDecimal("20")))));
        assertThatThrownBy(() -> CreditNote.forRefund(new DocumentNumber(DocumentNumber.Kind.CREDIT_NOTE, 2026, 1),
                invoice, invoice.gross().plus(Money.eur("0.01")), DAY, "too much"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static VatCharge charge(BigDecimal rate) {
        return new VatCharge(VatTreatment.STANDARD, rate, new CountryCode("FR"));
    }

    @Provide
    Arbitrary<Sale> sales() {
        return Combinators.combine(Arbitraries.integers().between(1, 50),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("999.99")).ofScale(2))
                .as(Sale::new);
    }

    @Provide
    Arbitrary<List<Sale>> saleLists() {
        return sales().list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.of(new BigDecimal("0"), new BigDecimal("5.5"), new BigDecimal("17"), new BigDecimal("19"),
                new BigDecimal("20"), new BigDecimal("21"), new BigDecimal("25.5"), new BigDecimal("27"))
                .injectDuplicates(0.1);
    }

    @Provide
    Arbitrary<BigDecimal> shares() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.ONE).ofScale(2);
    }
}
