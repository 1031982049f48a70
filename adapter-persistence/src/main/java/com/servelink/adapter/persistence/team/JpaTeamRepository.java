package com.servelink.adapter.persistence.team;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;

import java.time.Clock;
import java.util.Optional;

/** Teams in table {@code team}. */
public final class JpaTeamRepository implements TeamRepository {
    private static final String LOCK_BY_SLUG = "select id, slug, name, plan from team where slug = ? for update";

    private final JpaTransactions tx;
    private final Clock clock;

    public JpaTeamRepository(JpaTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<Team> findById(TeamId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(TeamEntity.class, id.value()))
                .map(JpaTeamRepository::toDomain));
    }

    @Override
    public Optional<Team> findBySlug(TeamSlug slug) {
        return tx.withEntityManager(em -> em.createQuery("select t from TeamEntity t where t.slug = :slug",
                        TeamEntity.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst().map(JpaTeamRepository::toDomain));
    }

    @Override
    public Optional<Team> lockBySlug(TeamSlug slug) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(LOCK_BY_SLUG)) {
                statement.setString(1, slug.value());
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Team>empty();
                    }
                    return Optional.of(Team.reconstitute(new TeamId(row.getString(1)), new TeamSlug(row.getString(2)),
                            row.getString(3), new PlanId(row.getString(4))));
                }
            }
        });
    }

    @Override
    public void save(Team team) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            TeamEntity entity = em.find(TeamEntity.class, team.id().value());
            if (entity == null) {
                entity = new TeamEntity();
                entity.id = team.id().value();
                entity.createdAt = clock.instant();
                entity.slug = team.slug().value();
                entity.name = team.name();
                entity.plan = team.plan().value();
                em.persist(entity);
            } else {
                entity.slug = team.slug().value();
                entity.name = team.name();
                entity.plan = team.plan().value();
            }
            em.flush();
            return null;
        }));
    }

    static Team toDomain(TeamEntity e) {
        return Team.reconstitute(new TeamId(e.id), new TeamSlug(e.slug), e.name, new PlanId(e.plan));
    }
}
