package com.servelink.adapter.persistence.migration;

import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.TeamId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V6 on a database that already holds samples: the rollups it creates sum them as the reads expect. */
class UsageRollupMigrationTest {
    private static final TeamId TEAM = new TeamId("team_rolled");

    @Test
    void on_h2_the_samples_of_version_5_are_rolled_up() throws SQLException {
        String url = "jdbc:h2:mem:rollup_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        migrateToVersion5(url, "h2", Optional.empty());
        insertVersion5Samples(url, Optional.empty());
        checkRolledUp(DatabaseSettings.of(url, null, null, 2));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = DatabaseFixture.PG_URL_VARIABLE, matches = ".+",
            disabledReason = "SERVELINK_TEST_PG_URL is not set: the PostgreSQL migration is not checked")
    void on_postgresql_the_samples_of_version_5_are_rolled_up() throws SQLException {
        String url = System.getenv(DatabaseFixture.PG_URL_VARIABLE);
        String schema = "rollup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            migrateToVersion5(url, "postgresql", Optional.of(schema));
            insertVersion5Samples(url, Optional.of(schema));
            checkRolledUp(new DatabaseSettings(url, null, null, 2, Optional.of(schema)));
        } finally {
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static void migrateToVersion5(String url, String vendor, Optional<String> schema) {
        var flyway = Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target("5");
        schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s));
        flyway.load().migrate();
    }

    private static void insertVersion5Samples(String url, Optional<String> schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            if (schema.isPresent()) {
                statement.execute("set search_path to " + schema.get());
            }
            statement.execute("insert into team (id, slug, name, plan, created_at) values ('" + TEAM.value()
                    + "', 'rolled', 'Rolled', 'pro', current_timestamp)");
            for (String project : new String[]{"prj_a", "prj_b"}) {
                statement.execute("insert into project (id, team_id, name, status, created_at) values ('" + project
                        + "', '" + TEAM.value() + "', '" + project + "', 'active', current_timestamp)");
            }
            statement.execute("""
                    insert into usage_sample (project_id, usage_date, metric, amount) values
                    ('prj_a', '2025-01-01', 'traffic_gb', 1.5), ('prj_b', '2025-01-01', 'traffic_gb', 2),
                    ('prj_a', '2025-01-02', 'memory_mb_peak', 300), ('prj_b', '2025-01-02', 'memory_mb_peak', 200),
                    ('prj_a', '2025-02-01', 'traffic_gb', 4)""");
        }
    }

    private static void checkRolledUp(DatabaseSettings settings) {
        try (Database database = Database.start(settings, Clock.systemUTC())) {
            var january = YearMonth.of(2025, 1);
            assertThat(database.usage().dailyTotals(TEAM, january.atDay(1), january.atEndOfMonth()))
                    .extracting(t -> t.metric().code() + " " + t.day() + " " + t.total().toPlainString())
                    .containsExactly("memory_mb_peak 2025-01-02 500", "traffic_gb 2025-01-01 3.5");
            assertThat(database.usage().topProjectsByTraffic(TEAM, january, 5))
                    .extracting(p -> p.projectId().value() + " " + p.usage().of(UsageMetric.TRAFFIC_GB).toPlainString()
                            + " " + p.usage().of(UsageMetric.MEMORY_MB_PEAK).toPlainString())
                    .containsExactly("prj_b 2 200", "prj_a 1.5 300");
            assertThat(database.usage().monthlyTotals(TEAM, YearMonth.of(2025, 2)).of(UsageMetric.TRAFFIC_GB))
                    .isEqualByComparingTo("4");
            assertThat(database.usage().dailyTotals(TEAM, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1)))
                    .hasSize(1);
        }
    }
}
