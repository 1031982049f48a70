package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;

/** The operator issues a bearer token for a user; the token is returned once and only its hash is kept. */
public interface IssueTokenUseCase {

    record IssueTokenCommand(Actor actor, long userId) {
    }

    String issue(IssueTokenCommand command);
}
