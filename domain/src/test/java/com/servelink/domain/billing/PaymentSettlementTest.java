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
                again.createdAt(), null, null, null, 0), addOn).complete(Money.eur("3.00"), expiry).resourceChanged())
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

    @Test
    void a_refund_refunds_the_payment_and_cancels_the_active_add_on_at_once() {
        settlement.complete(Money.eur("3.00"), LATER);
        Instant refunded = LATER.plusSeconds(3600);

        PaymentSettlement.Outcome outcome = settlement.refund(refunded);

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.REFUNDED);
        assertThat(outcome.paymentChanged()).isTrue();
        assertThat(outcome.resourceChanged()).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.reversedAt()).contains(refunded);
        assertThat(payment.completedAt()).contains(LATER);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(addOn.cancelledAt()).contains(refunded);
        assertThat(addOn.countsAt(refunded)).isFalse();
        assertThat(addOn.countedAt(refunded.minusSeconds(1))).as("it counted until the refund").isTrue();
        assertThat(addOn.countedAt(refunded)).isFalse();
        assertThat(outcome.events()).containsExactly(PaymentEvent.reversed(payment, false, refunded),
                new AddOnEvent.Cancelled(addOn.id(), TEAM, refunded));
    }

    @Test
    void a_second_refund_changes_nothing_and_says_nothing() {
        settlement.complete(Money.eur("3.00"), LATER);
        settlement.refund(LATER.plusSeconds(60));

        PaymentSettlement.Outcome again = settlement.refund(LATER.plusSeconds(120));

        assertThat(again.kind()).isEqualTo(PaymentSettlement.Kind.UNCHANGED);
        assertThat(again.paymentChanged() || again.resourceChanged()).isFalse();
        assertThat(again.events()).isEmpty();
        assertThat(payment.reversedAt()).contains(LATER.plusSeconds(60));
        assertThat(addOn.cancelledAt()).contains(LATER.plusSeconds(60));
    }

    @Test
    void a_refund_of_a_pending_failed_or_expired_payment_moves_nothing() {
        assertThat(settlement.refund(LATER).applied()).as("pending").isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.PENDING);

        settlement.fail(LATER);
        assertThat(settlement.refund(LATER.plusSeconds(1)).applied()).as("failed").isFalse();
        assertThat(settlement.dispute(LATER.plusSeconds(1)).applied()).as("failed, disputed").isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.reversedAt()).isEmpty();

        AdditionalResource other = AdditionalResource.purchase(ResourceId.fromOpaque("res3"), TEAM, ResourceType.RAM,
                new Quantity(1), Money.eur("1.50"), PaymentId.fromOpaque("pay3"), BOUGHT);
        Payment stale = Payment.forAddOn(PaymentId.fromOpaque("pay3"), other, "sandbox",
                new CheckoutSession("cs_3", "http://localhost/checkout"), BOUGHT);
        PaymentSettlement expired = new PaymentSettlement(stale, other);
        expired.expire(LATER);
        assertThat(expired.refund(LATER.plusSeconds(1)).applied()).as("expired").isFalse();
        assertThat(stale.status()).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void a_refund_after_the_add_on_expired_refunds_the_payment_and_leaves_the_add_on_expired() {
        settlement.complete(Money.eur("3.00"), LATER);
        Instant afterEnd = LATER.plus(AdditionalResource.VALIDITY).plusSeconds(1);
        addOn.expire(afterEnd);

        PaymentSettlement.Outcome outcome = settlement.refund(afterEnd.plusSeconds(60));

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.REFUNDED);
        assertThat(outcome.paymentChanged()).isTrue();
        assertThat(outcome.resourceChanged()).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.EXPIRED);
        assertThat(addOn.cancelledAt()).isEmpty();
        assertThat(outcome.events()).containsExactly(PaymentEvent.reversed(payment, false, afterEnd.plusSeconds(60)));
    }

    @Test
    void a_completion_arriving_after_a_refund_changes_nothing() {
        settlement.complete(Money.eur("3.00"), LATER);
        settlement.refund(LATER.plusSeconds(60));

        PaymentSettlement.Outcome late = settlement.complete(Money.eur("3.00"), LATER.plusSeconds(120));

        assertThat(late.applied()).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(addOn.countsAt(LATER.plusSeconds(120))).isFalse();
    }

    @Test
    void an_add_on_once_active_and_revoked_is_never_revived() {
        settlement.complete(Money.eur("3.00"), LATER);
        settlement.refund(LATER.plusSeconds(60));

        assertThat(addOn.activate(LATER.plusSeconds(120))).isFalse();
        assertThat(addOn.status()).isEqualTo(ResourceStatus.CANCELLED);
    }

    @Test
    void a_dispute_disputes_the_payment_and_cancels_the_add_on() {
        settlement.complete(Money.eur("3.00"), LATER);

        PaymentSettlement.Outcome outcome = settlement.dispute(LATER.plusSeconds(60));

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.DISPUTED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.DISPUTED);
        assertThat(addOn.status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(outcome.events()).containsExactly(PaymentEvent.reversed(payment, true, LATER.plusSeconds(60)),
                new AddOnEvent.Cancelled(addOn.id(), TEAM, LATER.plusSeconds(60)));
        assertThat(settlement.refund(LATER.plusSeconds(90)).applied()).as("a disputed payment is not refunded").isFalse();
    }

    @Test
    void a_dispute_after_a_refund_marks_the_payment_disputed_and_leaves_the_add_on_as_it_was() {
        settlement.complete(Money.eur("3.00"), LATER);
        settlement.refund(LATER.plusSeconds(60));

        PaymentSettlement.Outcome outcome = settlement.dispute(LATER.plusSeconds(120));

        assertThat(outcome.kind()).isEqualTo(PaymentSettlement.Kind.DISPUTED);
        assertThat(outcome.resourceChanged()).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.DISPUTED);
        assertThat(payment.reversedAt()).as("the first reversal").contains(LATER.plusSeconds(60));
        assertThat(addOn.cancelledAt()).contains(LATER.plusSeconds(60));
    }

    @Test
    void a_refund_of_an_add_on_the_team_already_cancelled_refunds_the_payment_only() {
        settlement.complete(Money.eur("3.00"), LATER);
        addOn.cancel(LATER.plusSeconds(30));

        PaymentSettlement.Outcome outcome = settlement.refund(LATER.plusSeconds(60));

        assertThat(outcome.paymentChanged()).isTrue();
        assertThat(outcome.resourceChanged()).isFalse();
        assertThat(addOn.cancelledAt()).contains(LATER.plusSeconds(30));
    }
}
