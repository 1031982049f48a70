package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.TransitionTable;

import java.util.Locale;
import java.util.Optional;

import static com.servelink.domain.billing.ResourceStatus.Move.ACTIVATE;
import static com.servelink.domain.billing.ResourceStatus.Move.CANCEL;
import static com.servelink.domain.billing.ResourceStatus.Move.CANCEL_UNPAID;
import static com.servelink.domain.billing.ResourceStatus.Move.EXPIRE;
import static com.servelink.domain.billing.ResourceStatus.Move.RENEW;
import static com.servelink.domain.billing.ResourceStatus.Move.REVOKE;

/** Where an add-on is in its life (paid for or not, counting or not), and its allowed moves as a table. */
public enum ResourceStatus {
    /** Created; its payment is not completed, so it does not count. */
    PENDING,
    /** Paid; counts until {@code expires_at}. */
    ACTIVE,
    /** Its thirty days are over. */
    EXPIRED,
    /** Cancelled by the team, or its payment failed, was abandoned, refunded or disputed. */
    CANCELLED;

    /** What may happen to an add-on. */
    public enum Move {
        /** Its payment completed. From cancelled only when it was never active: {@link AdditionalResource#activate}. */
        ACTIVATE,
        /** The team gives it up. */
        CANCEL,
        /** Its payment failed or expired. */
        CANCEL_UNPAID,
        /** Its thirty days ended. */
        EXPIRE,
        /** A renewal was paid: thirty days more from the old expiry. */
        RENEW,
        /** Its payment was refunded or disputed: it stops counting at once (an expired one stays expired). */
        REVOKE
    }

    private static final TransitionTable<Move, ResourceStatus> TABLE = new TransitionTable<>(Move.class, ResourceStatus.class)
            //   move            pending    active     expired  cancelled
            .row(ACTIVATE,       ACTIVE,    null,      null,    ACTIVE)
            .row(CANCEL,         CANCELLED, CANCELLED, null,    null)
            .row(CANCEL_UNPAID,  CANCELLED, null,      null,    null)
            .row(EXPIRE,         null,      EXPIRED,   null,    null)
            .row(RENEW,          null,      ACTIVE,    ACTIVE,  null)
            .row(REVOKE,         CANCELLED, CANCELLED, null,    null);

    /** The status after {@code move}, or empty when the table refuses it in this status. */
    public Optional<ResourceStatus> after(Move move) {
        return TABLE.after(this, move);
    }

    /** Whether the team may still give it up (pending or active). */
    public boolean isCancellable() {
        return after(CANCEL).isPresent();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResourceStatus fromCode(String code, String field) {
        for (ResourceStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw DomainException.invalidField(field, "must be one of pending, active, expired, cancelled");
    }
}
