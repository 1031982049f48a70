package com.servelink.adapter.persistence.migration;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.domain.support.AuthorType;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.ServiceFigures;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.team.UserId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.math.BigDecimal;
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
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V16 on a database that already holds answered tickets: the stored durations are generated for
 * the old rows, the reply counter is backfilled from the messages (public support replies only,
 * not notes, not the customer's), and a reply added afterwards is counted.
 */
class TicketServiceColumnsMigrationTest {
    private static final Instant CREATED = Instant.parse("2025-01-25T10:00:00Z");

    @Test
    void on_h2_tickets_of_version_15_get_their_service_columns() throws SQLException {
        String url = "jdbc:h2:mem:migration_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        migrateToVersion15(url, "h2", Optional.empty());
        insertVersion15Tickets(url, Optional.empty());
        checkUpgraded(DatabaseSettings.of(url, null, null, 2));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
            disabledReason = "SERVELINK_TEST_PG_URL is not set: the PostgreSQL migration is not checked")
    void on_postgresql_tickets_of_version_15_get_their_service_columns() throws SQLException {
        String url = System.getenv(DatabaseFixture.PG_URL_VARIABLE);
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            migrateToVersion15(url, "postgresql", Optional.of(schema));
            insertVersion15Tickets(url, Optional.of(schema));
            checkUpgraded(new DatabaseSettings(url, null, null, 2, Optional.of(schema)));
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static void migrateToVersion15(String url, String vendor, Optional<String> schema) {
        var flyway = Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target("15");
        schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s));
        flyway.load().migrate();
    }

    /**
     * Two resolved tickets (after 2 h and 4 h; the first answered once with a note and the
     * customer's thanks beside it, the second answered twice) and one open, never answered.
     */
    private static void insertVersion15Tickets(String url, Optional<String> schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            if (schema.isPresent()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set search_path to " + schema.get());
                }
            }
            try (PreparedStatement team = connection.prepareStatement(
                    "insert into team (id, slug, name, plan, created_at) values ('team_old', 'old', 'Old', 'pro', ?)")) {
                team.setObject(1, utc(CREATED));
                team.executeUpdate();
            }
            ticket(connection, "ticket_once", Duration.ofHours(2));
            ticket(connection, "ticket_twice", Duration.ofHours(4));
            ticket(connection, "ticket_open", null);
            message(connection, "msg_1", "ticket_once", "user", false, 0);
            message(connection, "msg_2", "ticket_once", "support", true, 10);
            message(connection, "msg_3", "ticket_once", "support", false, 30);
            message(connection, "msg_4", "ticket_once", "user", false, 40);
            message(connection, "msg_5", "ticket_twice", "user", false, 0);
            message(connection, "msg_6", "ticket_twice", "support", false, 60);
            message(connection, "msg_7", "ticket_twice", "support", false, 120);
            message(connection, "msg_8", "ticket_open", "user", false, 0);
        }
    }

    private static void ticket(Connection connection, String id, Duration resolvedAfter) throws SQLException {
        try (PreparedStatement ticket = connection.prepareStatement("""
                insert into support_ticket (id, team_id, user_id, subject, description, priority, priority_rank,
                    status, category, created_at, updated_at, first_responded_at, first_response_due_at,
                    resolved_at, search_text)
                values (?, 'team_old', 42, 'Ancien', 'Ancien ticket', 'high', 2, ?, 'technical', ?, ?, ?, ?, ?, 'ancien')""")) {
            Instant resolved = resolvedAfter == null ? null : CREATED.plus(resolvedAfter);
            ticket.setString(1, id);
            ticket.setString(2, resolved == null ? "open" : "resolved");
            ticket.setObject(3, utc(CREATED));
            ticket.setObject(4, utc(resolved == null ? CREATED : resolved));
            ticket.setObject(5, resolved == null ? null : utc(CREATED.plus(Duration.ofMinutes(30))));
            ticket.setObject(6, utc(CREATED.plus(Duration.ofHours(4))));
            ticket.setObject(7, resolved == null ? null : utc(resolved));
            ticket.executeUpdate();
        }
    }

    private static void message(Connection connection, String id, String ticketId, String author, boolean internal,
                                int minutes) throws SQLException {
        try (PreparedStatement message = connection.prepareStatement("""
                insert into support_message (id, ticket_id, user_id, author_type, message, is_internal, created_at,
                    search_text) values (?, ?, 42, ?, 'text', ?, ?, 'text')""")) {
            message.setString(1, id);
            message.setString(2, ticketId);
            message.setString(3, author);
            message.setBoolean(4, internal);
            message.setObject(5, utc(CREATED.plus(Duration.ofMinutes(minutes))));
            message.executeUpdate();
        }
    }

    private static void checkUpgraded(DatabaseSettings settings) {
        try (Database database = Database.start(settings, Clock.systemUTC())) {
            var tickets = database.tickets();
            ServiceFigures service = tickets.statistics(Optional.empty(), StatisticsPeriod.ALL_TIME).service();
            assertThat(service.resolution().n()).isEqualTo(2);
            assertThat(service.resolution().meanHours()).contains(new BigDecimal("3.00"));
            assertThat(service.resolution().medianHours()).contains(new BigDecimal("3.00"));
            assertThat(service.firstResponse().n()).isEqualTo(2);
            assertThat(service.firstResponse().medianHours()).contains(new BigDecimal("0.50"));
            assertThat(service.resolvedAtFirstContact()).isEqualTo(1);

            // a note on the ticket answered once is not a reply: still a first-contact resolution
            tickets.addMessage(new Message(new MessageId("msg_9"), new TicketId("ticket_once"),
                    Optional.of(new UserId(42)), AuthorType.SUPPORT, "for the team", true,
                    CREATED.plus(Duration.ofHours(3))));
            assertThat(tickets.statistics(Optional.empty(), StatisticsPeriod.ALL_TIME).service()
                    .resolvedAtFirstContact()).isEqualTo(1);
            // a second public reply on it is
            tickets.addMessage(new Message(new MessageId("msg_10"), new TicketId("ticket_once"),
                    Optional.of(new UserId(42)), AuthorType.SUPPORT, "one more thing", false,
                    CREATED.plus(Duration.ofHours(5))));
            assertThat(tickets.statistics(Optional.empty(), StatisticsPeriod.ALL_TIME).service()
                    .resolvedAtFirstContact()).isZero();
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
