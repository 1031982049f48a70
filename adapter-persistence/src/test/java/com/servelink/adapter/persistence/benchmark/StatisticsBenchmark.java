package com.servelink.adapter.persistence.benchmark;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.team.TeamId;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

/**
 * Measures the statistics of issue 15 on PostgreSQL: 1,000 teams and 100,000 tickets created
 * over two years (one every 10.5 minutes), 60 % resolved, 80 % answered, with 1 or 2 public
 * support replies and an internal note on some, generated server-side. Prints the median and
 * p95 of the statistics with a period (the target: under 20 ms median) and of the histories.
 * Not a test: run it with {@code scripts/bench-statistics.sh}; figures in {@code docs/benchmarks.md}.
 */
public final class StatisticsBenchmark {
    private static final int TEAMS = 1_000;
    private static final int TICKETS = 100_000;
    private static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        String url = Optional.ofNullable(System.getenv("SERVELINK_TEST_PG_URL"))
                .orElse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "bench_stats_" + System.currentTimeMillis();
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try (Database db = Database.start(new DatabaseSettings(url, null, null, 4, Optional.of(schema)),
                Clock.systemUTC())) {
            long loadStarted = System.nanoTime();
            load(db, now);
            System.out.printf("loaded %,d teams, %,d tickets in %.1f s%n", TEAMS, TICKETS,
                    (System.nanoTime() - loadStarted) / 1e9);
            var tickets = db.tickets();
            StatisticsPeriod lastMonth = new StatisticsPeriod(Optional.of(today.minusMonths(1)),
                    Optional.of(today.minusDays(1)));
            StatisticsPeriod lastYear = new StatisticsPeriod(Optional.of(today.minusYears(1)),
                    Optional.of(today.minusDays(1)));
            measure("team stats, period of a month", () -> count(tickets.statistics(
                    Optional.of(randomTeam()), randomMonth(today))));
            measure("team stats, period of a year", () -> count(tickets.statistics(
                    Optional.of(randomTeam()), lastYear)));
            measure("staff stats, period of a month (~4,100)", () -> count(tickets.statistics(
                    Optional.empty(), randomMonth(today))));
            measure("staff stats, last month", () -> count(tickets.statistics(Optional.empty(), lastMonth)));
            measure("staff stats, period of a year (~50,000)", 40, () -> count(tickets.statistics(
                    Optional.empty(), lastYear)));
            measure("staff stats, all time (100,000)", 20, () -> count(tickets.statistics(
                    Optional.empty(), StatisticsPeriod.ALL_TIME)));
            measure("team history, 12 months", () -> tickets.history(Optional.of(randomTeam()),
                    boundaries(today, 12, ChronoUnit.MONTHS)).size());
            measure("staff history, 12 months", 40, () -> tickets.history(Optional.empty(),
                    boundaries(today, 12, ChronoUnit.MONTHS)).size());
            measure("staff history, 104 weeks", 40, () -> tickets.history(Optional.empty(),
                    boundaries(today, 104, ChronoUnit.WEEKS)).size());
        } finally {
            try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static int count(com.servelink.domain.support.TicketStatistics stats) {
        return (int) (stats.total() + stats.service().resolution().n());
    }

    private static TeamId randomTeam() {
        return new TeamId("team_t" + ThreadLocalRandom.current().nextInt(TEAMS));
    }

    /** One of the last 23 calendar months, at random. */
    private static StatisticsPeriod randomMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1 + ThreadLocalRandom.current().nextInt(23));
        return new StatisticsPeriod(Optional.of(first), Optional.of(first.plusMonths(1).minusDays(1)));
    }

    private static List<Instant> boundaries(LocalDate today, int buckets, ChronoUnit unit) {
        List<Instant> bounds = new ArrayList<>();
        LocalDate start = unit == ChronoUnit.MONTHS ? today.withDayOfMonth(1).minusMonths(buckets - 1L)
                : today.minusWeeks(buckets - 1L);
        for (int i = 0; i <= buckets; i++) {
            bounds.add(start.plus(i, unit).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return bounds;
    }

    private static void measure(String name, IntSupplier query) {
        measure(name, RUNS, query);
    }

    /** {@code runs} timed runs after a quarter as many warm-up runs; the machine's load average beside. */
    private static void measure(String name, int runs, IntSupplier query) {
        for (int i = 0; i < Math.max(10, runs / 4); i++) {
            query.getAsInt();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            query.getAsInt();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-42s median %7.2f ms   p95 %7.2f ms   (%d runs, load average %.1f)%n", name,
                millis[runs / 2], millis[runs * 95 / 100], runs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The data set in set-based SQL; ticket g is created g × 10.5 minutes before {@code now}. */
    private static void load(Database db, Instant now) throws Exception {
        String ts = "timestamp with time zone '" + now + "'";
        String created = ts + " - (g * 630 || ' seconds')::interval";
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into team (id, slug, name, plan, created_at) select 'team_t' || g, 'team-' || g,"
                    + " 'Team ' || g, case when g % 2 = 0 then 'pro' else 'free' end, " + ts
                    + " from generate_series(0, " + (TEAMS - 1) + ") g");
            // statuses: g % 5 in (3, 4) resolved or closed after resolution (60 % with g % 5 = 2 resolved too)
            s.execute("insert into support_ticket (id, team_id, user_id, subject, description, priority, status,"
                    + " category, created_at, updated_at, resolved_at, closed_at, first_responded_at,"
                    + " first_response_due_at, search_text, priority_rank)"
                    + " select 'ticket_s' || g, 'team_t' || (g % " + TEAMS + "), 1, 'Question ' || g,"
                    + " 'Description ' || g, (array['low','normal','high','urgent'])[1 + g % 4],"
                    + " (array['open','in_progress','resolved','resolved','closed'])[1 + g % 5], 'technical',"
                    + " " + created + ", " + ts + ","
                    + " case when g % 5 >= 2 then " + created + " + ((1 + g % 97) || ' hours')::interval end,"
                    + " case when g % 5 = 4 then " + created + " + ((100 + g % 97) || ' hours')::interval end,"
                    + " case when g % 5 <> 0 then " + created + " + ((g % 13) || ' hours')::interval"
                    + "      + ((g % 3600) || ' seconds')::interval end,"
                    + " " + created + " + interval '4 hours', 'question ' || g, g % 4"
                    + " from generate_series(0, " + (TICKETS - 1) + ") g");
            s.execute("insert into support_message (id, ticket_id, user_id, author_type, message, is_internal,"
                    + " created_at, search_text) select 'msg_d' || g, 'ticket_s' || g, 1, 'user', 'Description',"
                    + " false, " + created + ", 'description' from generate_series(0, " + (TICKETS - 1) + ") g");
            s.execute("insert into support_message (id, ticket_id, user_id, author_type, message, is_internal,"
                    + " created_at, search_text) select 'msg_r' || g, 'ticket_s' || g, 2, 'support', 'Réponse',"
                    + " false, " + created + " + interval '1 hour', 'reponse'"
                    + " from generate_series(0, " + (TICKETS - 1) + ") g where g % 5 <> 0");
            s.execute("insert into support_message (id, ticket_id, user_id, author_type, message, is_internal,"
                    + " created_at, search_text) select 'msg_s' || g, 'ticket_s' || g, 2, 'support', 'Encore',"
                    + " false, " + created + " + interval '2 hours', 'encore'"
                    + " from generate_series(0, " + (TICKETS - 1) + ") g where g % 3 = 0 and g % 5 <> 0");
            s.execute("insert into support_message (id, ticket_id, user_id, author_type, message, is_internal,"
                    + " created_at, search_text) select 'msg_n' || g, 'ticket_s' || g, 2, 'support', 'Note',"
                    + " true, " + created + " + interval '3 hours', 'note'"
                    + " from generate_series(0, " + (TICKETS - 1) + ") g where g % 7 = 0");
            // what the repository keeps when it adds a reply (V16)
            s.execute("update support_ticket t set public_support_replies = (select count(*) from support_message m"
                    + " where m.ticket_id = t.id and m.author_type = 'support' and not m.is_internal)");
            s.execute("vacuum analyze");
        }
    }
}
