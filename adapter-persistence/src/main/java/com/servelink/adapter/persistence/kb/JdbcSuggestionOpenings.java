package com.servelink.adapter.persistence.kb;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.SuggestionOpenings;
import com.servelink.domain.kb.ArticleId;
import com.servelink.domain.kb.DeflectionFigures;
import com.servelink.domain.team.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suggestion openings in {@code kb_suggestion_opening}; the deflection counts are one statement
 * that probes {@code support_ticket} by (user, creation time) for each opening of the period.
 */
public final class JdbcSuggestionOpenings implements SuggestionOpenings {
    private static final String OPEN = """
            select 1 from kb_suggestion_opening
            where user_id = ? and article_id = ? and window_ends_at > ?""";
    private static final String INSERT = """
            insert into kb_suggestion_opening (user_id, article_id, opened_at, window_ends_at) values (?, ?, ?, ?)""";
    private static final String COUNT = """
            select count(*),
                   count(case when f.followed = 1 then 1 end),
                   count(case when f.followed = 0 and f.window_ends_at > ? then 1 end)
            from (select o.window_ends_at,
                         case when exists (select 1 from support_ticket t where t.user_id = o.user_id
                                           and t.created_at >= o.opened_at and t.created_at < o.window_ends_at)
                              then 1 else 0 end as followed
                  from kb_suggestion_opening o where 1 = 1%s) f""";

    private final JpaTransactions tx;

    public JdbcSuggestionOpenings(JpaTransactions tx) {
        this.tx = tx;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    @Override
    public boolean record(UserId user, ArticleId article, Instant openedAt, Instant windowEndsAt) {
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement open = connection.prepareStatement(OPEN)) {
                open.setLong(1, user.value());
                open.setString(2, article.value());
                open.setObject(3, utc(openedAt));
                try (ResultSet row = open.executeQuery()) {
                    if (row.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setLong(1, user.value());
                insert.setString(2, article.value());
                insert.setObject(3, utc(openedAt));
                insert.setObject(4, utc(windowEndsAt));
                insert.executeUpdate();
                return true;
            }
        }));
    }

    @Override
    public DeflectionFigures count(Optional<Instant> from, Optional<Instant> to, Instant now) {
        StringBuilder where = new StringBuilder();
        List<Instant> bounds = new ArrayList<>();
        from.ifPresent(at -> {
            where.append(" and o.opened_at >= ?");
            bounds.add(at);
        });
        to.ifPresent(at -> {
            where.append(" and o.opened_at < ?");
            bounds.add(at);
        });
        return tx.withConnection(connection -> {
            try (PreparedStatement count = connection.prepareStatement(COUNT.formatted(where))) {
                count.setObject(1, utc(now));
                for (int i = 0; i < bounds.size(); i++) {
                    count.setObject(i + 2, utc(bounds.get(i)));
                }
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return new DeflectionFigures(row.getLong(1), row.getLong(2), row.getLong(3));
                }
            }
        });
    }
}
