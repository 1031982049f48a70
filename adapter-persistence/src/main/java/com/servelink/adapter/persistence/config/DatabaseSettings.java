package com.servelink.adapter.persistence.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is. A {@code jdbc:postgresql:} URL selects PostgreSQL, a {@code jdbc:h2:}
 * URL the embedded H2 (run in its PostgreSQL mode so that one set of migrations serves both).
 * {@code schema} confines everything to one schema (tests use a fresh one per run).
 */
public record DatabaseSettings(String url, String user, String password, int poolSize, Optional<String> schema) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(schema, "schema");
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("SERVELINK_DB_URL must start with jdbc:postgresql: or jdbc:h2:, got " + url);
        }
        if (poolSize < 1 || poolSize > 500) {
            throw new IllegalArgumentException("SERVELINK_DB_POOL_SIZE must be from 1 to 500, got " + poolSize);
        }
        if (schema.isPresent() && !schema.get().matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema must be a plain lower-case identifier: " + schema.get());
        }
    }

    public static DatabaseSettings of(String url, String user, String password, int poolSize) {
        return new DatabaseSettings(url, user, password, poolSize, Optional.empty());
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The vendor folder of migrations that only this database needs. */
    String vendor() {
        return isPostgres() ? "postgresql" : "h2";
    }

    /** The URL as given, with H2's PostgreSQL mode switched on when the URL does not choose a mode. */
    String effectiveUrl() {
        if (isPostgres() || url.toUpperCase(java.util.Locale.ROOT).contains(";MODE=")) {
            return url;
        }
        return url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }
}
