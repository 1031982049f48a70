package com.servelink.bootstrap.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.xnio.Options;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The third ceiling of the load test: what the same stack (Undertow, HikariCP, the PostgreSQL
 * driver) does with no code of ours. Each {@code GET /<n>} runs the two statements the limits
 * request ran before issue 17 for load team n, one connection per statement; each
 * {@code GET /one/<n>} runs the one statement it runs now (membership, team, plan and the add-on
 * sums, as {@code JdbcTeamLimitsReader} sends it). Both on a worker, answering on the IO thread;
 * with {@code -Dbare.inline=true}, on as many IO threads as the pool has connections, with no
 * worker (the hand-off's cost, docs/benchmarks.md).
 * Not a test; started by {@code scripts/load-test.sh} with the port, the database URL and the
 * pool size.
 */
public final class BareJdbcServer {
    private static final String MEMBERSHIP = """
            select t.id, t.slug, t.name, t.plan, m.role from team t
            join team_membership m on m.team_id = t.id
            where t.slug = ? and m.user_id = ?""";
    private static final String UNITS = """
            select resource_type, sum(quantity) from additional_resource
            where team_id = ? and status = 'active' and expires_at > cast(? as timestamp with time zone)
            group by resource_type""";

    private static final String MEMBER_UNITS = """
            select t.id, t.slug, t.name, t.plan, m.role, r.resource_type, sum(r.quantity)
            from team t
            join team_membership m on m.team_id = t.id
            left join additional_resource r on r.team_id = t.id and r.status = 'active'
                and r.expires_at > cast(? as timestamp with time zone)
            where t.slug = ? and m.user_id = ?
            group by t.id, t.slug, t.name, t.plan, m.role, r.resource_type""";

    private BareJdbcServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[1]);
        int pool = Integer.parseInt(args[2]);
        config.setMaximumPoolSize(pool);
        HikariDataSource dataSource = new HikariDataSource(config);
        Undertow.Builder builder = Undertow.builder();
        if (Boolean.getBoolean("bare.timeouts")) { // the server's own timeouts (HttpTimeouts.DEFAULTS), to weigh their cost
            builder.setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 30_000)
                    .setSocketOption(Options.READ_TIMEOUT, 30_000)
                    .setServerOption(UndertowOptions.IDLE_TIMEOUT, 120_000)
                    .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000);
        }
        if (Boolean.getBoolean("bare.inline")) { // no hand-off: each IO thread runs the statement itself
            builder.addHttpListener(port, "127.0.0.1").setIoThreads(pool)
                    .setHandler(exchange -> answer(dataSource, exchange.getRelativePath()).sendOn(exchange))
                    .build().start();
            return;
        }
        builder.addHttpListener(port, "127.0.0.1").setWorkerThreads(pool).setHandler(exchange ->
                exchange.dispatch(() -> {
                    Answer answer = answer(dataSource, exchange.getRelativePath());
                    exchange.dispatch(exchange.getIoThread(), answer::sendOn);
                })).build().start();
    }

    private record Answer(int status, String body) {
        void sendOn(HttpServerExchange exchange) {
            send(exchange, status, body);
        }
    }

    /** {@code /one/<n>}: the one statement; {@code /<n>}: the two of before. */
    private static Answer answer(HikariDataSource dataSource, String path) {
        try {
            return new Answer(200, path.startsWith("/one/")
                    ? oneStatement(dataSource, Integer.parseInt(path.substring(5)))
                    : limits(dataSource, Integer.parseInt(path.substring(1))));
        } catch (SQLException | RuntimeException e) {
            return new Answer(500, "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
        }
    }

    /** One connection per statement, as the server's reads outside a unit of work take them. */
    private static String limits(HikariDataSource dataSource, int n) throws SQLException {
        String[] team;
        try (Connection connection = dataSource.getConnection()) {
            team = membership(connection, n);
        }
        if (team == null) {
            return "{}";
        }
        try (Connection connection = dataSource.getConnection()) {
            return units(connection, team);
        }
    }

    /** The limits request's one statement (issue 17), on one connection. */
    private static String oneStatement(HikariDataSource dataSource, int n) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(MEMBER_UNITS)) {
            statement.setString(1, Instant.now().toString()); // bound as the server binds it
            statement.setString(2, "load-" + n);
            statement.setLong(3, 1000L + n);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return "{}";
                }
                StringBuilder json = new StringBuilder("{\"plan\":\"").append(row.getString(4)).append('"');
                do {
                    if (row.getString(6) != null) {
                        json.append(",\"").append(row.getString(6)).append("\":").append(row.getLong(7));
                    }
                } while (row.next());
                return json.append('}').toString();
            }
        }
    }

    private static String[] membership(Connection connection, int n) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MEMBERSHIP)) {
            statement.setString(1, "load-" + n);
            statement.setLong(2, 1000L + n);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new String[]{row.getString(1), row.getString(4)} : null;
            }
        }
    }

    private static String units(Connection connection, String[] team) throws SQLException {
        StringBuilder json = new StringBuilder("{\"plan\":\"").append(team[1]).append('"');
        try (PreparedStatement statement = connection.prepareStatement(UNITS)) {
            statement.setString(1, team[0]);
            statement.setString(2, Instant.now().toString()); // bound as the server binds it
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    json.append(",\"").append(row.getString(1)).append("\":").append(row.getLong(2));
                }
            }
        }
        return json.append('}').toString();
    }

    private static void send(HttpServerExchange exchange, int status, String body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
    }
}
