package com.servelink.application.billing;

import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.FailPaymentUseCase.FailPaymentCommand;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.START;
import static org.assertj.core.api.Assertions.assertThat;

/** What the provider's completed and failed events do, including the ways real providers misbehave. */
class PaymentEventsTest {
    private final TestCore core = new TestCore();
    private final PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 2);

    private PaymentOutcome complete(String eventId, Money amount) {
        return core.confirmPayment.confirm(new ConfirmPaymentCommand("fake", eventId, receipt.paymentId(), amount));
    }

    private PaymentOutcome fail(String eventId) {
        return core.failPayment.fail(new FailPaymentCommand("fake", eventId, receipt.paymentId()));
    }

    private AdditionalResource resource() {
        return core.resources.findById(receipt.resourceId()).orElseThrow();
    }

    private PaymentStatus paymentStatus() {
        return core.payments.findById(receipt.paymentId()).orElseThrow().status();
    }

    @Test
    void completion_activates_the_resource_for_720_hours() {
        core.clock.advance(Duration.ofMinutes(3));
        assertThat(complete("evt_1", Money.eur("2.00"))).isEqualTo(PaymentOutcome.APPLIED);

        assertThat(paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(resource().expiresAt()).contains(START.plus(Duration.ofMinutes(3)).plus(Duration.ofHours(720)));
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(6144 + 1000);
        assertThat(core.events.eventsOf(AddOnEvent.Activated.class)).hasSize(1);
    }

    @Test
    void the_same_event_twice_is_applied_once() {
        complete("evt_1", Money.eur("2.00"));
        var firstExpiry = resource().expiresAt();
        core.clock.advance(Duration.ofHours(1));

        assertThat(complete("evt_1", Money.eur("2.00"))).isEqualTo(PaymentOutcome.DUPLICATE_EVENT);
        assertThat(complete("evt_2", Money.eur("2.00"))).isEqualTo(PaymentOutcome.ALREADY_SETTLED);
        assertThat(resource().expiresAt()).isEqualTo(firstExpiry);
        assertThat(core.events.eventsOf(AddOnEvent.Activated.class)).hasSize(1);
    }

    @Test
    void an_amount_or_currency_mismatch_is_refused_and_changes_nothing() {
        refused(() -> complete("evt_1", Money.eur("1.00")), ErrorCode.AMOUNT_MISMATCH);
        refused(() -> complete("evt_1", Money.of("2.00", "USD")), ErrorCode.AMOUNT_MISMATCH);

        assertThat(paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(resource().status()).isEqualTo(ResourceStatus.PENDING);
        // the refused event id was not recorded: a corrected delivery still applies
        assertThat(complete("evt_1", Money.eur("2.00"))).isEqualTo(PaymentOutcome.APPLIED);
    }

    @Test
    void an_unknown_payment_is_acknowledged_and_ignored() {
        var outcome = core.confirmPayment.confirm(new ConfirmPaymentCommand("fake", "evt_x",
                PaymentId.fromOpaque("nope"), Money.eur("2.00")));
        assertThat(outcome).isEqualTo(PaymentOutcome.UNKNOWN_PAYMENT);
        var otherProvider = core.confirmPayment.confirm(new ConfirmPaymentCommand("stripe", "evt_y",
                receipt.paymentId(), Money.eur("2.00")));
        assertThat(otherProvider).isEqualTo(PaymentOutcome.UNKNOWN_PAYMENT);
        assertThat(paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_failure_cancels_the_pending_resource() {
        assertThat(fail("evt_f")).isEqualTo(PaymentOutcome.APPLIED);
        assertThat(paymentStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.CANCELLED);
    }

    @Test
    void a_failure_after_completion_leaves_the_completion_standing() {
        complete("evt_1", Money.eur("2.00"));
        assertThat(fail("evt_2")).isEqualTo(PaymentOutcome.ALREADY_SETTLED);
        assertThat(paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.ACTIVE);
    }

    @Test
    void a_completion_after_a_failure_is_honoured() {
        fail("evt_f");
        assertThat(complete("evt_c", Money.eur("2.00"))).isEqualTo(PaymentOutcome.APPLIED);
        assertThat(paymentStatus()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(resource().status()).isEqualTo(ResourceStatus.ACTIVE);
    }

    @Test
    void twenty_concurrent_deliveries_of_one_event_activate_once() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<PaymentOutcome>> deliveries = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                deliveries.add(() -> complete("evt_same", Money.eur("2.00")));
            }
            List<PaymentOutcome> outcomes = new ArrayList<>();
            for (var future : pool.invokeAll(deliveries)) {
                outcomes.add(future.get());
            }
            assertThat(outcomes).filteredOn(o -> o == PaymentOutcome.APPLIED).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o == PaymentOutcome.DUPLICATE_EVENT).hasSize(19);
        } finally {
            pool.shutdownNow();
        }
        assertThat(core.events.eventsOf(AddOnEvent.Activated.class)).hasSize(1);
    }
}
