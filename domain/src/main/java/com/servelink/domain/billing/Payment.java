package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment asked of a provider for one add-on purchase. It protects the customer's money: a
 * completion is always honoured (even after a failure or an expiry), never applied twice, and
 * never for another amount than the one asked.
 */
public final class Payment {
    private final PaymentId id;
    private final TeamId teamId;
    private final ResourceId resourceId;
    private final Money amount;
    private final String provider;
    private final String providerReference;
    private final String checkoutUrl;
    private final Instant renewalOf;
    private final Instant createdAt;
    private final long version;
    private PaymentStatus status;
    private Instant completedAt;
    private Instant failedAt;
    private Instant reversedAt;

    private Payment(PaymentId id, TeamId teamId, ResourceId resourceId, Money amount, String provider,
                    String providerReference, String checkoutUrl, Instant renewalOf, PaymentStatus status,
                    Instant createdAt, Instant completedAt, Instant failedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.resourceId = Objects.requireNonNull(resourceId, "resourceId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.providerReference = Objects.requireNonNull(providerReference, "providerReference");
        if ((checkoutUrl == null) == (renewalOf == null)) {
            throw new IllegalArgumentException("a purchase has a checkout page, a renewal has none and renews a period");
        }
        this.checkoutUrl = checkoutUrl;
        this.renewalOf = renewalOf;
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.completedAt = completedAt;
        this.failedAt = failedAt;
        this.version = version;
    }

    /** The payment for a new add-on: its amount is the add-on's total price, never computed elsewhere. */
    public static Payment forAddOn(PaymentId id, AdditionalResource addOn, String provider, CheckoutSession checkout,
                                   Instant now) {
        return start(id, addOn.teamId(), addOn.id(), addOn.totalPrice(), provider, checkout, now);
    }

    public static Payment start(PaymentId id, TeamId teamId, ResourceId resourceId, Money amount, String provider,
                                CheckoutSession checkout, Instant now) {
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a payment is for a positive amount");
        }
        return new Payment(id, teamId, resourceId, amount, provider, checkout.providerReference(),
                checkout.checkoutUrl(), null, PaymentStatus.PENDING, now, null, null, 0);
    }

    /**
     * The payment renewing {@code addOn} for the thirty days after its current expiry, charged
     * without the customer (off-session) at the price the add-on was bought at.
     */
    public static Payment renewalOf(PaymentId id, AdditionalResource addOn, String provider, Instant now) {
        Instant periodEnd = addOn.expiresAt().orElseThrow(() -> new IllegalArgumentException(
                "resource " + addOn.id() + " never ran; only a running add-on renews"));
        return new Payment(id, addOn.teamId(), addOn.id(), addOn.totalPrice(), provider, "renewal-" + id.value(),
                null, periodEnd, PaymentStatus.PENDING, now, null, null, 0);
    }

    /** For the persistence mapper only: rebuilds a stored payment as it was (refunded or disputed ones too). */
    public static Payment reconstitute(PaymentId id, TeamId teamId, ResourceId resourceId, Money amount,
                                       String provider, String providerReference, String checkoutUrl,
                                       Instant renewalOf, PaymentStatus status, Instant createdAt,
                                       Instant completedAt, Instant failedAt, Instant reversedAt, long version) {
        Payment payment = new Payment(id, teamId, resourceId, amount, provider, providerReference, checkoutUrl,
                renewalOf, status, createdAt, completedAt, failedAt, version);
        payment.reversedAt = reversedAt;
        return payment;
    }

    /**
     * The provider says the customer paid {@code paid}. Returns {@code true} when this completes
     * the payment, {@code false} when it was already completed.
     *
     * @throws DomainException {@link ErrorCode#AMOUNT_MISMATCH} when amount or currency differ
     */
    public boolean complete(Money paid, Instant now) {
        requireAmount(paid);
        if (!move(PaymentStatus.Move.COMPLETE)) {
            return false;
        }
        completedAt = now;
        return true;
    }

    /** Refuses a provider's report about another amount or currency than this payment's. */
    public void requireAmount(Money reported) {
        if (!amount.sameAs(reported)) {
            throw new DomainException(ErrorCode.AMOUNT_MISMATCH, "payment " + id + " is for " + amount
                    + ", the provider reported " + reported);
        }
    }

    /** The provider says the payment failed; only a pending payment moves. */
    public boolean fail(Instant now) {
        if (!move(PaymentStatus.Move.FAIL)) {
            return false;
        }
        failedAt = now;
        return true;
    }

    /** Nobody paid in time; only a pending payment moves. */
    public boolean expire(Instant now) {
        if (!move(PaymentStatus.Move.EXPIRE)) {
            return false;
        }
        failedAt = now;
        return true;
    }

    /**
     * The provider gave the money back in full; only a completed payment moves. Returns whether
     * it did.
     */
    public boolean refund(Instant now) {
        return reverse(PaymentStatus.Move.REFUND, now);
    }

    /**
     * The customer disputed the charge; a completed or refunded payment moves. Returns whether it
     * did.
     */
    public boolean dispute(Instant now) {
        return reverse(PaymentStatus.Move.DISPUTE, now);
    }

    private boolean reverse(PaymentStatus.Move move, Instant now) {
        if (!move(move)) {
            return false;
        }
        if (reversedAt == null) {
            reversedAt = now; // the first reversal is when the money left
        }
        return true;
    }

    /** Whether a pending payment has waited longer than the policy allows (reconciliation settles it). */
    public boolean isStaleAt(Instant now, PendingPaymentPolicy policy) {
        return status == PaymentStatus.PENDING && !createdAt.isAfter(policy.staleBefore(now));
    }

    /** Applies {@code move} when the status table allows it here; returns whether it did. */
    private boolean move(PaymentStatus.Move move) {
        var next = status.after(move);
        next.ifPresent(target -> status = target);
        return next.isPresent();
    }

    public PaymentId id() {
        return id;
    }

    public TeamId teamId() {
        return teamId;
    }

    public ResourceId resourceId() {
        return resourceId;
    }

    public Money amount() {
        return amount;
    }

    public String provider() {
        return provider;
    }

    public String providerReference() {
        return providerReference;
    }

    /** The provider's page where the customer pays; a renewal has none (it is charged off-session). */
    public Optional<String> checkoutUrl() {
        return Optional.ofNullable(checkoutUrl);
    }

    /** For a renewal: the expiry of the period it renews (the add-on then runs 720 h from there). */
    public Optional<Instant> renewalOf() {
        return Optional.ofNullable(renewalOf);
    }

    public PaymentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> failedAt() {
        return Optional.ofNullable(failedAt);
    }

    /** When the payment was first refunded or disputed. */
    public Optional<Instant> reversedAt() {
        return Optional.ofNullable(reversedAt);
    }

    public long version() {
        return version;
    }
}
