package com.servelink.domain.support;

/** Where a ticket stands against its running targets: within them, past 75 % of one, or past one. */
public enum SlaStatus {
    OK, WARNING, BREACHED;

    public String code() {
        return Codes.of(this);
    }
}
