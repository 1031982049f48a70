package com.servelink.domain.catalog;

import java.util.Objects;

/** A counted limit a team is at or over: what the plan allows and what the team has now. */
public record LimitOverrun(CountedLimit limit, int allowed, long current) {
    public LimitOverrun {
        Objects.requireNonNull(limit, "limit");
        if (allowed < 0 || current < 0) {
            throw new IllegalArgumentException("an overrun has a finite limit and a count");
        }
    }
}
