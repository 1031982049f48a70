package com.servelink.domain.support;

import java.time.Duration;

/** How urgent a ticket is, and how soon support must first answer it. */
public enum TicketPriority {
    LOW(Duration.ofHours(48)),
    NORMAL(Duration.ofHours(24)),
    HIGH(Duration.ofHours(4)),
    URGENT(Duration.ofHours(2));

    private final Duration firstResponseTarget;

    TicketPriority(Duration firstResponseTarget) {
        this.firstResponseTarget = firstResponseTarget;
    }

    public Duration firstResponseTarget() {
        return firstResponseTarget;
    }

    public boolean isAtLeast(TicketPriority other) {
        return compareTo(other) >= 0;
    }

    public String code() {
        return Codes.of(this);
    }

    public static TicketPriority fromCode(String code, String field) {
        return Codes.parse(TicketPriority.class, code, field);
    }
}
