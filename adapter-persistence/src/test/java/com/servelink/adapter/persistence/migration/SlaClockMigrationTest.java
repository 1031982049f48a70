package com.servelink.adapter.persistence.migration;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.SupportEvent;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V8 on a database that already holds tickets: an unanswered open ticket owes its first response
 * from creation, a waiting one a next response from its last change, an in-progress one nothing
 * (paused); the first check derives their due instants and raises what is past.
 */
class SlaClockMigrationTest {
    private static final Instant CREATED = Instant.parse("2025-01-25T10:00:00Z");
    private static final Instant CHANGED = CREATED.plus(Duration.ofHours(1));

    @Test
    void on_h2_tickets_of_version_7_get_their_clock() throws SQLException {
        String url = "jdbc:h2:mem:migration_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        migrateToVersion7(url, "h2", Optional.empty());
        insertVersion7Tickets(url, Optional.empty());
        checkUpgraded(DatabaseSettings.of(url, null, null, 2));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
            disabledReason = "SERVELINK_TEST_PG_URL is not set: the PostgreSQL migration is not checked")
    void on_postgresql_tickets_of_version_7_get_their_clock() throws SQLException {
        String url = System.getenv(DatabaseFixture.PG_URL_VARIABLE);
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            migrateToVersion7(url, "postgresql", Optional.of(schema));
            insertVersion7Tickets(url, Optional.of(schema));
            checkUpgraded(new DatabaseSettings(url, null, null, 2, Optional.of(schema)));
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static void migrateToVersion7(String url, String vendor, Optional<String> schema) {
        var flyway = Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target("7");
        schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s));
        flyway.load().migrate();
    }

    private static void insertVersion7Tickets(String url, Optional<String> schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            if (schema.isPresent()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set search_path to " + schema.get());
                }
            }
            OffsetDateTime created = OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC);
            try (PreparedStatement team = connection.prepareStatement(
                    "insert into team (id, slug, name, plan, created_at) values ('team_old', 'old', 'Old', 'pro', ?)")) {
                team.setObject(1, created);
                team.executeUpdate();
            }
            insert(connection, "ticket_open", "open", null);
            insert(connection, "ticket_waiting", "waiting", CREATED.plusSeconds(600));
            insert(connection, "ticket_paused", "in_progress", CREATED.plusSeconds(600));
        }
    }

    private static void insert(Connection connection, String id, String status, Instant respondedAt)
            throws SQLException {
        try (PreparedStatement ticket = connection.prepareStatement("""
                insert into support_ticket (id, team_id, user_id, subject, description, priority, priority_rank,
                    status, category, created_at, updated_at, first_responded_at, first_response_due_at, search_text)
                values (?, 'team_old', 42, 'Ancien', 'Ancien ticket', 'high', 2, ?, 'technical', ?, ?, ?, ?, 'ancien')""")) {
            ticket.setString(1, id);
            ticket.setString(2, status);
            ticket.setObject(3, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
            ticket.setObject(4, OffsetDateTime.ofInstant(CHANGED, ZoneOffset.UTC));
            ticket.setObject(5, respondedAt == null ? null : OffsetDateTime.ofInstant(respondedAt, ZoneOffset.UTC));
            ticket.setObject(6, OffsetDateTime.ofInstant(CREATED.plus(Duration.ofHours(4)), ZoneOffset.UTC));
            ticket.executeUpdate();
        }
    }

    private static void checkUpgraded(DatabaseSettings settings) {
        try (Database database = Database.start(settings, Clock.systemUTC())) {
            var tickets = database.tickets();
            Ticket open = tickets.findById(new TicketId("ticket_open")).orElseThrow();
            assertThat(open.sla().owedResponse()).contains(SlaTarget.FIRST_RESPONSE);
            assertThat(open.sla().runningSince()).isEqualTo(CREATED);
            assertThat(open.nextResponseDueAt()).contains(CREATED.plus(Duration.ofHours(4)));
            Ticket waiting = tickets.findById(new TicketId("ticket_waiting")).orElseThrow();
            assertThat(waiting.sla().owedResponse()).contains(SlaTarget.NEXT_RESPONSE);
            assertThat(waiting.sla().responseStartedAt()).isEqualTo(CHANGED);
            Ticket paused = tickets.findById(new TicketId("ticket_paused")).orElseThrow();
            assertThat(paused.sla().isRunning()).isFalse();
            assertThat(paused.sla().owedResponse()).isEmpty();

            Instant now = CREATED.plus(Duration.ofDays(2));
            assertThat(tickets.findSlaCheckDue(now, 10)).containsExactlyInAnyOrder(open.id(), waiting.id());
            database.transactions().run(() -> {
                Ticket ticket = tickets.findById(waiting.id()).orElseThrow();
                List<SupportEvent> raised = ticket.checkSla(SlaPolicy.DEFAULT, now);
                assertThat(raised).extracting(e -> ((SupportEvent.SlaBreached) e).target())
                        .containsExactlyInAnyOrder(SlaTarget.NEXT_RESPONSE, SlaTarget.RESOLUTION);
                assertThat(ticket.nextResponseDueAt()).contains(CHANGED.plus(Duration.ofHours(4)));
                tickets.save(ticket);
            });
            assertThat(tickets.findSlaCheckDue(now, 10)).containsExactly(open.id());
        }
    }
}
