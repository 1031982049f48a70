package com.servelink.application.billing;

import com.servelink.application.port.in.billing.ListTeamPaymentsUseCase.ListTeamPaymentsQuery;
import com.servelink.application.port.out.PaymentGateway.ProviderStatus;
import com.servelink.application.service.billing.ListTeamPaymentsService;
import com.servelink.application.service.billing.ReconcilePaymentsService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.PendingPaymentPolicy;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static org.assertj.core.api.Assertions.assertThat;

/** Reconciliation of pending payments with the provider, and the team's payment history. */
class ReconcilePaymentsTest {
    private final TestCore core = new TestCore();
    private final ReconcilePaymentsService reconcile = new ReconcilePaymentsService(core.payments, core.resources,
            core.gateway, core.confirmPayment, core.transactions, core.clock,
            new PendingPaymentPolicy(Duration.ofHours(24)), core.events);

    private PaymentStatus paymentStatus(com.servelink.domain.billing.PaymentId id) {
        return core.payments.findById(id).orElseThrow().status();
    }

    @Test
    void pending_payments_are_left_alone_until_the_time_limit() {
        var receipt = core.buy(core.owner, ACME, "ram", 1);
        core.gateway.willReport(receipt.paymentId(), ProviderStatus.paid(Money.eur("1.00")));
        core.clock.advance(Duration.ofHours(23));
        assertThat(reconcile.reconcile()).isZero();
        assertThat(paymentStatus(receipt.paymentId())).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_payment_the_provider_says_is_paid_is_completed_and_activated_once() {
        var receipt = core.buy(core.owner, ACME, "ram", 2);
        core.gateway.willReport(receipt.paymentId(), ProviderStatus.paid(Money.eur("2.00")));
        core.clock.advance(Duration.ofHours(25));

        assertThat(reconcile.reconcile()).isEqualTo(1);
        assertThat(reconcile.reconcile()).isZero();
        assertThat(paymentStatus(receipt.paymentId())).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(core.resources.findById(receipt.resourceId()).orElseThrow().status()).isEqualTo(ResourceStatus.ACTIVE);
    }

    @Test
    void failed_or_abandoned_payments_expire_and_cancel_their_add_on() {
        var failed = core.buy(core.owner, ACME, "ram", 1);
        var abandoned = core.buy(core.owner, ACME, "cpu", 1);
        core.gateway.willReport(failed.paymentId(), ProviderStatus.failed());
        core.clock.advance(Duration.ofHours(25));

        assertThat(reconcile.reconcile()).isEqualTo(2);
        assertThat(paymentStatus(failed.paymentId())).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(paymentStatus(abandoned.paymentId())).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(core.resources.findById(abandoned.resourceId()).orElseThrow().status())
                .isEqualTo(ResourceStatus.CANCELLED);

        // the customer pays after all: a completion is always honoured
        core.pay(abandoned);
        assertThat(paymentStatus(abandoned.paymentId())).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(core.resources.findById(abandoned.resourceId()).orElseThrow().status())
                .isEqualTo(ResourceStatus.ACTIVE);
    }

    @Test
    void an_unreachable_provider_leaves_payments_for_the_next_run() {
        var receipt = core.buy(core.owner, ACME, "ram", 1);
        core.clock.advance(Duration.ofHours(25));
        core.gateway.goDown();
        assertThat(reconcile.reconcile()).isZero();
        assertThat(paymentStatus(receipt.paymentId())).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void members_see_their_team_s_payments_newest_first() {
        var first = core.buy(core.owner, ACME, "ram", 1);
        core.clock.advance(Duration.ofMinutes(1));
        var second = core.buy(core.owner, ACME, "cpu", 1);
        var history = new ListTeamPaymentsService(core.access, core.payments);

        assertThat(history.list(new ListTeamPaymentsQuery(core.member, ACME, 50)).items()).extracting(Payment::id)
                .containsExactly(second.paymentId(), first.paymentId());
        refused(() -> history.list(new ListTeamPaymentsQuery(core.rivalOwner, ACME, 50)), ErrorCode.NOT_FOUND);
        refused(() -> history.list(new ListTeamPaymentsQuery(core.member, ACME, 0)), ErrorCode.INVALID_FIELD);
    }
}
