package com.servelink.domain.billing;

import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Money given back on a completed payment, in full or in part. It is requested (its amount then
 * counts against what is left to refund, so two requests cannot both take the last euro), then
 * the provider accepts it or refuses it; a refused one frees its amount and may be tried again
 * under the same idempotency key.
 */
public final class Refund {
    /** The reason of a refund the provider made on its own (its dashboard, a partial refund there). */
    public static final String REFUNDED_AT_PROVIDER = "refunded at the provider";
    /** The reason of the money a lost dispute took back. */
    public static final String DISPUTE_LOST = "dispute lost at the provider";

    public static final int REASON_MAX = 500;

    public enum Status {
        PENDING, SUCCEEDED, FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Who started it: staff through the API, or the provider's own dashboard (its webhook). */
    public enum Origin {
        STAFF, PROVIDER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Origin fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private final RefundId id;
    private final PaymentId paymentId;
    private final int position;
    private final Money amount;
    private final String reason;
    private final String requestedBy;
    private final Origin origin;
    private final String idempotencyKey;
    private final Instant createdAt;
    private Status status;
    private String providerReference;
    private Instant settledAt;
    private String creditNote;

    private Refund(RefundId id, PaymentId paymentId, int position, Money amount, String reason, String requestedBy,
                   Origin origin, String idempotencyKey, Instant createdAt, Status status, String providerReference,
                   Instant settledAt, String creditNote) {
        this.id = Objects.requireNonNull(id, "id");
        this.paymentId = Objects.requireNonNull(paymentId, "paymentId");
        if (position < 1) {
            throw new IllegalArgumentException("a payment's refunds are numbered from 1");
        }
        this.position = position;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.providerReference = providerReference;
        this.settledAt = settledAt;
        this.creditNote = creditNote;
    }

    /** A staff refund of {@code amount}, checked against the payment's earlier refunds by {@link PaymentRefunds}. */
    static Refund request(RefundId id, PaymentId paymentId, int position, Money amount, String reason,
                          String requestedBy, String idempotencyKey, Instant now) {
        new FieldChecks().text(reason, "reason", 1, REASON_MAX).throwIfAny();
        return new Refund(id, paymentId, position, amount, reason.strip(), requestedBy, Origin.STAFF, idempotencyKey,
                now, Status.PENDING, null, null, null);
    }

    /** A refund the provider made on its own (its dashboard), already done when we hear of it. */
    static Refund fromProvider(RefundId id, PaymentId paymentId, int position, Money amount, String reason,
                               String providerReference, Instant now) {
        return new Refund(id, paymentId, position, amount, reason, "provider", Origin.PROVIDER,
                "provider-" + providerReference, now, Status.SUCCEEDED, providerReference, now, null);
    }

    /** For the persistence mapper only. */
    public static Refund reconstitute(RefundId id, PaymentId paymentId, int position, Money amount, String reason,
                                      String requestedBy, Origin origin, String idempotencyKey, Instant createdAt,
                                      Status status, String providerReference, Instant settledAt, String creditNote) {
        return new Refund(id, paymentId, position, amount, reason, requestedBy, origin, idempotencyKey, createdAt,
                status, providerReference, settledAt, creditNote);
    }

    /** The provider accepted it; only a pending (or an earlier refused, retried) refund moves. */
    public boolean succeed(String reference, Instant now) {
        if (status == Status.SUCCEEDED) {
            return false;
        }
        status = Status.SUCCEEDED;
        providerReference = Objects.requireNonNull(reference, "reference");
        settledAt = now;
        return true;
    }

    /** The provider refused it or could not be reached: its amount is free again. */
    public boolean fail(Instant now) {
        if (status != Status.PENDING) {
            return false;
        }
        status = Status.FAILED;
        settledAt = now;
        return true;
    }

    /** A refused refund asked again under its key counts against the payment again until answered. */
    public void retry() {
        if (status == Status.FAILED) {
            status = Status.PENDING;
            settledAt = null;
        }
    }

    /** The credit note that records it on the payment's invoice. */
    public void recordCreditNote(String number) {
        if (creditNote != null && !creditNote.equals(number)) {
            throw new IllegalStateException("refund " + id + " already has credit note " + creditNote);
        }
        creditNote = Objects.requireNonNull(number, "number");
    }

    /** Whether its amount is taken from what is left to refund (requested or done). */
    public boolean counts() {
        return status != Status.FAILED;
    }

    public RefundId id() {
        return id;
    }

    public PaymentId paymentId() {
        return paymentId;
    }

    public int position() {
        return position;
    }

    public Money amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Origin origin() {
        return origin;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public Optional<String> providerReference() {
        return Optional.ofNullable(providerReference);
    }

    public Optional<Instant> settledAt() {
        return Optional.ofNullable(settledAt);
    }

    public Optional<String> creditNote() {
        return Optional.ofNullable(creditNote);
    }
}
