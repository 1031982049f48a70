package com.servelink.adapter.persistence.contract;

import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.invoicing.InvoiceLine;
import com.servelink.domain.invoicing.VatCharge;
import com.servelink.domain.invoicing.VatId;
import com.servelink.domain.invoicing.VatTreatment;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.Team;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of the invoice store: immutable documents read back whole, numbers without gaps. */
abstract class InvoiceRepositoryContract extends ContractBase {
    private static final BillingParty SELLER = new BillingParty("Servelink SAS", "10 quai de la Fosse\n44000 Nantes",
            new CountryCode("FR"), Optional.of(VatId.parse("FR40303265045")));
    private static final BillingParty BUYER = new BillingParty("Acme GmbH", "Hauptstraße 1\n10115 Berlin",
            new CountryCode("DE"), Optional.of(VatId.parse("DE123456789")));
    private static final VatCharge REVERSE = new VatCharge(VatTreatment.REVERSE_CHARGE, new BigDecimal("0.00"),
            new CountryCode("DE"));
    private static final VatCharge FRENCH = new VatCharge(VatTreatment.STANDARD, new BigDecimal("20.00"),
            new CountryCode("FR"));

    /** A year of its own per test: the sequences are shared by every test of the class. */
    private static int year() {
        return 2100 + (int) (Math.abs(unique().hashCode()) % 7000);
    }

    private PaymentId payment(Team team) {
        PaymentId id = PaymentId.fromOpaque(unique());
        Payment payment = Payment.start(id, team.id(), ResourceId.fromOpaque(unique()), Money.eur("3.00"), "sandbox",
                new CheckoutSession("ref_" + id, "https://pay.example/" + id), T0);
        fixture.transactions().run(() -> fixture.payments().save(payment));
        return id;
    }

    private Invoice invoice(Team team, DocumentNumber number, VatCharge vat) {
        LocalDate day = LocalDate.of(number.year(), 3, 1);
        return Invoice.issue(number, team.id(), payment(team), day, SELLER, vat == REVERSE ? BUYER : SELLER, vat,
                List.of(InvoiceLine.of("RAM +500 MB × 2", 2, Money.eur("1.00"), day, day.plusDays(29), vat),
                        InvoiceLine.of("Storage +10 GB", 1, Money.eur("0.99"), day, day.plusDays(29), vat)));
    }

