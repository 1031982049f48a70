package com.servelink.application.service.access;

import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens' last uses, noted in memory and written together by {@link #flush()} (the composition
 * root calls it every minute and at shutdown; the listing calls it first), so authentication
 * never waits on a write: one transaction a minute per node instead of one per token per minute.
 * Only uses worth writing are noted (the stored one is a minute old, {@link ApiToken#needsTouch}).
 */
public final class TokenUses {
    private final ApiTokenRepository tokens;
    private final ConcurrentHashMap<ApiTokenId, Instant> pending = new ConcurrentHashMap<>();

    public TokenUses(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** Notes a use of a token just authenticated. */
    public void used(ApiToken token, Instant now) {
        if (token.needsTouch(now)) {
            pending.merge(token.id(), now, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** Writes the noted uses; returns how many tokens it wrote for. */
    public int flush() {
        Map<ApiTokenId, Instant> batch = new HashMap<>();
        for (ApiTokenId id : pending.keySet()) {
            Instant use = pending.remove(id);
            if (use != null) {
                batch.put(id, use);
            }
        }
        if (!batch.isEmpty()) {
            tokens.recordUses(batch);
        }
        return batch.size();
    }
}
