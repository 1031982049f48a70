package com.servelink.adapter.persistence.queries;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.QueryRecorder;
import com.servelink.adapter.persistence.fixture.QueryRecorder.Execution;
import com.servelink.application.port.out.TicketRepository.TicketFilter;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage export and the ticket export stream: each runs in a transaction with a fetch size,
 * the two conditions under which the PostgreSQL driver reads a result through a cursor, a batch
 * of rows at a time; on PostgreSQL the cursor is seen still open while the first rows are handed
 * over.
 */
class ExportCursorTest {
    private static final LocalDate FIRST = LocalDate.parse("2025-01-01");
    private static final int DAYS = 300;
    private static final int SAMPLES = 10 * DAYS; // 10 projects, one metric: more rows than one fetch

    private static TeamId loadYear(DatabaseFixture fixture) {
        Team team = Team.create(TeamId.fromOpaque("export"), new TeamSlug("export"), "Export", PlanId.PRO);
        fixture.teams().save(team);
        List<UsageSample> samples = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            Project project = Project.create(ProjectId.fromOpaque("export" + p), team.id(), "project " + p,
                    Instant.parse("2025-01-01T00:00:00Z"));
            fixture.projects().save(project);
            for (int d = 0; d < DAYS; d++) {
                samples.add(new UsageSample(project.id(), FIRST.plusDays(d), UsageMetric.TRAFFIC_GB, BigDecimal.ONE));
            }
        }
        fixture.usage().saveAll(samples);
        return team.id();
    }

    private static Execution export(QueryRecorder recorder) {
        List<Execution> exports = recorder.of("order by s.usage_date, p.name");
        assertThat(exports).hasSize(1);
        return exports.get(0);
    }

    @Test
    void the_export_query_runs_in_a_transaction_with_a_fetch_size() {
        QueryRecorder recorder = new QueryRecorder();
        try (DatabaseFixture fixture = DatabaseFixture.h2(recorder::wrap)) {
            TeamId team = loadYear(fixture);

            long count = fixture.usage().streamSamples(team, FIRST, FIRST.plusDays(DAYS - 1), row -> {
            });

            assertThat(count).isEqualTo(SAMPLES);
            assertThat(export(recorder).autoCommit()).isFalse();
            // set by the repository: more than H2's default of 100, fewer than all the rows
            assertThat(export(recorder).fetchSize()).isGreaterThan(100).isLessThan(SAMPLES);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
            disabledReason = "SERVELINK_TEST_PG_URL is not set: the PostgreSQL cursor is not checked")
    void on_postgresql_the_first_rows_are_handed_over_while_the_cursor_is_open() {
        QueryRecorder recorder = new QueryRecorder();
        try (DatabaseFixture fixture = DatabaseFixture.postgres(recorder::wrap)) {
            TeamId team = loadYear(fixture);
            AtomicInteger openCursors = new AtomicInteger(-1);

            long count = fixture.usage().streamSamples(team, FIRST, FIRST.plusDays(DAYS - 1), row -> {
                if (openCursors.get() < 0) {
                    openCursors.set(openCursors(export(recorder)));
                }
            });

            assertThat(count).isEqualTo(SAMPLES);
            // pg_cursors lists the session's portals; the unnamed one is this look-up's own, the named one
            // is the export's: still open, so its rows had not all been read
            assertThat(openCursors).hasValue(1);
        }
    }

    private static final int TICKETS = 1500; // more than one fetch

    /** 1,500 tickets, inserted in one transaction (no messages: the export reads none). */
    private static TeamId loadTickets(DatabaseFixture fixture) {
        Team team = Team.create(TeamId.fromOpaque("tickets"), new TeamSlug("tickets"), "Tickets", PlanId.PRO);
        fixture.teams().save(team);
        fixture.users().save(new User(new UserId(1), "t@example.com", "T", false));
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        fixture.transactions().run(() -> {
            for (int i = 0; i < TICKETS; i++) {
                fixture.tickets().save(Ticket.open(TicketId.fromOpaque("t" + i), team.id(), new UserId(1),
                        "Ticket " + i, "Description", TicketCategory.TECHNICAL, null, true, at.plusSeconds(i)));
            }
        });
        return team.id();
    }

    private static Execution ticketExport(QueryRecorder recorder) {
        List<Execution> exports = recorder.of("order by t.created_at desc, t.id desc");
        assertThat(exports).hasSize(1);
        return exports.get(0);
    }

    @Test
    void the_ticket_export_query_runs_in_a_transaction_with_a_fetch_size() {
        QueryRecorder recorder = new QueryRecorder();
        try (DatabaseFixture fixture = DatabaseFixture.h2(recorder::wrap)) {
            TeamId team = loadTickets(fixture);

            long count = fixture.tickets().streamTickets(TicketFilter.allOf(team), row -> {
            });

            assertThat(count).isEqualTo(TICKETS);
            assertThat(ticketExport(recorder).autoCommit()).isFalse();
            assertThat(ticketExport(recorder).fetchSize()).isGreaterThan(100).isLessThan(TICKETS);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
            disabledReason = "SERVELINK_TEST_PG_URL is not set: the PostgreSQL cursor is not checked")
    void on_postgresql_the_first_tickets_are_handed_over_while_the_cursor_is_open() {
        QueryRecorder recorder = new QueryRecorder();
        try (DatabaseFixture fixture = DatabaseFixture.postgres(recorder::wrap)) {
            TeamId team = loadTickets(fixture);
            AtomicInteger openCursors = new AtomicInteger(-1);

            long count = fixture.tickets().streamTickets(TicketFilter.allOf(team), row -> {
                if (openCursors.get() < 0) {
                    openCursors.set(openCursors(ticketExport(recorder)));
                }
            });

            assertThat(count).isEqualTo(TICKETS);
            assertThat(openCursors).hasValue(1);
        }
    }

    private static int openCursors(Execution export) {
        try (Statement statement = export.connection().createStatement();
             ResultSet row = statement.executeQuery("select count(*) from pg_cursors where name <> ''")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