    @Test
    void an_invoice_reads_back_whole() {
        Team team = newTeam(PlanId.PRO);
        int year = year();
        DocumentNumber number = fixture.transactions().inTransaction(() ->
                fixture.invoices().nextNumber(DocumentNumber.Kind.INVOICE, year));
        Invoice invoice = invoice(team, number, FRENCH);
        fixture.invoices().add(invoice);

        assertThat(number.sequence()).isEqualTo(1);
        assertThat(fixture.invoices().findByNumber(number)).contains(invoice);
        assertThat(fixture.invoices().findByPayment(invoice.paymentId())).contains(invoice);
        Invoice read = fixture.invoices().findByNumber(number).orElseThrow();
        assertThat(read.gross()).isEqualTo(Money.eur("3.59")); // 2.99 + 0.40 + 0.20
        assertThat(read.lines()).extracting(InvoiceLine::description).containsExactly("RAM +500 MB × 2", "Storage +10 GB");
        assertThat(read.seller().address()).isEqualTo("10 quai de la Fosse\n44000 Nantes");
        Invoice reverse = invoice(team, fixture.transactions().inTransaction(() ->
                fixture.invoices().nextNumber(DocumentNumber.Kind.INVOICE, year)), REVERSE);
        fixture.invoices().add(reverse);
        assertThat(fixture.invoices().findByNumber(reverse.number()).orElseThrow().buyer().vatId())
                .contains(VatId.parse("DE123456789"));
        assertThat(fixture.invoices().findByNumber(new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 99))).isEmpty();
    }

    @Test
    void a_buyer_without_address_reads_back_without_address() {
        Team team = newTeam(PlanId.PRO);
        int year = year();
        DocumentNumber number = fixture.transactions().inTransaction(() ->
                fixture.invoices().nextNumber(DocumentNumber.Kind.INVOICE, year));
        LocalDate day = LocalDate.of(year, 3, 1);
        BillingParty unprofiled = BillingParty.withoutAddress("Acme", new CountryCode("FR"));
        Invoice invoice = Invoice.issue(number, team.id(), payment(team), day, SELLER, unprofiled, FRENCH,
                List.of(InvoiceLine.of("ram add-on res_abc", 1, Money.eur("3.00"), day, day.plusDays(30), FRENCH)));
        fixture.invoices().add(invoice);

        Invoice read = fixture.invoices().findByNumber(number).orElseThrow();
        assertThat(read).isEqualTo(invoice);
        assertThat(read.buyer().hasAddress()).isFalse();
        assertThat(fixture.invoices().findByTeam(team.id(), Optional.empty(), 10)).containsExactly(invoice);
    }

    @Test
    void a_number_or_a_payment_invoiced_twice_is_a_conflict() {
        Team team = newTeam(PlanId.PRO);
        int year = year();
        Invoice invoice = invoice(team, new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 1), FRENCH);
        fixture.invoices().add(invoice);
        Invoice samePayment = Invoice.issue(new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 2), team.id(),
                invoice.paymentId(), invoice.issueDate(), SELLER, SELLER, FRENCH, invoice.lines());
        assertThatThrownBy(() -> fixture.invoices().add(samePayment)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> fixture.invoices().add(invoice(team, invoice.number(), FRENCH)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void a_teams_invoices_come_latest_first_by_pages() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        int year = year();
        for (int i = 1; i <= 5; i++) {
            fixture.invoices().add(invoice(team, new DocumentNumber(DocumentNumber.Kind.INVOICE, year, i), FRENCH));
        }
        fixture.invoices().add(invoice(other, new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 6), FRENCH));
        fixture.invoices().add(invoice(team, new DocumentNumber(DocumentNumber.Kind.INVOICE, year + 1, 1), FRENCH));

        List<Invoice> first = fixture.invoices().findByTeam(team.id(), Optional.empty(), 3);
        assertThat(first).extracting(i -> i.number().toString()).containsExactly(
                "SL-" + (year + 1) + "-000001", "SL-" + year + "-000005", "SL-" + year + "-000004");
        List<Invoice> second = fixture.invoices().findByTeam(team.id(), Optional.of(first.get(2).number()), 3);
        assertThat(second).extracting(i -> i.number().sequence()).containsExactly(3L, 2L, 1L);
        assertThat(fixture.invoices().findByTeam(team.id(), Optional.of(second.get(2).number()), 3)).isEmpty();
    }

    @Test
    void credit_notes_refer_to_their_invoice_in_their_own_sequence() {
        Team team = newTeam(PlanId.PRO);
        int year = year();
        Invoice invoice = invoice(team, new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 1), FRENCH);
        fixture.invoices().add(invoice);
        List<CreditNote> notes = fixture.transactions().inTransaction(() -> {
            List<CreditNote> issued = new ArrayList<>();
            for (String amount : List.of("1.00", "0.50")) {
                DocumentNumber number = fixture.invoices().nextNumber(DocumentNumber.Kind.CREDIT_NOTE, year);
                CreditNote note = CreditNote.forRefund(number, invoice, Money.eur(amount), invoice.issueDate(),
                        "goodwill");
                fixture.invoices().add(note);
                issued.add(note);
            }
            return issued;
        });
        assertThat(notes).extracting(n -> n.number().toString())
                .containsExactly("SL-AV-" + year + "-000001", "SL-AV-" + year + "-000002");
        assertThat(fixture.invoices().creditNotesOf(invoice.number())).isEqualTo(notes);
        assertThat(fixture.invoices().nextNumber(DocumentNumber.Kind.INVOICE, year).sequence())
                .as("the invoices' sequence is not the credit notes'").isEqualTo(1);
    }

    @Test
    void the_credit_notes_of_a_page_of_invoices_come_in_one_read_each_invoices_in_order() {
        Team team = newTeam(PlanId.PRO);
        int year = year();
        Invoice refunded = invoice(team, new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 1), FRENCH);
        Invoice kept = invoice(team, new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 2), FRENCH);
        Invoice other = invoice(team, new DocumentNumber(DocumentNumber.Kind.INVOICE, year, 3), FRENCH);
        fixture.invoices().add(refunded);
        fixture.invoices().add(kept);
        fixture.invoices().add(other);
        fixture.transactions().inTransaction(() -> {
            for (int i = 1; i <= 3; i++) { // two on the first invoice, one on the third
                Invoice of = i == 2 ? other : refunded;
                fixture.invoices().add(CreditNote.forRefund(new DocumentNumber(DocumentNumber.Kind.CREDIT_NOTE, year, i),
                        of, Money.eur("0.50"), of.issueDate(), "goodwill"));
            }
            return null;
        });

        assertThat(fixture.invoices().creditNotesOf(List.of(refunded.number(), kept.number())))
                .extracting(n -> n.number().sequence() + " " + n.invoice().sequence())
                .containsExactly("1 1", "3 1");
        assertThat(fixture.invoices().creditNotesOf(List.of(refunded.number(), kept.number(), other.number())))
                .hasSize(3);
        assertThat(fixture.invoices().creditNotesOf(List.of(kept.number()))).isEmpty();
        assertThat(fixture.invoices().creditNotesOf(List.of())).isEmpty();
    }

    /** Whether the store's transactions roll back (the in-memory twin's do not, so it keeps a failed issue's number). */
    boolean rollsBack() {
        return true;
    }

    /** How many transactions race for numbers in {@link #numbers_have_no_gap_under_concurrent_issues}. */
    int racers() {
        return 50;
    }

    @Test
    void numbers_have_no_gap_under_concurrent_issues_and_a_rolled_back_one_gives_its_number_back() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(rollsBack(),
                "the in-memory transactions do not roll back, so a failed issue keeps its number there");
        int year = year();
        int racers = racers();
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                boolean failing = i % 10 == 9; // one in ten issues fails after taking its number
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return fixture.transactions().inTransaction(() -> {
                            long sequence = fixture.invoices().nextNumber(DocumentNumber.Kind.INVOICE, year).sequence();
                            if (failing) {
                                throw new IllegalStateException("the issue failed after its number");
                            }
                            return sequence;
                        });
                    } catch (IllegalStateException e) {
                        return -1L;
                    }
                }));
            }
            start.countDown();
            List<Long> taken = new ArrayList<>();
            for (Future<Long> result : results) {
                long sequence = result.get(60, TimeUnit.SECONDS);
                if (sequence > 0) {
                    taken.add(sequence);
                }
            }
            Collections.sort(taken);
            int committed = racers - racers / 10;
            assertThat(taken).hasSize(committed);
            assertThat(taken).isEqualTo(java.util.stream.LongStream.rangeClosed(1, committed).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_teams_billing_profile_is_replaced_whole() {
        Team team = newTeam(PlanId.PRO);
        assertThat(fixture.billingProfiles().find(team.id())).isEmpty();

        fixture.billingProfiles().save(team.id(), BUYER);
        assertThat(fixture.billingProfiles().find(team.id())).contains(BUYER);
        BillingParty consumer = new BillingParty("Jeanne Dupont", "3 rue Neuve\n69001 Lyon", new CountryCode("FR"),
                Optional.empty());
        fixture.billingProfiles().save(team.id(), consumer);
        assertThat(fixture.billingProfiles().find(team.id())).contains(consumer);
        assertThat(fixture.billingProfiles().find(newTeam(PlanId.FREE).id())).isEmpty();
    }
}
