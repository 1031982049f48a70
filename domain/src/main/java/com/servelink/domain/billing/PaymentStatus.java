package com.servelink.domain.billing;

import com.servelink.domain.shared.TransitionTable;

import java.util.Locale;
import java.util.Optional;

import static com.servelink.domain.billing.PaymentStatus.Move.COMPLETE;
import static com.servelink.domain.billing.PaymentStatus.Move.DISPUTE;
import static com.servelink.domain.billing.PaymentStatus.Move.EXPIRE;
import static com.servelink.domain.billing.PaymentStatus.Move.FAIL;
import static com.servelink.domain.billing.PaymentStatus.Move.REFUND;

/**
 * Where a payment is, and its allowed moves as a table. A completion is honoured from every
 * state but completed (the customer paid, even after we gave up on them); a failure or an expiry
 * only settles a pending payment; nothing of those moves a completed one. Only a completed payment
 * can be reversed: refunded, or disputed by the customer; a refunded payment may still be disputed
 * (the dispute is what staff must answer), a disputed one is never refunded (the provider refuses
 * it), and nothing brings a reversed payment back (decision 190).
 */
public enum PaymentStatus {
    PENDING, COMPLETED, FAILED, EXPIRED,
    /** The provider gave the money back (a full refund): the add-on it paid for is revoked. */
    REFUNDED,
    /** The customer disputed the charge with their bank: the add-on it paid for is revoked. */
    DISPUTED;

    /** What the provider or the reconciliation reports about a payment. */
    public enum Move {
        COMPLETE, FAIL, EXPIRE,
        /** The provider reports a full refund of a completed payment. */
        REFUND,
        /** The provider reports a dispute (chargeback) opened on a completed payment. */
        DISPUTE
    }

    private static final TransitionTable<Move, PaymentStatus> TABLE = new TransitionTable<>(Move.class, PaymentStatus.class)
            //   move       pending    completed  failed     expired    refunded  disputed
            .row(COMPLETE,  COMPLETED, null,      COMPLETED, COMPLETED, null,     null)
            .row(FAIL,      FAILED,    null,      null,      null,      null,     null)
            .row(EXPIRE,    EXPIRED,   null,      null,      null,      null,     null)
            .row(REFUND,    null,      REFUNDED,  null,      null,      null,     null)
            .row(DISPUTE,   null,      DISPUTED,  null,      null,      DISPUTED, null);

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
