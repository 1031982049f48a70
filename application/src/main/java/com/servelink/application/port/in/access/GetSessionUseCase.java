package com.servelink.application.port.in.access;

import com.servelink.domain.team.User;

import java.util.Optional;

/** Who a browser session signs in, if it is still open; using it keeps it open. */
public interface GetSessionUseCase {

    record OpenSession(Actor actor, User user, String csrfToken) {
    }

    Optional<OpenSession> find(String sessionId);
}
