package com.servelink.domain.support;

/** The promises support makes on a ticket: a first answer, an answer after each customer reply, a resolution. */
public enum SlaTarget {
    FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION;

    public String code() {
        return Codes.of(this);
    }

    public static SlaTarget fromCode(String code, String field) {
        return Codes.parse(SlaTarget.class, code, field);
    }
}
