package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.IssueTokenUseCase;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UserRepository;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;
import com.servelink.domain.team.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues a bearer token for a user, stores its hash, and returns the token this once. */
public final class IssueTokenService implements IssueTokenUseCase {
    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;

    public IssueTokenService(UserRepository users, ApiTokenRepository tokens, Transactions transactions,
                             IdSource ids, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(IssueTokenCommand command) {
        TeamAccess.requireOperator(command.actor());
        Instant now = clock.instant();
        Optional<Instant> expiresAt = command.expiresAt()
                .or(() -> command.expiresInDays().map(days -> now.plus(Duration.ofDays(days))));
        String secret = ApiTokens.generate();
        ApiToken token = transactions.inTransaction(() -> {
            UserId user = Users.require(users, command.userId());
            ApiToken issued = ApiToken.issue(ApiTokenId.fromOpaque(ids.nextOpaqueId()), user, command.label(), now,
                    expiresAt);
            tokens.save(ApiTokens.hash(secret), issued);
            return issued;
        });
        return new IssuedToken(secret, token.id(), token.expiresAt());
    }
}
