package com.servelink.application.port.out;

import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bearer tokens, stored only as hashes: a stolen table does not give access. */
public interface ApiTokenRepository {
    /** A live (not revoked) token found by its hash, and its user. */
    record Holder(ApiToken token, User user) {
    }

    void save(String tokenHash, ApiToken token);

    /** The token of this hash and its user, unless it was revoked; an expired one still comes back. */
    Optional<Holder> findByHash(String tokenHash);

    /** A user's tokens, revoked and expired ones included, newest first. */
    List<ApiToken> findByUser(UserId user);

    /**
     * Revokes the user's token at {@code now} (a revoked one keeps its first moment).
     *
     * @return the token's hash, so caches can forget it; empty if the user has no such token
     */
    Optional<String> revoke(UserId user, ApiTokenId token, Instant now);

    /**
     * The hashes of the tokens revoked at or after {@code since}: what every node's memory of
     * callers forgets a few seconds after a revocation on another node (decision 211).
     */
    List<String> revokedSince(Instant since);

    /**
     * Records each token's last use, in one transaction, except where a use less than
     * {@link ApiToken#TOUCH_INTERVAL} older than it is already recorded (by another node, say):
     * a token's row is written at most once a minute, whoever asks.
     */
    void recordUses(Map<ApiTokenId, Instant> lastUses);
}
