package com.servelink.adapter.scheduler;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh Quartz job store: an in-memory H2, or a new schema of the PostgreSQL named by
 * {@code SERVELINK_TEST_PG_URL}, with the tables from the Quartz jar's own scripts (the same the
 * persistence adapter's migrations carry).
 */
final class JobStoreFixture implements AutoCloseable {
    static final String PG_URL_VARIABLE = "SERVELINK_TEST_PG_URL";

    final HikariDataSource dataSource;
    final boolean postgres;
    private final Runnable cleanup;

    private JobStoreFixture(HikariDataSource dataSource, boolean postgres, Runnable cleanup) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.cleanup = cleanup;
    }

    static JobStoreFixture h2() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:quartz_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        config.setMaximumPoolSize(8);
        HikariDataSource dataSource = new HikariDataSource(config);
        run(dataSource, "tables_h2.sql");
        return new JobStoreFixture(dataSource, false, () -> {
        });
    }

    static JobStoreFixture postgres() {
        String url = System.getenv(PG_URL_VARIABLE);
        String schema = "quartz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "create schema " + schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(8);
        config.setConnectionInitSql("set search_path to " + schema);
        HikariDataSource dataSource = new HikariDataSource(config);
        run(dataSource, "tables_postgres.sql");
        return new JobStoreFixture(dataSource, true, () -> execute(url, "drop schema if exists " + schema + " cascade"));
    }

    private static void run(HikariDataSource dataSource, String script) {
        String sql;
        try (InputStream in = JobStoreFixture.class.getClassLoader()
                .getResourceAsStream("org/quartz/impl/jdbcjobstore/" + script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                String trimmed = statement.trim();
                if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase("commit")
                        && !trimmed.toUpperCase().startsWith("DROP")) {
                    s.execute(trimmed);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
        cleanup.run();
    }
}
