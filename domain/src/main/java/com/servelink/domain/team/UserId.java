package com.servelink.domain.team;

import com.servelink.domain.shared.DomainException;

/** A user's numeric identifier, as the platform's existing API exposes it ({@code user_id: 42}). */
public record UserId(long value) {
    public UserId {
        if (value <= 0) {
            throw DomainException.invalidField("userId", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
