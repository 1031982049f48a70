package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.ListTokensUseCase;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.UserRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.UserId;

import java.util.List;

/** A user's tokens for the operator; an unknown user is not found rather than an empty list. */
public final class ListTokensService implements ListTokensUseCase {
    private final UserRepository users;
    private final ApiTokenRepository tokens;

    public ListTokensService(UserRepository users, ApiTokenRepository tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public List<ApiToken> list(ListTokensCommand command) {
        TeamAccess.requireOperator(command.actor());
        UserId user = Users.require(users, command.userId());
        return tokens.findByUser(user);
    }
}
