package com.servelink.application.billing;

import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.port.in.billing.RefundPaymentUseCase.RefundPaymentCommand;
import com.servelink.application.port.in.billing.RefundPaymentUseCase.Reversal;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentEvent;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.servelink.application.testing.TestCore.ACME;
import static org.assertj.core.api.Assertions.assertThat;

/** What the provider's refund and dispute events do, through ProviderReports like completions and failures. */
class RefundEventsTest {
    private static final int BASE_MEMORY_MB = 6144;

    private final TestCore core = new TestCore();
    private final PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 2);

    private PaymentOutcome complete(String eventId, Optional<String> providerPayment) {
        return core.confirmPayment.confirm(new ConfirmPaymentCommand("fake", eventId, receipt.paymentId(),
                Money.eur("2.00"), Optional.empty(), providerPayment));
    }

    private PaymentOutcome refund(String eventId, Reversal reversal) {
        return core.refundPayment.refund(RefundPaymentCommand.of("fake", eventId, receipt.paymentId(), reversal));
    }

    private AdditionalResource resource() {
        return core.resources.findById(receipt.resourceId()).orElseThrow();
    }

    private Payment payment() {
        return core.payments.findById(receipt.paymentId()).orElseThrow();
    }

    @Test
    void a_refund_cancels_the_active_add_on_and_its_limits_drop_at_once() {
        complete("evt_paid", Optional.empty());
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB + 1000);
        core.clock.advance(Duration.ofHours(2));

        assertThat(refund("evt_refund", Reversal.REFUND)).isEqualTo(PaymentOutcome.APPLIED);

        assertThat(payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment().reversedAt()).contains(core.clock.instant());
        assertThat(resource().status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(resource().cancelledAt()).contains(core.clock.instant());
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB);
        assertThat(core.events.eventsOf(PaymentEvent.Reversed.class)).singleElement()
                .satisfies(e -> assertThat(e.disputed()).isFalse());
        assertThat(core.events.eventsOf(AddOnEvent.Cancelled.class)).hasSize(1);
    }

    @Test
    void the_same_refund_event_twice_is_a_duplicate_and_another_one_changes_nothing() {
        complete("evt_paid", Optional.empty());
        refund("evt_refund", Reversal.REFUND);
        long version = payment().version();
        core.clock.advance(Duration.ofMinutes(5));

        assertThat(refund("evt_refund", Reversal.REFUND)).isEqualTo(PaymentOutcome.DUPLICATE_EVENT);
        assertThat(refund("evt_refund_2", Reversal.REFUND)).isEqualTo(PaymentOutcome.ALREADY_SETTLED);

        assertThat(payment().version()).isEqualTo(version);
        assertThat(core.events.eventsOf(AddOnEvent.Cancelled.class)).hasSize(1);
        assertThat(core.events.eventsOf(PaymentEvent.Reversed.class)).hasSize(1);
    }

    @Test
    void a_refund_of_a_pending_payment_changes_nothing() {
        assertThat(refund("evt_refund", Reversal.REFUND)).isEqualTo(PaymentOutcome.ALREADY_SETTLED);
        assertThat(payment().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(resource().status()).isEqualTo(ResourceStatus.PENDING);
    }

    @Test
    void a_refund_of_an_unknown_payment_or_of_another_provider_is_acknowledged() {
        complete("evt_paid", Optional.empty());

        assertThat(core.refundPayment.refund(RefundPaymentCommand.of("fake", "evt_r1", PaymentId.fromOpaque("nope"),
                Reversal.REFUND))).isEqualTo(PaymentOutcome.UNKNOWN_PAYMENT);
        assertThat(core.refundPayment.refund(RefundPaymentCommand.of("stripe", "evt_r2", receipt.paymentId(),
                Reversal.REFUND))).isEqualTo(PaymentOutcome.UNKNOWN_PAYMENT);
        assertThat(core.refundPayment.refund(new RefundPaymentCommand("fake", "evt_r3", Optional.empty(),
                Optional.of("pi_unknown"), Reversal.DISPUTE))).isEqualTo(PaymentOutcome.UNKNOWN_PAYMENT);

        assertThat(payment().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.ACTIVE);
    }

    @Test
    void a_dispute_naming_only_the_providers_payment_finds_ours_through_the_completion() {
        complete("evt_paid", Optional.of("pi_123"));

        var dispute = new RefundPaymentCommand("fake", "evt_dispute", Optional.empty(), Optional.of("pi_123"),
                Reversal.DISPUTE);
        assertThat(core.refundPayment.refund(dispute)).isEqualTo(PaymentOutcome.APPLIED);

        assertThat(payment().status()).isEqualTo(PaymentStatus.DISPUTED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB);
        assertThat(core.events.eventsOf(PaymentEvent.Reversed.class)).singleElement()
                .satisfies(e -> assertThat(e.disputed()).isTrue());
        // the same reference under another provider is not ours
        assertThat(core.payments.findIdByProviderPayment("stripe", "pi_123")).isEmpty();
    }

    @Test
    void a_completion_after_a_refund_changes_nothing() {
        complete("evt_paid", Optional.empty());
        refund("evt_refund", Reversal.REFUND);

        assertThat(complete("evt_paid_again", Optional.empty())).isEqualTo(PaymentOutcome.ALREADY_SETTLED);
        assertThat(payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB);
    }

    @Test
    void a_full_refund_at_the_provider_is_recorded_as_a_refund_with_its_credit_note() {
        complete("evt_paid", Optional.empty());
        var invoice = core.invoices.findByPayment(receipt.paymentId()).orElseThrow();

        refund("evt_refund", Reversal.REFUND);
        refund("evt_refund", Reversal.REFUND); // replayed: nothing more

        assertThat(core.refunds.findByPayment(receipt.paymentId())).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo(com.servelink.domain.billing.Refund.Origin.PROVIDER);
            assertThat(r.amount()).isEqualTo(Money.eur("2.00"));
            assertThat(r.status()).isEqualTo(com.servelink.domain.billing.Refund.Status.SUCCEEDED);
            assertThat(r.creditNote()).isPresent();
        });
        assertThat(core.invoices.creditNotesOf(invoice.number())).singleElement()
                .satisfies(note -> assertThat(note.gross()).isEqualTo(invoice.gross()));
    }

    @Test
    void a_dispute_records_no_refund() {
        complete("evt_paid", Optional.empty());
        refund("evt_dispute", Reversal.DISPUTE);
        assertThat(core.refunds.findByPayment(receipt.paymentId())).isEmpty();
    }

    private PaymentOutcome partial(String eventId, String total) {
        return core.refundPayment.refund(RefundPaymentCommand.partial("fake", eventId, receipt.paymentId(),
                Money.eur(total)));
    }

    @Test
    void a_partial_refund_at_the_provider_records_what_it_gave_back_and_the_add_on_stays() {
        complete("evt_paid", Optional.empty());
        var invoice = core.invoices.findByPayment(receipt.paymentId()).orElseThrow();

        assertThat(partial("evt_partial_1", "0.50")).isEqualTo(PaymentOutcome.APPLIED);
        // the provider's totals are cumulative: the second report gives back 0.70 more
        assertThat(partial("evt_partial_2", "1.20")).isEqualTo(PaymentOutcome.APPLIED);
        assertThat(partial("evt_partial_2", "1.20")).isEqualTo(PaymentOutcome.DUPLICATE_EVENT);
        // a report of a total already known (another delivery of the same state) adds nothing
        assertThat(partial("evt_partial_3", "1.20")).isEqualTo(PaymentOutcome.ALREADY_SETTLED);

        assertThat(core.refunds.findByPayment(receipt.paymentId()))
                .extracting(r -> r.amount(), r -> r.origin(), r -> r.reason())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Money.eur("0.50"),
                                com.servelink.domain.billing.Refund.Origin.PROVIDER, "refunded at the provider"),
                        org.assertj.core.groups.Tuple.tuple(Money.eur("0.70"),
                                com.servelink.domain.billing.Refund.Origin.PROVIDER, "refunded at the provider"));
        assertThat(core.invoices.creditNotesOf(invoice.number())).hasSize(2);
        assertThat(payment().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB + 1000);
    }

    @Test
    void partial_refunds_at_the_provider_that_reach_the_whole_payment_refund_it_and_revoke_the_add_on() {
        complete("evt_paid", Optional.empty());
        var invoice = core.invoices.findByPayment(receipt.paymentId()).orElseThrow();
        partial("evt_partial_1", "0.50");

        assertThat(partial("evt_partial_2", "2.00")).isEqualTo(PaymentOutcome.APPLIED);

        assertThat(payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB);
        assertThat(core.refunds.findByPayment(receipt.paymentId())).extracting(r -> r.amount())
                .containsExactly(Money.eur("0.50"), Money.eur("1.50"));
        // the credit notes give back the whole invoice, VAT included, to the cent
        assertThat(core.invoices.creditNotesOf(invoice.number()).stream().map(n -> n.gross())
                .reduce(Money.eur("0.00"), Money::plus)).isEqualTo(invoice.gross());
        // the full refund Stripe reports next finds nothing left
        assertThat(refund("evt_full", Reversal.REFUND)).isEqualTo(PaymentOutcome.ALREADY_SETTLED);
        assertThat(core.refunds.findByPayment(receipt.paymentId())).hasSize(2);
    }

    @Test
    void a_provider_total_above_the_payment_credits_only_what_was_paid() {
        complete("evt_paid", Optional.empty());

        assertThat(partial("evt_partial", "9.99")).isEqualTo(PaymentOutcome.APPLIED);

        assertThat(core.refunds.findByPayment(receipt.paymentId())).extracting(r -> r.amount())
                .containsExactly(Money.eur("2.00"));
        assertThat(payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void a_partial_refund_in_another_currency_is_refused_and_leaves_no_trace() {
        complete("evt_paid", Optional.empty());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> core.refundPayment.refund(RefundPaymentCommand.partial(
                        "fake", "evt_usd", receipt.paymentId(), new Money(new java.math.BigDecimal("1.00"),
                                java.util.Currency.getInstance("USD")))))
                .isInstanceOfSatisfying(com.servelink.domain.shared.DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(com.servelink.domain.shared.ErrorCode.AMOUNT_MISMATCH));

        assertThat(core.refunds.findByPayment(receipt.paymentId())).isEmpty();
        assertThat(payment().status()).isEqualTo(PaymentStatus.COMPLETED);
    }

    @Test
    void a_partial_refund_of_a_pending_payment_changes_nothing() {
        assertThat(partial("evt_partial", "1.00")).isEqualTo(PaymentOutcome.ALREADY_SETTLED);
        assertThat(core.refunds.findByPayment(receipt.paymentId())).isEmpty();
        assertThat(payment().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_lost_dispute_credits_what_is_left_of_the_payment() {
        complete("evt_paid", Optional.empty());
        var invoice = core.invoices.findByPayment(receipt.paymentId()).orElseThrow();
        partial("evt_partial", "0.50");
        refund("evt_dispute", Reversal.DISPUTE);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(BASE_MEMORY_MB);

        assertThat(refund("evt_lost", Reversal.DISPUTE_LOST)).isEqualTo(PaymentOutcome.APPLIED);
        assertThat(refund("evt_lost", Reversal.DISPUTE_LOST)).isEqualTo(PaymentOutcome.DUPLICATE_EVENT);
        assertThat(refund("evt_lost_again", Reversal.DISPUTE_LOST)).isEqualTo(PaymentOutcome.ALREADY_SETTLED);

        assertThat(payment().status()).isEqualTo(PaymentStatus.DISPUTED);
        assertThat(core.refunds.findByPayment(receipt.paymentId())).extracting(r -> r.amount(), r -> r.reason())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Money.eur("0.50"), "refunded at the provider"),
                        org.assertj.core.groups.Tuple.tuple(Money.eur("1.50"), "dispute lost at the provider"));
        assertThat(core.invoices.creditNotesOf(invoice.number()).stream().map(n -> n.gross())
                .reduce(Money.eur("0.00"), Money::plus)).isEqualTo(invoice.gross());
    }

    @Test
    void a_lost_dispute_whose_opening_was_never_reported_disputes_the_payment_too() {
        complete("evt_paid", Optional.empty());

        assertThat(refund("evt_lost", Reversal.DISPUTE_LOST)).isEqualTo(PaymentOutcome.APPLIED);

        assertThat(payment().status()).isEqualTo(PaymentStatus.DISPUTED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(core.refunds.findByPayment(receipt.paymentId())).extracting(r -> r.amount())
                .containsExactly(Money.eur("2.00"));
    }
}
