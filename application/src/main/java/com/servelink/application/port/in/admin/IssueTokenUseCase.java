package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The operator issues a bearer token for a user; the token is returned once and only its hash is kept. */
public interface IssueTokenUseCase {

    /**
     * @param expiresInDays a lifetime in whole days, 1 to {@link ApiToken#MAX_DAYS}; or
     * @param expiresAt     an expiry instant; at most one of the two, neither for a token that never expires
     */
    record IssueTokenCommand(Actor actor, long userId, Optional<String> label, Optional<Integer> expiresInDays,
                             Optional<Instant> expiresAt) {
        public IssueTokenCommand {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(expiresInDays, "expiresInDays");
            Objects.requireNonNull(expiresAt, "expiresAt");
            new FieldChecks()
                    .require(expiresInDays.isEmpty() || expiresAt.isEmpty(), "expiresInDays",
                            "give expires_in_days or expires_at, not both")
                    .require(expiresInDays.map(days -> days >= 1 && days <= ApiToken.MAX_DAYS).orElse(true),
                            "expiresInDays", "must be 1 to " + ApiToken.MAX_DAYS)
                    .throwIfAny();
        }

        /** A token that never expires, without a label. */
        public IssueTokenCommand(Actor actor, long userId) {
            this(actor, userId, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** The secret (shown this once) and what is kept of it. */
    record IssuedToken(String token, ApiTokenId id, Optional<Instant> expiresAt) {
    }

    IssuedToken issue(IssueTokenCommand command);
}
