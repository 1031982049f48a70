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

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Memberships in table {@code team_membership}; the team and the role come back in one query. */
public final class JpaMembershipRepository implements MembershipRepository {
    private static final String FIND_MEMBERSHIP = """
            select t.id, t.slug, t.name, t.plan, m.role from team t
            join team_membership m on m.team_id = t.id
            where t.slug = ? and m.user_id = ?""";
    private static final String TEAMS_OF = """
            select t.id, t.slug, t.name, t.plan, m.role from team t
            join team_membership m on m.team_id = t.id
            where m.user_id = ? order by t.name, t.slug""";

    private static final String COUNT_MEMBERS = "select count(*) from team_membership where team_id = ?";

    private final JpaTransactions tx;
    private final Clock clock;

    public JpaMembershipRepository(JpaTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<TeamMembership> findMembership(TeamSlug slug, UserId user) {
        // every team request starts here: plain SQL, no session, no entities
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND_MEMBERSHIP)) {
                statement.setString(1, slug.value());
                statement.setLong(2, user.value());
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(membership(row));
                }
            }
        });
    }

    @Override
    public List<TeamMembership> teamsOf(UserId user) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TEAMS_OF)) {
                statement.setLong(1, user.value());
                try (ResultSet row = statement.executeQuery()) {
                    List<TeamMembership> teams = new ArrayList<>();
                    while (row.next()) {
                        teams.add(membership(row));
                    }
                    return teams;
                }
            }
        });
    }

    static TeamMembership membership(ResultSet row) throws SQLException {
        return new TeamMembership(Team.reconstitute(new TeamId(row.getString(1)), new TeamSlug(row.getString(2)),
                row.getString(3), new PlanId(row.getString(4))), Role.fromCode(row.getString(5)));
    }

    @Override
    public long countMembers(TeamId team) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(COUNT_MEMBERS)) {
                statement.setString(1, team.value());
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
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
