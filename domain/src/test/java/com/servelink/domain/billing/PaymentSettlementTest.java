package com.servelink.domain.billing;

import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PaymentSettlementTest {
    private static final Instant BOUGHT = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = BOUGHT.plusSeconds(600);
    private static final TeamId TEAM = TeamId.fromOpaque("acme");

    private final AdditionalResource addOn = AdditionalResource.purchase(ResourceId.fromOpaque("res1"), TEAM,
            ResourceType.RAM, new Quantity(2), Money.eur("1.50"), PaymentId.fromOpaque("pay1"), BOUGHT);
    private final Payment payment = Payment.forAddOn(PaymentId.fromOpaque("pay1"), addOn, "sandbox",
            new CheckoutSession("cs_1", "http://localhost/checkout"), BOUGHT);
    private final PaymentSettlement settlement = new PaymentSettlement(payment, addOn);

    @Test
    void the_payment_of_an_add_on_is_for_its_total_price() {
        assertThat(payment.amount()).isEqualTo(Money.eur("3.00"));
    }

    @Test
    void a_completion_completes_the_payment_and_activates_the_add_on_for_720_hours() {
        PaymentSettlement.Outcome outcome = settlement.complete(Money.eur("3.00"), LATER);

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.COMPLETED);
        assertThat(outcome.paymentChanged()).isTrue();
        assertThat(outcome.resourceChanged()).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(addOn.expiresAt()).contains(LATER.plus(AdditionalResource.VALIDITY));
        assertThat(outcome.events()).containsExactly(PaymentEvent.completed(payment, LATER),
                new AddOnEvent.Activated(addOn.id(), TEAM, LATER.plus(AdditionalResource.VALIDITY), LATER));
    }

    @Test
    void a_second_completion_changes_nothing_and_says_nothing() {
        settlement.complete(Money.eur("3.00"), LATER);

        PaymentSettlement.Outcome again = settlement.complete(Money.eur("3.00"), LATER.plusSeconds(5));

        assertThat(again.applied()).isFalse();
        assertThat(again.paymentChanged() || again.resourceChanged()).isFalse();
        assertThat(again.events()).isEmpty();
        assertThat(addOn.expiresAt()).contains(LATER.plus(AdditionalResource.VALIDITY));
    }

    @Test
    void a_completion_of_another_amount_is_refused_and_moves_nothing() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> settlement.complete(Money.eur("2.99"), LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_MISMATCH));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.PENDING);
    }

    @Test
    void a_failure_fails_the_payment_and_cancels_the_unpaid_add_on() {
        PaymentSettlement.Outcome outcome = settlement.fail(LATER);

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.FAILED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(outcome.events()).containsExactly(PaymentEvent.failed(payment, LATER),
                new AddOnEvent.Cancelled(addOn.id(), TEAM, LATER));
    }

    @Test
    void an_expiry_expires_the_payment_and_cancels_the_unpaid_add_on() {
        PaymentSettlement.Outcome outcome = settlement.expire(LATER);

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.EXPIRED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(outcome.resourceChanged()).isTrue();
    }

    @Test
    void a_late_completion_after_a_failure_is_honoured_and_revives_the_add_on() {
        settlement.fail(LATER);

        PaymentSettlement.Outcome outcome = settlement.complete(Money.eur("3.00"), LATER.plusSeconds(60));

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.COMPLETED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(addOn.cancelledAt()).isEmpty();
    }

    @Test
    void a_failure_after_a_completion_changes_neither() {
        settlement.complete(Money.eur("3.00"), LATER);

        PaymentSettlement.Outcome outcome = settlement.fail(LATER.plusSeconds(60));

        assertThat(outcome.applied()).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.ACTIVE);
    }

    @Test
    void a_failure_of_a_payment_whose_add_on_the_team_already_cancelled_changes_the_payment_only() {
        addOn.cancel(BOUGHT.plusSeconds(30));

        PaymentSettlement.Outcome outcome = settlement.fail(LATER);

        assertThat(outcome.paymentChanged()).isTrue();
        assertThat(outcome.resourceChanged()).isFalse();
        assertThat(outcome.events()).containsExactly(PaymentEvent.failed(payment, LATER));
    }

    @Test
    void a_payment_is_settled_only_with_the_add_on_it_pays_for() {
        AdditionalResource other = AdditionalResource.purchase(ResourceId.fromOpaque("res2"), TEAM, ResourceType.RAM,
                new Quantity(1), Money.eur("1.50"), PaymentId.fromOpaque("pay2"), BOUGHT);

        assertThatIllegalArgumentException().isThrownBy(() -> new PaymentSettlement(payment, other));
    }

    @Test
    void a_paid_renewal_extends_by_720_hours_from_the_old_expiry_once() {
        settlement.complete(Money.eur("3.00"), LATER);
        Instant expiry = addOn.expiresAt().orElseThrow();
        Payment renewal = Payment.renewalOf(PaymentId.fromOpaque("pay2"), addOn, "sandbox", expiry.minusSeconds(3600));
        PaymentSettlement renewing = new PaymentSettlement(renewal, addOn);

        PaymentSettlement.Outcome outcome = renewing.complete(Money.eur("3.00"), expiry.minusSeconds(60));

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.RENEWED);
        assertThat(addOn.expiresAt()).contains(expiry.plus(AdditionalResource.VALIDITY));
        assertThat(outcome.events()).contains(new AddOnEvent.Renewed(addOn.id(), TEAM, renewal.id(),
                expiry.plus(AdditionalResource.VALIDITY), expiry.minusSeconds(60)));
        // a second renewal payment for the same (already renewed) period extends nothing
        Payment again = Payment.renewalOf(PaymentId.fromOpaque("pay3"), addOn, "sandbox", expiry);
        assertThat(new PaymentSettlement(Payment.reconstitute(again.id(), again.teamId(), again.resourceId(),
                again.amount(), again.provider(), again.providerReference(), null, expiry, PaymentStatus.PENDING,
                again.createdAt(), null, null, 0), addOn).complete(Money.eur("3.00"), expiry).resourceChanged())
                .isFalse();
        assertThat(addOn.expiresAt()).contains(expiry.plus(AdditionalResource.VALIDITY));
    }

    @Test
    void a_renewal_paid_after_the_expiry_job_ran_brings_the_add_on_back_for_the_period_paid() {
        settlement.complete(Money.eur("3.00"), LATER);
        Instant expiry = addOn.expiresAt().orElseThrow();
        Payment renewal = Payment.renewalOf(PaymentId.fromOpaque("pay2"), addOn, "sandbox", expiry.minusSeconds(3600));
        addOn.expire(expiry);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.EXPIRED);

        new PaymentSettlement(renewal, addOn).complete(Money.eur("3.00"), expiry.plusSeconds(600));

        assertThat(addOn.status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(addOn.expiresAt()).contains(expiry.plus(AdditionalResource.VALIDITY));
    }

    @Test
    void a_declined_renewal_fails_its_payment_and_leaves_the_add_on_running_to_its_expiry() {
        settlement.complete(Money.eur("3.00"), LATER);
        Instant expiry = addOn.expiresAt().orElseThrow();
        Payment renewal = Payment.renewalOf(PaymentId.fromOpaque("pay2"), addOn, "sandbox", expiry.minusSeconds(3600));

        PaymentSettlement.Outcome outcome = new PaymentSettlement(renewal, addOn).fail(expiry.minusSeconds(3000));

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.FAILED);
        assertThat(outcome.resourceChanged()).isFalse();
        assertThat(addOn.status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(addOn.expiresAt()).contains(expiry);
    }
}
