package com.servelink.adapter.persistence.team;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.UserRepository;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import org.hibernate.engine.spi.SessionImplementor;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Users in table {@code app_user}; ids from the sequence {@code app_user_id_seq}. */
public final class JpaUserRepository implements UserRepository {
    private final JpaTransactions tx;
    private final Clock clock;

    public JpaUserRepository(JpaTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(UserEntity.class, id.value()))
                .map(e -> new User(new UserId(e.id), e.email, e.name, e.support)));
    }

    @Override
    public UserId nextUserId() {
        return tx.withEntityManager(em -> {
            // The dialect writes the statement, so H2 and PostgreSQL both get their own syntax.
            String sql = em.unwrap(SessionImplementor.class).getFactory().getJdbcServices().getDialect()
                    .getSequenceSupport().getSequenceNextValString("app_user_id_seq");
            return new UserId(((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
        });
    }

    @Override
    public void save(User user) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            UserEntity entity = em.find(UserEntity.class, user.id().value());
            if (entity == null) {
                entity = new UserEntity();
                entity.id = user.id().value();
                entity.createdAt = clock.instant();
                copy(user, entity);
                em.persist(entity);
            } else {
                copy(user, entity);
            }
            em.flush();
            return null;
        }));
    }

    private static void copy(User user, UserEntity entity) {
        entity.email = user.email();
        entity.emailNormalized = user.email().toLowerCase(Locale.ROOT);
        entity.name = user.name();
        entity.support = user.support();
    }
}
