package com.servelink.adapter.persistence.benchmark;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.application.port.out.TicketRepository.TicketFilter;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.team.TeamId;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

/**
 * Measures the repository queries at scale on PostgreSQL: 1,000 teams, 100,000 tickets and
 * 1,000,000 add-on rows (with their payments), generated server-side. Prints the median and
 * p95 of each query. Not a test: run it with {@code scripts/bench-persistence.sh}; the figures
 * are recorded in {@code docs/benchmarks.md}.
 */
public final class PersistenceBenchmark {
    private static final int TEAMS = 1_000;
    private static final int TICKETS = 100_000;
    private static final int RESOURCES = 1_000_000;
    private static final int DUE = 100_000;
    private static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        String url = Optional.ofNullable(System.getenv("SERVELINK_TEST_PG_URL"))
                .orElse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "bench_" + System.currentTimeMillis();
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        try (Database db = Database.start(new DatabaseSettings(url, null, null, 4, Optional.of(schema)),
                Clock.systemUTC())) {
            long loadStarted = System.nanoTime();
            load(db, now);
            System.out.printf("loaded %,d teams, %,d tickets, %,d add-ons in %.1f s%n", TEAMS, TICKETS, RESOURCES,
                    (System.nanoTime() - loadStarted) / 1e9);

            var tickets = db.tickets();
            var resources = db.resources();
            measure("team statistics (GROUP BY)", () -> {
                tickets.statistics(Optional.of(randomTeam()));
                return 0;
            });
            measure("team limits (membership + add-on sums)", () -> {
                int team = ThreadLocalRandom.current().nextInt(TEAMS);
                db.memberships().findMembership(new com.servelink.domain.team.TeamSlug("team-" + team),
                        new com.servelink.domain.team.UserId(team + 1));
                return resources.countingUnits(new TeamId("team_t" + team), now).size();
            });
            measure("search one team ('deploiement')", () -> tickets.findPage(new TicketFilter(randomTeam(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("deploiement")),
                    Optional.empty(), 50).size());
            measure("staff queue (high and urgent, 100)", () -> tickets.findQueue(TicketPriority.HIGH, 100).size());

            long started = System.nanoTime();
            int expired = resources.expireDue(now);
            System.out.printf("expire %,d due rows: %.0f ms (one UPDATE)%n", expired, (System.nanoTime() - started) / 1e6);
        } finally {
            try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static TeamId randomTeam() {
        return new TeamId("team_t" + ThreadLocalRandom.current().nextInt(TEAMS));
    }

    private static void measure(String name, IntSupplier query) {
        for (int i = 0; i < 50; i++) {
            query.getAsInt();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            query.getAsInt();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-42s median %6.2f ms   p95 %6.2f ms%n", name, millis[RUNS / 2], millis[RUNS * 95 / 100]);
    }

    /** Generates the data set with set-based SQL: seconds instead of minutes of inserts. */
    private static void load(Database db, Instant now) throws Exception {
        String ts = "timestamp with time zone '" + now + "'";
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into team (id, slug, name, plan, created_at) select 'team_t' || g, 'team-' || g,"
                    + " 'Team ' || g, case when g % 2 = 0 then 'pro' else 'free' end, " + ts
                    + " from generate_series(0, " + (TEAMS - 1) + ") g");
            s.execute("insert into app_user (id, email, email_normalized, name, is_support, created_at)"
                    + " select g + 1, 'u' || g || '@example.com', 'u' || g || '@example.com', 'U', false, " + ts
                    + " from generate_series(0, " + (TEAMS - 1) + ") g");
            s.execute("insert into team_membership (team_id, user_id, role, created_at) select 'team_t' || g, g + 1,"
                    + " 'owner', " + ts + " from generate_series(0, " + (TEAMS - 1) + ") g");
            s.execute("insert into support_ticket (id, team_id, user_id, subject, description, priority, status,"
                    + " category, created_at, updated_at, resolved_at, closed_at, first_response_due_at, search_text,"
                    + " priority_rank)"
                    + " select 'ticket_b' || g, 'team_t' || (g % " + TEAMS + "), 1,"
                    + " case when g % 10 = 0 then 'Problème de déploiement ' || g else 'Question ' || g end,"
                    + " 'Description ' || g,"
                    + " (array['low','normal','high','urgent'])[1 + g % 4],"
                    + " (array['open','in_progress','waiting','resolved','closed'])[1 + g % 5], 'technical',"
                    + " " + ts + " - (g || ' minutes')::interval, " + ts + ","
                    + " case when g % 5 in (3, 4) then " + ts + " end,"
                    + " case when g % 5 = 4 then " + ts + " end,"
                    + " " + ts + " - (g || ' minutes')::interval + interval '4 hours',"
                    + " case when g % 10 = 0 then 'probleme de deploiement ' || g else 'question ' || g end"
                    + " || ' description ' || g, g % 4"
                    + " from generate_series(0, " + (TICKETS - 1) + ") g");
            s.execute("insert into payment (id, team_id, resource_id, amount, currency, provider, provider_reference,"
                    + " checkout_url, status, created_at, completed_at) select 'pm_b' || g, 'team_t' || (g % " + TEAMS
                    + "), 'res_b' || g, 1.00, 'EUR', 'sandbox', 'ref', 'https://pay.example/', 'completed', " + ts
                    + ", " + ts + " from generate_series(0, " + (RESOURCES - 1) + ") g");
            // DUE rows are past their expiry; the others are active, expired or cancelled.
            s.execute("insert into additional_resource (id, team_id, resource_type, quantity, unit_price, currency,"
                    + " payment_id, status, created_at, activated_at, expires_at)"
                    + " select 'res_b' || g, 'team_t' || (g % " + TEAMS + "),"
                    + " (array['ram','cpu','traffic','storage'])[1 + g % 4], 1 + g % 3, 1.00, 'EUR', 'pm_b' || g,"
                    + " case when g < " + DUE + " or g % 3 = 0 then 'active' when g % 3 = 1 then 'expired'"
                    + " else 'cancelled' end, " + ts + " - interval '40 days', " + ts + " - interval '40 days',"
                    + " case when g < " + DUE + " then " + ts + " - interval '1 hour'"
                    + " else " + ts + " + interval '10 days' end"
                    + " from generate_series(0, " + (RESOURCES - 1) + ") g");
            s.execute("analyze");
        }
    }
}
