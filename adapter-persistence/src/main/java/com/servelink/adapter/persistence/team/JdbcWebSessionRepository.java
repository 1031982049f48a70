package com.servelink.adapter.persistence.team;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.WebSessionRepository;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import com.servelink.domain.team.WebSession;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Sessions in table {@code web_session}, in plain SQL: every page view reads one, and the user
 * comes back in the same query, as for API tokens.
 */
public final class JdbcWebSessionRepository implements WebSessionRepository {
    private static final String FIND = """
            select s.user_id, s.created_at, s.last_seen_at, s.csrf_token, u.email, u.name, u.is_support
            from web_session s join app_user u on u.id = s.user_id
            where s.id_hash = ?""";

    private final JpaTransactions tx;

    public JdbcWebSessionRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(String idHash, WebSession session, String csrfToken) {
        update("insert into web_session (id_hash, user_id, csrf_token, created_at, last_seen_at) values (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, idHash);
                    statement.setLong(2, session.userId().value());
                    statement.setString(3, csrfToken);
                    statement.setObject(4, utc(session.createdAt()));
                    statement.setObject(5, utc(session.lastSeenAt()));
                });
    }

    @Override
    public Optional<StoredSession> find(String idHash) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND)) {
                statement.setString(1, idHash);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    UserId user = new UserId(row.getLong(1));
                    WebSession session = new WebSession(user, row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getObject(3, OffsetDateTime.class).toInstant());
                    return Optional.of(new StoredSession(session,
                            new User(user, row.getString(5), row.getString(6), row.getBoolean(7)), row.getString(4)));
                }
            }
        });
    }

    @Override
    public void touch(String idHash, Instant lastSeenAt) {
        update("update web_session set last_seen_at = ? where id_hash = ? and last_seen_at < ?", statement -> {
            statement.setObject(1, utc(lastSeenAt));
            statement.setString(2, idHash);
            statement.setObject(3, utc(lastSeenAt));
        });
    }

    @Override
    public void delete(String idHash) {
        update("delete from web_session where id_hash = ?", statement -> statement.setString(1, idHash));
    }

    @Override
    public int deleteIdleBefore(Instant cutoff) {
        return update("delete from web_session where last_seen_at < ?",
                statement -> statement.setObject(1, utc(cutoff)));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws java.sql.SQLException;
    }

    private int update(String sql, Binder binder) {
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(statement);
                return statement.executeUpdate();
            }
        }));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
