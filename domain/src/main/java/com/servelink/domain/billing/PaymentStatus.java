package com.servelink.domain.billing;

import com.servelink.domain.shared.TransitionTable;

import java.util.Locale;
import java.util.Optional;

import static com.servelink.domain.billing.PaymentStatus.Move.COMPLETE;
import static com.servelink.domain.billing.PaymentStatus.Move.EXPIRE;
import static com.servelink.domain.billing.PaymentStatus.Move.FAIL;

/**
 * Where a payment is, and its allowed moves as a table. A completion is honoured from every
 * state but completed (the customer paid, even after we gave up on them); a failure or an expiry
 * only settles a pending payment; nothing moves a completed one.
 */
public enum PaymentStatus {
    PENDING, COMPLETED, FAILED, EXPIRED;

    /** What the provider or the reconciliation reports about a payment. */
    public enum Move { COMPLETE, FAIL, EXPIRE }

    private static final TransitionTable<Move, PaymentStatus> TABLE = new TransitionTable<>(Move.class, PaymentStatus.class)
            //   move       pending    completed  failed     expired
            .row(COMPLETE,  COMPLETED, null,      COMPLETED, COMPLETED)
            .row(FAIL,      FAILED,    null,      null,      null)
            .row(EXPIRE,    EXPIRED,   null,      null,      null);

    /** The status after {@code move}, or empty when the table refuses it in this status. */
    public Optional<PaymentStatus> after(Move move) {
        return TABLE.after(this, move);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
