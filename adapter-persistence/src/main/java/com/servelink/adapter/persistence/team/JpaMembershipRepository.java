package com.servelink.adapter.persistence.team;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.MembershipRepository;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;

import java.time.Clock;
import java.util.Optional;

/** Memberships in table {@code team_membership}; the team and the role come back in one query. */
public final class JpaMembershipRepository implements MembershipRepository {
    private final JpaTransactions tx;
    private final Clock clock;

    public JpaMembershipRepository(JpaTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<TeamMembership> findMembership(TeamSlug slug, UserId user) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select t, m.role from TeamEntity t, MembershipEntity m
                        where t.slug = :slug and m.key.teamId = t.id and m.key.userId = :user""", Object[].class)
                .setParameter("slug", slug.value())
                .setParameter("user", user.value())
                .getResultStream().findFirst()
                .map(row -> new TeamMembership(JpaTeamRepository.toDomain((TeamEntity) row[0]),
                        Role.fromCode((String) row[1]))));
    }

    @Override
    public void save(Membership membership) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            var key = new MembershipEntity.Key(membership.teamId().value(), membership.userId().value());
            MembershipEntity entity = em.find(MembershipEntity.class, key);
            if (entity == null) {
                entity = new MembershipEntity();
                entity.key = key;
                entity.createdAt = clock.instant();
                entity.role = membership.role().code();
                em.persist(entity);
            } else {
                entity.role = membership.role().code();
            }
            em.flush();
            return null;
        }));
    }
}
