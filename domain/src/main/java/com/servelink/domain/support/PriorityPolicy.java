package com.servelink.domain.support;

/**
 * Which priority a new ticket gets. Teams whose plan includes priority support get at least
 * {@code high}; other teams get what they ask among {@code low} and {@code normal}, and a request
 * for more is lowered to {@code normal}. No request means {@code normal}.
 */
public final class PriorityPolicy {
    private PriorityPolicy() {
    }

    public static TicketPriority effective(TicketPriority requested, boolean prioritySupport) {
        TicketPriority asked = requested == null ? TicketPriority.NORMAL : requested;
        if (prioritySupport) {
            return asked.isAtLeast(TicketPriority.HIGH) ? asked : TicketPriority.HIGH;
        }
        return asked.isAtLeast(TicketPriority.HIGH) ? TicketPriority.NORMAL : asked;
    }
}
