package com.servelink.adapter.persistence.migration;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.domain.team.ApiTokenId;
import com.servelink.domain.team.UserId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V7 on a database that already holds tokens: a token issued before still opens the API, and
 * gets an id derived from its hash, by which it can be listed and revoked.
 */
class ApiTokenLifecycleMigrationTest {
    private static final String TOKEN = "slk_issued_by_version_6";
    private static final Instant CREATED = Instant.parse("2025-01-25T10:00:00Z");

    @Test
    void on_h2_a_token_of_version_6_keeps_working_and_gets_an_id() throws SQLException {
        String url = "jdbc:h2:mem:migration_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        migrateToVersion6(url, "h2", Optional.empty());
        insertVersion6Token(url, Optional.empty());
        checkUpgraded(DatabaseSettings.of(url, null, null, 2));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
            disabledReason = "SERVELINK_TEST_PG_URL is not set: the PostgreSQL migration is not checked")
    void on_postgresql_a_token_of_version_6_keeps_working_and_gets_an_id() throws SQLException {
        String url = System.getenv(DatabaseFixture.PG_URL_VARIABLE);
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            migrateToVersion6(url, "postgresql", Optional.of(schema));
            insertVersion6Token(url, Optional.of(schema));
            checkUpgraded(new DatabaseSettings(url, null, null, 2, Optional.of(schema)));
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static void migrateToVersion6(String url, String vendor, Optional<String> schema) {
        var flyway = Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target("6");
        schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s));
        flyway.load().migrate();
    }

    private static void insertVersion6Token(String url, Optional<String> schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            if (schema.isPresent()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set search_path to " + schema.get());
                }
            }
            OffsetDateTime created = OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC);
            try (PreparedStatement user = connection.prepareStatement("""
                    insert into app_user (id, email, email_normalized, name, is_support, created_at)
                    values (5000, 'old@example.com', 'old@example.com', 'Old', false, ?)""")) {
                user.setObject(1, created);
                user.executeUpdate();
            }
            try (PreparedStatement token = connection.prepareStatement(
                    "insert into api_token (token_hash, user_id, created_at) values (?, 5000, ?)")) {
                token.setString(1, ApiTokens.hash(TOKEN));
                token.setObject(2, created);
                token.executeUpdate();
            }
        }
    }

    private static void checkUpgraded(DatabaseSettings settings) {
        try (Database database = Database.start(settings, Clock.systemUTC())) {
            var holder = database.apiTokens().findByHash(ApiTokens.hash(TOKEN)).orElseThrow();
            ApiTokenId id = new ApiTokenId("tok_" + ApiTokens.hash(TOKEN).substring(0, 24));
            assertThat(holder.token().id()).isEqualTo(id);
            assertThat(holder.token().createdAt()).isEqualTo(CREATED);
            assertThat(holder.token().expiresAt()).isEmpty();
            assertThat(database.apiTokens().findByUser(new UserId(5000))).extracting(t -> t.id()).containsExactly(id);
            assertThat(database.apiTokens().revoke(new UserId(5000), id, CREATED.plusSeconds(60)))
                    .contains(ApiTokens.hash(TOKEN));
            assertThat(database.apiTokens().findByHash(ApiTokens.hash(TOKEN))).isEmpty();
        }
    }
}
