package com.servelink.domain.billing;

import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An add-on a team bought: some units of one resource type for thirty days. It counts towards
 * the team's limits only while {@link ResourceStatus#ACTIVE} and before {@code expiresAt}, so
 * correctness never waits for the expiry job.
 */
public final class AdditionalResource {
    /** Exactly 720 hours: paid time is measured in UTC hours, never in calendar months. */
    public static final Duration VALIDITY = Duration.ofHours(720);

    private final ResourceId id;
    private final TeamId teamId;
    private final ResourceType type;
    private final Quantity quantity;
    private final Money unitPrice;
    private final PaymentId paymentId;
    private final Instant createdAt;
    private final long version;
    private ResourceStatus status;
    private Instant activatedAt;
    private Instant expiresAt;
    private Instant cancelledAt;
    private boolean autoRenew;
    private String renewalReference;

    private AdditionalResource(ResourceId id, TeamId teamId, ResourceType type, Quantity quantity, Money unitPrice,
                               PaymentId paymentId, ResourceStatus status, Instant createdAt, Instant activatedAt,
                               Instant expiresAt, Instant cancelledAt, boolean autoRenew, String renewalReference,
                               long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.type = Objects.requireNonNull(type, "type");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
        this.paymentId = Objects.requireNonNull(paymentId, "paymentId");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.activatedAt = activatedAt;
        this.expiresAt = expiresAt;
        this.cancelledAt = cancelledAt;
        this.autoRenew = autoRenew;
        this.renewalReference = renewalReference;
        this.version = version;
    }

    /** A new add-on waiting for its payment. */
    public static AdditionalResource purchase(ResourceId id, TeamId teamId, ResourceType type, Quantity quantity,
                                              Money unitPrice, PaymentId paymentId, Instant now) {
        return new AdditionalResource(id, teamId, type, quantity, unitPrice, paymentId, ResourceStatus.PENDING,
                now, null, null, null, false, null, 0);
    }

    /** For the persistence mapper only: rebuilds a stored resource as it was. */
    public static AdditionalResource reconstitute(ResourceId id, TeamId teamId, ResourceType type, Quantity quantity,
                                                  Money unitPrice, PaymentId paymentId, ResourceStatus status,
                                                  Instant createdAt, Instant activatedAt, Instant expiresAt,
                                                  Instant cancelledAt, boolean autoRenew, String renewalReference,
                                                  long version) {
        return new AdditionalResource(id, teamId, type, quantity, unitPrice, paymentId, status, createdAt,
                activatedAt, expiresAt, cancelledAt, autoRenew, renewalReference, version);
    }

    /**
     * The payment completed: the resource counts for the next 720 hours. A resource cancelled
     * while it waited for payment is activated too, because the customer paid (a refund is a
     * staff decision). Returns whether anything changed.
     */
    public boolean activate(Instant now) {
        boolean everActive = activatedAt != null;
        if (everActive || !move(ResourceStatus.Move.ACTIVATE)) {
            return false;
        }
        activatedAt = now;
        expiresAt = now.plus(VALIDITY);
        cancelledAt = null;
        return true;
    }

    /** The team gives the resource up, at once and without refund. */
    public void cancel(Instant now) {
        if (!move(ResourceStatus.Move.CANCEL)) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION,
                    "resource " + id + " is " + status.code() + " and cannot be cancelled");
        }
        cancelledAt = now;
    }

    /** The payment failed or was abandoned: a pending resource is cancelled; others keep their state. */
    public boolean cancelUnpaid(Instant now) {
        if (!move(ResourceStatus.Move.CANCEL_UNPAID)) {
            return false;
        }
        cancelledAt = now;
        return true;
    }

    /**
     * Its payment was refunded or disputed: a pending or active resource is cancelled now and stops
     * counting at once (for the usage history too, since it counted until {@code now}); an expired
     * or already cancelled one keeps its state. Returns whether anything changed.
     */
    public boolean revoke(Instant now) {
        if (!move(ResourceStatus.Move.REVOKE)) {
            return false;
        }
        cancelledAt = now;
        return true;
    }

    /** Marks an active resource past its expiry as expired; returns whether it did. */
    public boolean expire(Instant now) {
        if (status.after(ResourceStatus.Move.EXPIRE).isEmpty() || now.isBefore(expiresAt)) {
            return false;
        }
        return move(ResourceStatus.Move.EXPIRE);
    }

    /** Applies {@code move} when the status table allows it here; returns whether it did. */
    private boolean move(ResourceStatus.Move move) {
        var next = status.after(move);
        next.ifPresent(target -> status = target);
        return next.isPresent();
    }

    /**
     * The owner's choice to renew the add-on automatically before each expiry (off by default).
     * Only an add-on that can still run (pending or active) takes the choice.
     */
    public void setAutoRenew(boolean on) {
        if (status != ResourceStatus.PENDING && status != ResourceStatus.ACTIVE) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION,
                    "resource " + id + " is " + status.code() + "; only a pending or active add-on renews");
        }
        autoRenew = on;
    }

    /** What the provider needs to charge this team again without it (a Stripe customer), learned at payment. */
    public void rememberRenewalReference(String reference) {
        renewalReference = Objects.requireNonNull(reference, "reference");
    }

    /**
     * Whether a renewal should be charged now: auto-renewal on, active, and ending within
     * {@code window} from {@code now} (not already ended: an ended add-on is not renewed by surprise).
     */
    public boolean isDueForRenewal(Instant now, Duration window) {
        return autoRenew && status == ResourceStatus.ACTIVE && expiresAt.isAfter(now)
                && !expiresAt.isAfter(now.plus(window));
    }

    /**
     * A renewal of the period that ends at {@code periodEnd} was paid: the add-on runs 720 hours more
     * from that old expiry (not from now, so paying early or late never shifts the cycle). A renewal
     * for another period (one already renewed) changes nothing. An add-on the expiry job already
     * marked expired for that very period runs again for the period paid.
     */
    public boolean renew(Instant periodEnd) {
        if (expiresAt == null || !expiresAt.equals(periodEnd) || status.after(ResourceStatus.Move.RENEW).isEmpty()) {
            return false;
        }
        move(ResourceStatus.Move.RENEW);
        expiresAt = periodEnd.plus(VALIDITY);
        return true;
    }

    /** Whether the resource adds to the team's limits at {@code now}. */
    public boolean countsAt(Instant now) {
        return status == ResourceStatus.ACTIVE && now.isBefore(expiresAt);
    }

    /**
     * Whether the resource added to the team's limits at {@code at}, which may be in the past:
     * activated by then, not yet expired, and not cancelled by then. (A resource cancelled while
     * active stops counting at its cancellation; one cancelled before payment never counted.)
     */
    public boolean countedAt(Instant at) {
        if (activatedAt == null || at.isBefore(activatedAt) || !at.isBefore(expiresAt)) {
            return false;
        }
        return cancelledAt == null || cancelledAt.isAfter(at) || cancelledAt.isBefore(activatedAt);
    }

    public Money totalPrice() {
        return unitPrice.times(quantity.value());
    }

    public ResourceId id() {
        return id;
    }

    public TeamId teamId() {
        return teamId;
    }

    public ResourceType type() {
        return type;
    }

    public Quantity quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    public PaymentId paymentId() {
        return paymentId;
    }

    public ResourceStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public boolean autoRenew() {
        return autoRenew;
    }

    public Optional<String> renewalReference() {
        return Optional.ofNullable(renewalReference);
    }

    /** The optimistic-locking version the resource was loaded with. */
    public long version() {
        return version;
    }
}
