package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.ListTokensUseCase;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.application.port.out.UserRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.access.TokenUses;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.UserId;

import java.util.List;

/** A user's tokens for the operator; an unknown user is not found rather than an empty list. */
public final class ListTokensService implements ListTokensUseCase {
    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final TokenUses uses;

    public ListTokensService(UserRepository users, ApiTokenRepository tokens, TokenUses uses) {
        this.users = users;
        this.tokens = tokens;
        this.uses = uses;
    }

    @Override
    public List<ApiToken> list(ListTokensCommand command) {
        TeamAccess.requireOperator(command.actor());
        UserId user = Users.require(users, command.userId());
        uses.flush(); // this node's noted uses first, so the listing is as fresh as it can be
        return tokens.findByUser(user);
    }
}
