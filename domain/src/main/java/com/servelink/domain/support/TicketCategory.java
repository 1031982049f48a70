package com.servelink.domain.support;

/** What a ticket is about; {@link #TECHNICAL} when the customer does not say. */
public enum TicketCategory {
    TECHNICAL, BILLING, FEATURE_REQUEST, BUG_REPORT, OTHER;

    public static final TicketCategory DEFAULT = TECHNICAL;

    public String code() {
        return Codes.of(this);
    }

    public static TicketCategory fromCode(String code, String field) {
        return Codes.parse(TicketCategory.class, code, field);
    }
}
