package com.servelink.adapter.persistence.team;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Token hashes in {@code api_token}; the user comes back in the same query. */
public final class JpaApiTokenRepository implements ApiTokenRepository {
    private static final String FIND_USER = """
            select u.id, u.email, u.name, u.is_support from app_user u
            join api_token t on t.user_id = u.id
            where t.token_hash = ?""";

    private final JpaTransactions tx;

    public JpaApiTokenRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(String tokenHash, UserId user, Instant now) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            ApiTokenEntity entity = new ApiTokenEntity();
            entity.tokenHash = tokenHash;
            entity.userId = user.value();
            entity.createdAt = now;
            em.persist(entity);
            em.flush();
            return null;
        }));
    }

    @Override
    public Optional<User> findUserByTokenHash(String tokenHash) {
        // every authenticated request whose token is not remembered: plain SQL, no session
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND_USER)) {
                statement.setString(1, tokenHash);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new User(new UserId(row.getLong(1)), row.getString(2), row.getString(3),
                                    row.getBoolean(4)))
                            : Optional.<User>empty();
                }
            }
        });
    }
}
