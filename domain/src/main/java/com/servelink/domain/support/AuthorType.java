package com.servelink.domain.support;

/** Who wrote a ticket message: the team, support staff, or the system itself. */
public enum AuthorType {
    USER, SUPPORT, SYSTEM;

    public String code() {
        return Codes.of(this);
    }

    public static AuthorType fromCode(String code, String field) {
        return Codes.parse(AuthorType.class, code, field);
    }
}
