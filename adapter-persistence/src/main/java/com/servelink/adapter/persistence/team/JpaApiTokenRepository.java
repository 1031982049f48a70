package com.servelink.adapter.persistence.team;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.ApiTokenRepository;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.Optional;

/** Token hashes in {@code api_token}; the user comes back in the same query. */
public final class JpaApiTokenRepository implements ApiTokenRepository {
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
        return tx.withEntityManager(em -> em.createQuery("""
                        select u from UserEntity u, ApiTokenEntity t
                        where t.tokenHash = :hash and u.id = t.userId""", UserEntity.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst()
                .map(u -> new User(new UserId(u.id), u.email, u.name, u.support)));
    }
}
