package com.servelink.domain.team;

import com.servelink.domain.shared.PrefixedIds;

/** An API token's public identifier, {@code tok_…}: what a listing shows and a revocation names, never the secret. */
public record ApiTokenId(String value) {
    public static final String PREFIX = "tok_";

    public ApiTokenId {
        PrefixedIds.require(value, PREFIX, "tokenId");
    }

    public static ApiTokenId fromOpaque(String opaque) {
        return new ApiTokenId(PREFIX + opaque);
    }

    @Override
    public String toString() {
        return value;
    }
}
