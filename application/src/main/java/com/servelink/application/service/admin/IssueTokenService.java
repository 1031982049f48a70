package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.IssueTokenUseCase;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UserRepository;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.UserId;

import java.time.Clock;

/** Issues a bearer token for a user, stores its hash, and returns the token this once. */
public final class IssueTokenService implements IssueTokenUseCase {
    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final Transactions transactions;
    private final Clock clock;

    public IssueTokenService(UserRepository users, ApiTokenRepository tokens, Transactions transactions, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String issue(IssueTokenCommand command) {
        TeamAccess.requireOperator(command.actor());
        if (command.userId() <= 0) {
            throw DomainException.notFound("user " + command.userId());
        }
        UserId userId = new UserId(command.userId());
        String token = ApiTokens.generate();
        transactions.run(() -> {
            users.findById(userId).orElseThrow(() -> DomainException.notFound("user " + command.userId()));
            tokens.save(ApiTokens.hash(token), userId, clock.instant());
        });
        return token;
    }
}
