package com.servelink.application.port.out;

import com.servelink.domain.team.User;
import com.servelink.domain.team.WebSession;

import java.time.Instant;
import java.util.Optional;

/**
 * The pages' sign-in sessions, stored by the hash of their id (a stolen table signs no one in),
 * each with its anti-forgery token.
 */
public interface WebSessionRepository {

    /** A stored session with its user, read in one look-up. */
    record StoredSession(WebSession session, User user, String csrfToken) {
    }

    void save(String idHash, WebSession session, String csrfToken);

    Optional<StoredSession> find(String idHash);

    /** Records that the session was used at {@code lastSeenAt}; an older moment than the stored one changes nothing. */
    void touch(String idHash, Instant lastSeenAt);

    /** Revokes one session; revoking one already gone is not an error. */
    void delete(String idHash);

    /** Removes every session last used before {@code cutoff}; answers how many. */
    int deleteIdleBefore(Instant cutoff);
}
