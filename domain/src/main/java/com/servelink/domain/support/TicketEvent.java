package com.servelink.domain.support;

/**
 * What can happen to a ticket. The first five are the rows of SPEC §5; the staff moves let
 * support set a working status by hand (never out of {@code closed}).
 */
public enum TicketEvent {
    STAFF_PUBLIC_REPLY,
    USER_REPLY,
    INTERNAL_NOTE,
    RESOLVE,
    CLOSE,
    STAFF_SETS_OPEN,
    STAFF_SETS_IN_PROGRESS,
    STAFF_SETS_WAITING
}
