package com.servelink.adapter.persistence.migration;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageAlertId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.TeamId;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V5 on a database that already holds alerts: an alert stored before it gets the key the domain
 * builds for it, so that the same alert raised again after the upgrade is not added twice.
 */
class UsageAlertKeyMigrationTest {
    private static final TeamId TEAM = new TeamId("team_migrated");
    private static final YearMonth MONTH = YearMonth.of(2025, 1);
    private static final Instant RAISED = Instant.parse("2025-01-25T10:00:00Z");

    @Test
    void on_h2_an_alert_of_version_4_keeps_its_uniqueness_under_its_new_key() throws SQLException {
        String url = "jdbc:h2:mem:migration_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        migrateToVersion4(url, "h2", Optional.empty());
        insertVersion4Alert(url, Optional.empty());
        checkUpgraded(DatabaseSettings.of(url, null, null, 2));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
            disabledReason = "SERVELINK_TEST_PG_URL is not set: the PostgreSQL migration is not checked")
    void on_postgresql_an_alert_of_version_4_keeps_its_uniqueness_under_its_new_key() throws SQLException {
        String url = System.getenv(DatabaseFixture.PG_URL_VARIABLE);
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            migrateToVersion4(url, "postgresql", Optional.of(schema));
            insertVersion4Alert(url, Optional.of(schema));
            checkUpgraded(new DatabaseSettings(url, null, null, 2, Optional.of(schema)));
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static void migrateToVersion4(String url, String vendor, Optional<String> schema) {
        var flyway = Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target("4");
        schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s));
        flyway.load().migrate();
    }

    private static void insertVersion4Alert(String url, Optional<String> schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            if (schema.isPresent()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set search_path to " + schema.get());
                }
            }
            OffsetDateTime raised = OffsetDateTime.ofInstant(RAISED, ZoneOffset.UTC);
            try (PreparedStatement team = connection.prepareStatement(
                    "insert into team (id, slug, name, plan, created_at) values (?, 'migrated', 'Migrated', 'pro', ?)")) {
                team.setString(1, TEAM.value());
                team.setObject(2, raised);
                team.executeUpdate();
            }
            try (PreparedStatement alert = connection.prepareStatement("""
                    insert into usage_alert (id, team_id, metric, level, usage_month, used, usage_limit, created_at)
                    values ('alert_v4', ?, 'traffic_gb', 'warning', '2025-01', 81.5, 100, ?)""")) {
                alert.setString(1, TEAM.value());
                alert.setObject(2, raised);
                alert.executeUpdate();
            }
        }
    }

    private static void checkUpgraded(DatabaseSettings settings) {
        try (Database database = Database.start(settings, Clock.systemUTC())) {
            List<UsageAlert> alerts = database.usageAlerts().findByTeam(TEAM, Optional.of(MONTH));
            assertThat(alerts).singleElement().satisfies(alert -> {
                assertThat(alert.id()).isEqualTo(new UsageAlertId("alert_v4"));
                assertThat(alert.key()).isEqualTo(
                        UsageAlert.Key.threshold(TEAM, UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, MONTH));
                assertThat(alert.reachesLimitOn()).isEmpty();
                assertThat(alert.suggestion()).isEmpty();
                assertThat(alert.cliff()).isEmpty();
            });
            assertThat(database.usageAlerts().addIfAbsent(alert(AlertLevel.WARNING))).isFalse();
            assertThat(database.usageAlerts().addIfAbsent(alert(AlertLevel.CRITICAL))).isTrue();
        }
    }

    private static UsageAlert alert(AlertLevel level) {
        return new UsageAlert(UsageAlertId.fromOpaque(UUID.randomUUID().toString().substring(0, 8)), TEAM,
                UsageMetric.TRAFFIC_GB, level, MONTH, new BigDecimal("90"), new BigDecimal("100"),
                RAISED.plusSeconds(60));
    }
}
