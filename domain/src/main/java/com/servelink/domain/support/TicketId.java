package com.servelink.domain.support;

import com.servelink.domain.shared.PrefixedIds;

/** A ticket's identifier, {@code ticket_…}. */
public record TicketId(String value) {
    public static final String PREFIX = "ticket_";

    public TicketId {
        PrefixedIds.require(value, PREFIX, "ticketId");
    }

    public static TicketId fromOpaque(String opaque) {
        return new TicketId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
