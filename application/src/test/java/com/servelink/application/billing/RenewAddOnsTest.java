package com.servelink.application.billing;

import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.port.in.billing.SetAutoRenewUseCase.SetAutoRenewCommand;
import com.servelink.application.port.out.PaymentGateway.RenewalCharge;
import com.servelink.application.service.billing.RenewAddOnsService;
import com.servelink.application.service.billing.SetAutoRenewService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentEvent;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static org.assertj.core.api.Assertions.assertThat;

/** Auto-renewal: opt-in, charged once per period, extending only when paid. */
class RenewAddOnsTest {
    private final TestCore core = new TestCore();
    private final SetAutoRenewService setAutoRenew = new SetAutoRenewService(core.access, core.resources,
            core.transactions);
    private final RenewAddOnsService renew = new RenewAddOnsService(core.resources, core.payments, core.gateway,
            core.confirmPayment, core.failPayment, core.transactions, core.ids, core.clock);

    private PurchaseReceipt activeAddOn(boolean autoRenew) {
        PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 2);
        core.pay(receipt);
        if (autoRenew) {
            setAutoRenew.setAutoRenew(new SetAutoRenewCommand(core.owner, ACME, receipt.resourceId(), true));
        }
        return receipt;
    }

    private AdditionalResource resource(PurchaseReceipt receipt) {
        return core.resources.findById(receipt.resourceId()).orElseThrow();
    }

    /** Moves the clock to {@code before} the add-on's expiry. */
    private Instant expiryMinus(PurchaseReceipt receipt, Duration before) {
        Instant expiry = resource(receipt).expiresAt().orElseThrow();
        core.clock.set(expiry.minus(before));
        return expiry;
    }

    private List<Payment> renewalsOf(PurchaseReceipt receipt) {
        return core.payments.findByTeam(resource(receipt).teamId(), 100).stream()
                .filter(p -> p.renewalOf().isPresent() && p.resourceId().equals(receipt.resourceId())).toList();
    }

    @Test
    void auto_renewal_is_off_by_default_and_nothing_is_charged() {
        PurchaseReceipt receipt = activeAddOn(false);
        expiryMinus(receipt, Duration.ofHours(1));

        assertThat(resource(receipt).autoRenew()).isFalse();
        assertThat(renew.renewDue()).isZero();
        assertThat(core.gateway.renewals()).isEmpty();
    }

    @Test
    void a_completed_renewal_extends_by_30_days_from_the_old_expiry() {
        PurchaseReceipt receipt = activeAddOn(true);
        Instant expiry = expiryMinus(receipt, Duration.ofMinutes(30));

        assertThat(renew.renewDue()).isEqualTo(1);

        AdditionalResource renewed = resource(receipt);
        assertThat(renewed.status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(renewed.expiresAt()).contains(expiry.plus(AdditionalResource.VALIDITY));
        assertThat(renewalsOf(receipt)).singleElement().satisfies(payment -> {
            assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
            assertThat(payment.amount()).isEqualTo(Money.eur("2.00"));
            assertThat(payment.renewalOf()).contains(expiry);
            assertThat(payment.checkoutUrl()).isEmpty();
        });
        assertThat(core.events.eventsOf(AddOnEvent.Renewed.class)).singleElement()
                .satisfies(event -> assertThat(event.expiresAt()).isEqualTo(expiry.plus(AdditionalResource.VALIDITY)));
    }

    @Test
    void an_add_on_ending_later_than_a_day_is_not_renewed_yet() {
        PurchaseReceipt receipt = activeAddOn(true);
        expiryMinus(receipt, Duration.ofHours(25));

        assertThat(renew.renewDue()).isZero();
        assertThat(core.gateway.renewals()).isEmpty();
    }

    @Test
    void a_declined_renewal_lets_the_add_on_expire_as_today_and_says_so() {
        PurchaseReceipt receipt = activeAddOn(true);
        core.gateway.renewalsWill(RenewalCharge.State.FAILED);
        Instant expiry = expiryMinus(receipt, Duration.ofMinutes(30));

        assertThat(renew.renewDue()).isZero();

        assertThat(resource(receipt).expiresAt()).contains(expiry);
        assertThat(renewalsOf(receipt)).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED));
        assertThat(core.events.eventsOf(PaymentEvent.Failed.class)).hasSize(1);
        core.clock.set(expiry);
        core.expire.expireDue();
        assertThat(resource(receipt).status()).isEqualTo(ResourceStatus.EXPIRED);
    }

    @Test
    void a_renewal_the_provider_still_processes_extends_only_when_its_completion_arrives() {
        PurchaseReceipt receipt = activeAddOn(true);
        core.gateway.renewalsWill(RenewalCharge.State.PENDING);
        Instant expiry = expiryMinus(receipt, Duration.ofMinutes(30));

        assertThat(renew.renewDue()).isZero();
        assertThat(resource(receipt).expiresAt()).contains(expiry);

        Payment pending = renewalsOf(receipt).get(0);
        core.confirmPayment.confirm(new com.servelink.application.port.in.billing.ConfirmPaymentUseCase
                .ConfirmPaymentCommand(pending.provider(), "evt_pi_succeeded", pending.id(), pending.amount()));
        assertThat(resource(receipt).expiresAt()).contains(expiry.plus(AdditionalResource.VALIDITY));
    }

    @Test
    void running_the_job_again_renews_nothing_more() {
        PurchaseReceipt receipt = activeAddOn(true);
        Instant expiry = expiryMinus(receipt, Duration.ofMinutes(30));

        renew.renewDue();
        assertThat(renew.renewDue()).isZero();

        assertThat(renewalsOf(receipt)).hasSize(1);
        assertThat(resource(receipt).expiresAt()).contains(expiry.plus(AdditionalResource.VALIDITY));
    }

    @Test
    void a_run_replayed_after_a_provider_outage_charges_the_same_renewal_payment_again() {
        PurchaseReceipt receipt = activeAddOn(true);
        Instant expiry = expiryMinus(receipt, Duration.ofHours(2));
        core.gateway.goDown();
        assertThat(renew.renewDue()).isZero();
        assertThat(renewalsOf(receipt)).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING));

        core.gateway.comeBack();
        assertThat(renew.renewDue()).isEqualTo(1);
        assertThat(renewalsOf(receipt)).hasSize(1);
        assertThat(resource(receipt).expiresAt()).contains(expiry.plus(AdditionalResource.VALIDITY));
    }

    @Test
    void two_runs_at_once_renew_once() throws Exception {
        PurchaseReceipt receipt = activeAddOn(true);
        Instant expiry = expiryMinus(receipt, Duration.ofMinutes(30));
        var pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> run = () -> {
                start.await();
                return renew.renewDue();
            };
            List<Future<Integer>> runs = List.of(pool.submit(run), pool.submit(run), pool.submit(run), pool.submit(run));
            start.countDown();
            int renewed = 0;
            for (Future<Integer> f : runs) {
                renewed += f.get();
            }
            assertThat(renewed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(renewalsOf(receipt)).hasSize(1);
        assertThat(resource(receipt).expiresAt()).contains(expiry.plus(AdditionalResource.VALIDITY));
        assertThat(core.events.eventsOf(AddOnEvent.Renewed.class)).hasSize(1);
    }

    @Test
    void only_owners_and_admins_switch_it_and_only_on_a_running_add_on() {
        PurchaseReceipt receipt = activeAddOn(false);
        refused(() -> setAutoRenew.setAutoRenew(new SetAutoRenewCommand(core.member, ACME, receipt.resourceId(), true)),
                ErrorCode.FORBIDDEN);
        refused(() -> setAutoRenew.setAutoRenew(new SetAutoRenewCommand(core.rivalOwner, ACME, receipt.resourceId(),
                true)), ErrorCode.NOT_FOUND);
        assertThat(setAutoRenew.setAutoRenew(new SetAutoRenewCommand(core.admin, ACME, receipt.resourceId(), true))
                .autoRenew()).isTrue();
        assertThat(setAutoRenew.setAutoRenew(new SetAutoRenewCommand(core.owner, ACME, receipt.resourceId(), false))
                .autoRenew()).isFalse();

        core.cancel.cancel(new com.servelink.application.port.in.billing.CancelAddOnUseCase.CancelAddOnCommand(
                core.owner, ACME, receipt.resourceId()));
        refused(() -> setAutoRenew.setAutoRenew(new SetAutoRenewCommand(core.owner, ACME, receipt.resourceId(), true)),
                ErrorCode.INVALID_TRANSITION);
        assertThat(resource(receipt).autoRenew()).isFalse();
    }
}
