package bare;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A ceiling beside the load test's bare stack (docs/benchmarks.md, issue 17): the limits request's one
 * statement on Vert.x's asynchronous, pipelining PostgreSQL client under Undertow, no worker threads.
 * Arguments: port, database, event loops, pool size, pipelining limit. GET /one/<n> as BareJdbcServer.
 */
public final class BareVertxServer {
    private static final String MEMBER_UNITS = """
            select t.id, t.slug, t.name, t.plan, m.role, r.resource_type, sum(r.quantity)
            from team t
            join team_membership m on m.team_id = t.id
            left join additional_resource r on r.team_id = t.id and r.status = 'active'
                and r.expires_at > $1
            where t.slug = $2 and m.user_id = $3
            group by t.id, t.slug, t.name, t.plan, m.role, r.resource_type""";

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Integer.parseInt(args[2])));
        PgPool pool = PgPool.pool(vertx, new PgConnectOptions().setHost("127.0.0.1").setPort(5432)
                        .setDatabase(args[1]).setUser("postgres").setCachePreparedStatements(true)
                        .setPipeliningLimit(Integer.parseInt(args[4])),
                new PoolOptions().setMaxSize(Integer.parseInt(args[3])));
        Undertow.builder().addHttpListener(port, "127.0.0.1").setHandler(exchange -> {
            String path = exchange.getRelativePath();
            int n = Integer.parseInt(path.substring(5));
            exchange.dispatch(SameThreadExecutor.INSTANCE, () ->
                    pool.preparedQuery(MEMBER_UNITS).execute(Tuple.of(OffsetDateTime.now(ZoneOffset.UTC), "load-" + n, 1000L + n))
                            .onComplete(ar -> {
                                String body = ar.succeeded() ? json(ar.result()) : "{\"error\":\"" + ar.cause() + "\"}";
                                int status = ar.succeeded() ? 200 : 500;
                                exchange.getIoThread().execute(() -> send(exchange, status, body));
                            }));
        }).build().start();
    }

    private static String json(RowSet<Row> rows) {
        StringBuilder json = null;
        for (Row row : rows) {
            if (json == null) {
                json = new StringBuilder("{\"plan\":\"").append(row.getString(3)).append('"');
            }
            if (row.getString(5) != null) {
                json.append(",\"").append(row.getString(5)).append("\":").append(row.getValue(6));
            }
        }
        return json == null ? "{}" : json.append('}').toString();
    }

    private static void send(HttpServerExchange exchange, int status, String body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
    }
}
