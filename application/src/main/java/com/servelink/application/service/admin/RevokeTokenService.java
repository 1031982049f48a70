package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.RevokeTokenUseCase;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UserRepository;
import com.servelink.application.service.access.AuthenticationCache;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.UserId;

import java.time.Clock;

/**
 * Revokes a user's token: the row stays (listed with its {@code revoked_at}) but no longer
 * authenticates. This node's authentication cache forgets the token at once; another node's
 * cache may still accept it until its entry lapses (ten seconds).
 */
public final class RevokeTokenService implements RevokeTokenUseCase {
    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final Transactions transactions;
    private final AuthenticationCache cache;
    private final Clock clock;

    public RevokeTokenService(UserRepository users, ApiTokenRepository tokens, Transactions transactions,
                              AuthenticationCache cache, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.transactions = transactions;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public ApiToken revoke(RevokeTokenCommand command) {
        TeamAccess.requireOperator(command.actor());
        UserId user = Users.require(users, command.userId());
        String hash = transactions.inTransaction(() -> tokens.revoke(user, command.tokenId(), clock.instant())
                .orElseThrow(() -> DomainException.notFound("token " + command.tokenId() + " of user "
                        + command.userId())));
        cache.forget(hash);
        return tokens.findByUser(user).stream().filter(token -> token.id().equals(command.tokenId())).findFirst()
                .orElseThrow();
    }
}
