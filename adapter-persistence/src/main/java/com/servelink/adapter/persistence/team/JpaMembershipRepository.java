package com.servelink.adapter.persistence.team;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.MembershipRepository;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
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
        // a projection, not entities: this runs on every team request and needs no dirty checking
        return tx.withEntityManager(em -> em.createQuery("""
                        select t.id, t.slug, t.name, t.plan, m.role from TeamEntity t, MembershipEntity m
                        where t.slug = :slug and m.key.teamId = t.id and m.key.userId = :user""", Object[].class)
                .setParameter("slug", slug.value())
                .setParameter("user", user.value())
                .getResultStream().findFirst()
                .map(row -> new TeamMembership(Team.reconstitute(new TeamId((String) row[0]),
                        new TeamSlug((String) row[1]), (String) row[2], new PlanId((String) row[3])),
                        Role.fromCode((String) row[4]))));
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
