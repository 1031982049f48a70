package com.servelink.application.inmemory;

import com.servelink.application.port.out.UserRepository;
import com.servelink.application.port.out.WebSessionRepository;
import com.servelink.domain.team.WebSession;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Sessions in a map, resolving users through the user repository. */
public final class InMemoryWebSessionRepository implements WebSessionRepository {
    private record Row(WebSession session, String csrfToken) {
    }

    private final UserRepository users;
    private final Map<String, Row> rows = new HashMap<>();

    public InMemoryWebSessionRepository(UserRepository users) {
        this.users = users;
    }

    @Override
    public synchronized void save(String idHash, WebSession session, String csrfToken) {
        rows.put(idHash, new Row(session, csrfToken));
    }

    @Override
    public synchronized Optional<StoredSession> find(String idHash) {
        Row row = rows.get(idHash);
        return row == null ? Optional.empty()
                : users.findById(row.session().userId()).map(user -> new StoredSession(row.session(), user,
                        row.csrfToken()));
    }

    @Override
    public synchronized void touch(String idHash, Instant lastSeenAt) {
        rows.computeIfPresent(idHash, (hash, row) -> row.session().lastSeenAt().isBefore(lastSeenAt)
                ? new Row(new WebSession(row.session().userId(), row.session().createdAt(), lastSeenAt), row.csrfToken())
                : row);
    }

    @Override
    public synchronized void delete(String idHash) {
        rows.remove(idHash);
    }

    @Override
    public synchronized int deleteIdleBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(row -> row.session().lastSeenAt().isBefore(cutoff));
        return before - rows.size();
    }
}
