package com.servelink.adapter.persistence.team;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.domain.team.ApiToken;
import com.servelink.domain.team.ApiTokenId;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens in {@code api_token}, in plain SQL: the look-up runs on every request whose token is
 * not remembered, and the user comes back in the same query.
 */
public final class JpaApiTokenRepository implements ApiTokenRepository {
    private static final String TOKEN_COLUMNS = "t.id, t.user_id, t.label, t.created_at, t.expires_at, t.last_used_at, "
            + "t.revoked_at";
    private static final String FIND_BY_HASH = "select " + TOKEN_COLUMNS + ", u.email, u.name, u.is_support "
            + "from api_token t join app_user u on u.id = t.user_id where t.token_hash = ? and t.revoked_at is null";
    private static final String FIND_BY_USER = "select " + TOKEN_COLUMNS
            + " from api_token t where t.user_id = ? order by t.created_at desc, t.id";

    private final JpaTransactions tx;

    public JpaApiTokenRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(String tokenHash, ApiToken token) {
        update("insert into api_token (token_hash, id, user_id, label, created_at, expires_at, last_used_at, revoked_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, tokenHash);
            statement.setString(2, token.id().value());
            statement.setLong(3, token.userId().value());
            statement.setString(4, token.label().orElse(null));
            statement.setObject(5, utc(token.createdAt()));
            statement.setObject(6, token.expiresAt().map(JpaApiTokenRepository::utc).orElse(null));
            statement.setObject(7, token.lastUsedAt().map(JpaApiTokenRepository::utc).orElse(null));
            statement.setObject(8, token.revokedAt().map(JpaApiTokenRepository::utc).orElse(null));
        });
    }

    @Override
    public Optional<Holder> findByHash(String tokenHash) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND_BY_HASH)) {
                statement.setString(1, tokenHash);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Holder>empty();
                    }
                    ApiToken token = token(row);
                    return Optional.of(new Holder(token,
                            new User(token.userId(), row.getString(8), row.getString(9), row.getBoolean(10))));
                }
            }
        });
    }

    @Override
    public List<ApiToken> findByUser(UserId user) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND_BY_USER)) {
                statement.setLong(1, user.value());
                try (ResultSet row = statement.executeQuery()) {
                    List<ApiToken> tokens = new ArrayList<>();
                    while (row.next()) {
                        tokens.add(token(row));
                    }
                    return tokens;
                }
            }
        });
    }

    @Override
    public List<String> revokedSince(Instant since) {
        // every node, every 2 s: by api_token_revoked_idx (V19), a handful of rows
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select token_hash from api_token where revoked_at >= ?")) {
                statement.setObject(1, utc(since));
                try (ResultSet row = statement.executeQuery()) {
                    List<String> hashes = new ArrayList<>();
                    while (row.next()) {
                        hashes.add(row.getString(1));
                    }
                    return hashes;
                }
            }
        });
    }

    @Override
    public Optional<String> revoke(UserId user, ApiTokenId token, Instant now) {
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement revoke = connection.prepareStatement(
                    "update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")) {
                revoke.setObject(1, utc(now));
                revoke.setString(2, token.value());
                revoke.setLong(3, user.value());
                revoke.executeUpdate();
            }
            try (PreparedStatement find = connection.prepareStatement(
                    "select token_hash from api_token where id = ? and user_id = ?")) {
                find.setString(1, token.value());
                find.setLong(2, user.value());
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        }));
    }

    @Override
    public void recordUses(Map<ApiTokenId, Instant> lastUses) {
        if (lastUses.isEmpty()) {
            return;
        }
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("update api_token set last_used_at = ? "
                    + "where id = ? and (last_used_at is null or last_used_at <= ?)")) {
                for (Map.Entry<ApiTokenId, Instant> use : lastUses.entrySet()) {
                    statement.setObject(1, utc(use.getValue()));
                    statement.setString(2, use.getKey().value());
                    statement.setObject(3, utc(ApiToken.touchCutoff(use.getValue())));
                    statement.addBatch();
                }
                return statement.executeBatch().length;
            }
        }));
    }

    private static ApiToken token(ResultSet row) throws SQLException {
        return new ApiToken(new ApiTokenId(row.getString(1)), new UserId(row.getLong(2)),
                Optional.ofNullable(row.getString(3)), instant(row, 4).orElseThrow(), instant(row, 5),
                instant(row, 6), instant(row, 7));
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
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
