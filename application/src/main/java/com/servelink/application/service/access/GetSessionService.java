package com.servelink.application.service.access;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.GetSessionUseCase;
import com.servelink.application.port.out.WebSessionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Resolves a session cookie to its user: an unknown or idle session signs no one in (an idle
 * one is deleted there and then); a live one is marked used, at most once a minute.
 */
public final class GetSessionService implements GetSessionUseCase {
    private static final int MAX_ID_LENGTH = 100;

    private final WebSessionRepository sessions;
    private final Clock clock;

    public GetSessionService(WebSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Optional<OpenSession> find(String sessionId) {
        if (sessionId == null || sessionId.isEmpty() || sessionId.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        String hash = ApiTokens.hash(sessionId);
        var stored = sessions.find(hash);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var session = stored.get().session();
        if (session.isExpired(now)) {
            sessions.delete(hash);
            return Optional.empty();
        }
        if (session.needsTouch(now)) {
            sessions.touch(hash, now);
        }
        var user = stored.get().user();
        Actor actor = user.support() ? new Actor.Staff(user.id(), user.email()) : new Actor.TeamUser(user.id());
        return Optional.of(new OpenSession(actor, user, stored.get().csrfToken()));
    }
}
