package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment with its refunds: never more given back than was paid. What is left to refund is the
 * amount paid minus every refund requested or done (a refused one frees its amount).
 */
public final class PaymentRefunds {
    private final Payment payment;
    private final List<Refund> refunds;

    public PaymentRefunds(Payment payment, List<Refund> refunds) {
        this.payment = Objects.requireNonNull(payment, "payment");
        this.refunds = List.copyOf(refunds);
        refunds.forEach(r -> {
            if (!r.paymentId().equals(payment.id())) {
                throw new IllegalArgumentException("refund " + r.id() + " is not of payment " + payment.id());
            }
        });
    }

    /** Every refund requested or done, in the order they were asked. */
    public Money refunded() {
        return refunds.stream().filter(Refund::counts).map(Refund::amount)
                .reduce(Money.zero(payment.amount().currency()), Money::plus);
    }

    /** What succeeded, what the customer has had back. */
    public Money givenBack() {
        return refunds.stream().filter(r -> r.status() == Refund.Status.SUCCEEDED).map(Refund::amount)
                .reduce(Money.zero(payment.amount().currency()), Money::plus);
    }

    public Money refundable() {
        return payment.amount().minus(refunded());
    }

    /**
     * A staff refund of {@code amount}: a completed payment only (409 otherwise), a positive amount
     * in the payment's currency (422), never above what is left to refund (409).
     */
    public Refund request(RefundId id, Money amount, String reason, String requestedBy, String idempotencyKey,
                          Instant now) {
        if (!amount.currency().equals(payment.amount().currency())) {
            throw DomainException.invalidField("currency", "must be the payment's, " + payment.amount().currency());
        }
        if (amount.isNegative() || amount.isZero()) {
            throw DomainException.invalidField("amount", "must be more than 0");
        }
        requireCompleted();
        Money left = refundable();
        if (amount.compareTo(left) > 0) {
            throw new DomainException(ErrorCode.CONFLICT, "payment " + payment.id() + " was paid " + payment.amount()
                    + "; " + left + " is left to refund, less than " + amount);
        }
        return Refund.request(id, payment.id(), refunds.size() + 1, amount, reason, requestedBy, idempotencyKey, now);
    }

    /**
     * What the provider reports as refunded in all ({@code providerTotal}) beyond every refund we
     * know of, becomes a refund of its own, made at the provider; empty when nothing new was given
     * back. Our own refunds count while still in flight: the provider's report of a staff refund
     * may arrive before the staff refund's answer is recorded, and must not credit it twice.
     *
     * @throws DomainException AMOUNT_MISMATCH when the total is in another currency than the payment
     */
    public Optional<Refund> reconcileProviderTotal(RefundId id, Money providerTotal, String reason, String reference,
                                                   Instant now) {
        if (!providerTotal.currency().equals(payment.amount().currency())) {
            throw new DomainException(ErrorCode.AMOUNT_MISMATCH, "payment " + payment.id() + " is in "
                    + payment.amount().currency() + ", the provider reports a refund in " + providerTotal.currency());
        }
        Money unknown = providerTotal.minus(refunded());
        Money capped = unknown.compareTo(refundable()) > 0 ? refundable() : unknown;
        if (capped.isNegative() || capped.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Refund.fromProvider(id, payment.id(), refunds.size() + 1, capped, reason, reference, now));
    }

    /** Whether the refunds that succeeded give back the whole payment (its add-on is then revoked). */
    public boolean complete() {
        return givenBack().sameAs(payment.amount());
    }

    private void requireCompleted() {
        if (payment.status() != PaymentStatus.COMPLETED) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION, "payment " + payment.id() + " is "
                    + payment.status().code() + "; only a completed payment is refunded");
        }
    }

    public Payment payment() {
        return payment;
    }

    public List<Refund> refunds() {
        return refunds;
    }
}
