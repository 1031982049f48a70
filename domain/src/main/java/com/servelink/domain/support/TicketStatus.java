package com.servelink.domain.support;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static com.servelink.domain.support.TicketEvent.CLOSE;
import static com.servelink.domain.support.TicketEvent.INTERNAL_NOTE;
import static com.servelink.domain.support.TicketEvent.RESOLVE;
import static com.servelink.domain.support.TicketEvent.STAFF_PUBLIC_REPLY;
import static com.servelink.domain.support.TicketEvent.STAFF_SETS_IN_PROGRESS;
import static com.servelink.domain.support.TicketEvent.STAFF_SETS_OPEN;
import static com.servelink.domain.support.TicketEvent.STAFF_SETS_WAITING;
import static com.servelink.domain.support.TicketEvent.USER_REPLY;

/**
 * A ticket's status and the state machine of SPEC §5, declared as a table: for each event, the
 * status each current status moves to, or no entry when the event is refused there.
 * {@code waiting} means waiting for support.
 */
public enum TicketStatus {
    OPEN, IN_PROGRESS, WAITING, RESOLVED, CLOSED;

    private static final Map<TicketEvent, Map<TicketStatus, TicketStatus>> TABLE = new EnumMap<>(TicketEvent.class);

    static {
        //       event                   open         in_progress  waiting      resolved     closed
        row(STAFF_PUBLIC_REPLY,     IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, null);
        row(USER_REPLY,             OPEN,        WAITING,     WAITING,     WAITING,     null);
        row(INTERNAL_NOTE,          OPEN,        IN_PROGRESS, WAITING,     RESOLVED,    null);
        row(RESOLVE,                RESOLVED,    RESOLVED,    RESOLVED,    null,        null);
        row(CLOSE,                  CLOSED,      CLOSED,      CLOSED,      CLOSED,      null);
        row(STAFF_SETS_OPEN,        OPEN,        OPEN,        OPEN,        OPEN,        null);
        row(STAFF_SETS_IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, null);
        row(STAFF_SETS_WAITING,     WAITING,     WAITING,     WAITING,     WAITING,     null);
    }

    private static void row(TicketEvent event, TicketStatus fromOpen, TicketStatus fromInProgress,
                            TicketStatus fromWaiting, TicketStatus fromResolved, TicketStatus fromClosed) {
        Map<TicketStatus, TicketStatus> targets = new EnumMap<>(TicketStatus.class);
        TicketStatus[] to = {fromOpen, fromInProgress, fromWaiting, fromResolved, fromClosed};
        for (TicketStatus from : values()) {
            if (to[from.ordinal()] != null) {
                targets.put(from, to[from.ordinal()]);
            }
        }
        TABLE.put(event, targets);
    }

    /** The status after {@code event}, or empty when the table refuses it in this status. */
    public Optional<TicketStatus> after(TicketEvent event) {
        return Optional.ofNullable(TABLE.get(event).get(this));
    }

    /** Resolved and closed tickets are done; the others still need someone's attention. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS || this == WAITING;
    }

    public String code() {
        return Codes.of(this);
    }

    public static TicketStatus fromCode(String code, String field) {
        return Codes.parse(TicketStatus.class, code, field);
    }
}
