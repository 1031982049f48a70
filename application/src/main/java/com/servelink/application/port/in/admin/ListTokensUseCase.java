package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.ApiToken;

import java.util.List;

/** The operator lists a user's tokens: ids and dates, never a secret or its hash. */
public interface ListTokensUseCase {

    record ListTokensCommand(Actor actor, long userId) {
    }

    /** Newest first, revoked and expired ones included. */
    List<ApiToken> list(ListTokensCommand command);
}
