package com.servelink.adapter.persistence.team;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.MembershipRepository.TeamMembership;
import com.servelink.application.port.out.TeamLimitsReader;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The limits route's read as one grouped statement: the team by its slug, the caller's
 * membership, and the team's counting add-ons left-joined and summed per type. No row means no
 * such team or no membership; a row whose type is null, a member of a team with no counting
 * add-on. Same indexes as the two statements it replaces (the team's slug, the membership's key,
 * {@code additional_resource_team_idx}); plain SQL on a connection, no session.
 */
public final class JdbcTeamLimitsReader implements TeamLimitsReader {
    private static final String MEMBER_UNITS = """
            select t.id, t.slug, t.name, t.plan, m.role, r.resource_type, sum(r.quantity)
            from team t
            join team_membership m on m.team_id = t.id
            left join additional_resource r on r.team_id = t.id and r.status = 'active'
                and r.expires_at > cast(? as timestamp with time zone)
            where t.slug = ? and m.user_id = ?
            group by t.id, t.slug, t.name, t.plan, m.role, r.resource_type""";

    private final JpaTransactions tx;

    public JdbcTeamLimitsReader(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<MemberUnits> find(TeamSlug slug, UserId user, Instant now) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MEMBER_UNITS)) {
                // as ISO-8601 text, as countingUnits binds it: the driver's timestamp binding builds a calendar
                statement.setString(1, now.toString());
                statement.setString(2, slug.value());
                statement.setLong(3, user.value());
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    TeamMembership membership = JpaMembershipRepository.membership(row);
                    Map<ResourceType, Long> units = new EnumMap<>(ResourceType.class);
                    do {
                        String type = row.getString(6);
                        if (type != null) {
                            units.put(ResourceType.fromCode(type, "resource_type"), row.getLong(7));
                        }
                    } while (row.next());
                    return Optional.of(new MemberUnits(membership, units));
                }
            }
        });
    }
}
