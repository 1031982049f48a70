package com.servelink.application.billing;

import com.servelink.application.inmemory.InMemoryInvoiceRepository;
import com.servelink.application.inmemory.InMemoryRefundRepository;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.IssueRefundUseCase.IssueRefundCommand;
import com.servelink.application.port.in.billing.IssueRefundUseCase.RefundView;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.service.billing.IssueRefundService;
import com.servelink.application.service.invoicing.CreditNoteIssuer;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.CreditNote;
import com.servelink.domain.invoicing.DocumentNumber;
import com.servelink.domain.invoicing.Invoice;
import com.servelink.domain.invoicing.InvoiceLine;
import com.servelink.domain.invoicing.VatCharge;
import com.servelink.domain.invoicing.VatTreatment;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.servelink.application.testing.TestCore.ACME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff refunds: partial and full, twice, over the amount paid, replayed, with the provider down. */
class IssueRefundServiceTest {
    private static final int BASE_MEMORY_MB = 6144;

    private final TestCore core = new TestCore();
    private final InMemoryRefundRepository refunds = new InMemoryRefundRepository();
    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final IssueRefundService service = new IssueRefundService(core.payments, refunds, core.resources,
            core.events, core.gateway, core.transactions, new CreditNoteIssuer(invoices), core.ids, core.clock);
    private final PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 2); // 2.00 EUR

    private void complete() {
        core.confirmPayment.confirm(new ConfirmPaymentCommand("fake", "evt_paid", receipt.paymentId(),
                Money.eur("2.00"), Optional.empty(), Optional.of("pi_123")));
    }

    /** The invoice the payment's completion issues (another part of the billing office), at 20 %. */
    private Invoice invoice() {
        VatCharge vat = new VatCharge(VatTreatment.STANDARD, new BigDecimal("20"), new CountryCode("FR"));
        LocalDate day = LocalDate.of(2026, 1, 1);
        BillingParty party = new BillingParty("Acme", "1 rue de la Paix, Paris", new CountryCode("FR"), Optional.empty());
        Invoice invoice = Invoice.issue(invoices.nextNumber(DocumentNumber.Kind.INVOICE, 2026), core.teams
                        .findBySlug(ACME).orElseThrow().id(), receipt.paymentId(), day, party, party, vat,
                List.of(InvoiceLine.of("ram add-on", 2, Money.eur("1.00"), day, day.plusDays(30), vat)));
        invoices.add(invoice);
        return invoice;
    }

    private RefundView refund(String amount, String key) {
        return service.refund(new IssueRefundCommand(core.staff, receipt.paymentId(), new BigDecimal(amount),
                "customer asked", Optional.ofNullable(key)));
    }

    @Test
    void a_partial_refund_keeps_the_add_on_and_a_second_one_completing_it_revokes_it() {
        complete();
        Invoice invoice = invoice();

        RefundView first = refund("0.50", "k1");
        assertThat(first.refund().status()).isEqualTo(Refund.Status.SUCCEEDED);
        assertThat(first.refund().providerReference()).isPresent();
        assertThat(first.refundable()).isEqualTo(Money.eur("1.50"));
        assertThat(first.payment().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(core.resources.findById(receipt.resourceId()).orElseThrow().status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB + 1000);

        RefundView second = refund("1.50", "k2");
        assertThat(second.refundable().isZero()).isTrue();
        assertThat(second.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(core.resources.findById(receipt.resourceId()).orElseThrow().status())
                .isEqualTo(ResourceStatus.CANCELLED);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB);
        assertThat(core.events.eventsOf(AddOnEvent.Cancelled.class)).hasSize(1);

        // each refund has its credit note; together they credit the invoice exactly
        List<CreditNote> notes = invoices.creditNotesOf(invoice.number());
        assertThat(notes).extracting(n -> n.number().toString())
                .containsExactly(first.refund().creditNote().orElseThrow(), second.refund().creditNote().orElseThrow());
        assertThat(notes.get(0).net()).isEqualTo(Money.eur("0.50"));
        assertThat(notes.get(0).vatAmount()).isEqualTo(Money.eur("0.10"));
        assertThat(notes.stream().map(CreditNote::gross).reduce(Money::plus).orElseThrow()).isEqualTo(invoice.gross());
        assertThat(notes.stream().map(CreditNote::vatAmount).reduce(Money::plus).orElseThrow())
                .isEqualTo(invoice.vatAmount());
        assertThat(core.gateway.refundRequests()).extracting(r -> r.providerPayment().orElseThrow())
                .containsOnly("pi_123");
    }

    @Test
    void more_than_is_left_to_refund_is_a_conflict_and_changes_nothing() {
        complete();
        refund("1.20", "k1");

        assertThatThrownBy(() -> refund("0.81", "k2")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> refund("2.01", "k3")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(refunds.findByPayment(receipt.paymentId())).hasSize(1);
        assertThat(core.gateway.refundsGivenBack()).isEqualTo(1);
        assertThat(refund("0.80", "k4").refundable().isZero()).isTrue();
    }

    @Test
    void the_same_key_gives_back_once_and_answers_the_same_refund() {
        complete();
        RefundView first = refund("0.70", "same");
        RefundView again = refund("0.70", "same");

        assertThat(again.refund().id()).isEqualTo(first.refund().id());
        assertThat(refunds.findByPayment(receipt.paymentId())).hasSize(1);
        assertThat(core.gateway.refundsGivenBack()).isEqualTo(1);
        assertThat(again.refundable()).isEqualTo(Money.eur("1.30"));
        assertThatThrownBy(() -> refund("0.20", "same")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("Idempotency-Key"));
    }

    @Test
    void a_payment_not_completed_is_not_refunded_and_a_missing_one_is_not_found() {
        assertThatThrownBy(() -> refund("1.00", "k1")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        assertThat(refunds.findByPayment(receipt.paymentId())).isEmpty();
        assertThatThrownBy(() -> service.refund(new IssueRefundCommand(core.staff,
                com.servelink.domain.billing.PaymentId.fromOpaque("nope"), BigDecimal.ONE, "x", Optional.empty())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void only_staff_refund_and_bad_amounts_name_their_field() {
        complete();
        assertThatThrownBy(() -> service.refund(new IssueRefundCommand(core.owner, receipt.paymentId(),
                BigDecimal.ONE, "x", Optional.empty()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        for (String bad : List.of("0", "-1", "0.001")) {
            assertThatThrownBy(() -> refund(bad, null)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("amount"));
        }
        assertThatThrownBy(() -> service.refund(new IssueRefundCommand(core.staff, receipt.paymentId(),
                BigDecimal.ONE, "  ", Optional.empty()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("reason"));
        assertThat(refunds.findByPayment(receipt.paymentId())).isEmpty();
    }

    @Test
    void a_provider_down_leaves_the_refund_refused_and_the_same_key_tries_again() {
        complete();
        core.gateway.goDown();
        assertThatThrownBy(() -> refund("2.00", "k1")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
        assertThat(refunds.findByPayment(receipt.paymentId())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Refund.Status.FAILED));
        assertThat(core.payments.findById(receipt.paymentId()).orElseThrow().status()).isEqualTo(PaymentStatus.COMPLETED);

        core.gateway.comeBack();
        RefundView retried = refund("2.00", "k1");
        assertThat(retried.refund().status()).isEqualTo(Refund.Status.SUCCEEDED);
        assertThat(retried.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunds.findByPayment(receipt.paymentId())).hasSize(1);
    }
}
