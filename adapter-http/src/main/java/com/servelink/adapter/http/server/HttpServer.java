package com.servelink.adapter.http.server;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.error.TooManyRequests;
import com.servelink.adapter.http.json.Json;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.AuthenticateUseCase;
import com.servelink.application.port.in.access.TokenHash;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.xnio.IoUtils;
import org.xnio.Options;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Undertow server: routes, authentication by access level, blocking work on the worker
 * pool (never on the IO threads, which read bodies and write replies), problem+json for every
 * failure, and graceful shutdown that lets requests in flight finish. Every request has an id
 * ({@code X-Request-Id}, in the MDC of its log lines and in its problem+json), an access-log line
 * and its metrics.
 */
public final class HttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
    private static final HttpString REQUEST_ID_HEADER = new HttpString(RequestIds.HEADER);
    private static final AttachmentKey<String> REQUEST_ID = AttachmentKey.create(String.class);

    private final List<Route> routes;
    private final AuthenticateUseCase authenticate;
    private final RateLimits rateLimits;
    private final GracefulShutdownHandler root;
    private final RequestObserver observer;
    private Undertow undertow;

    public HttpServer(List<Route> routes, AuthenticateUseCase authenticate) {
        this(routes, authenticate, RequestMetrics.NONE, RateLimits.off());
    }

    public HttpServer(List<Route> routes, AuthenticateUseCase authenticate, RequestMetrics metrics) {
        this(routes, authenticate, metrics, RateLimits.off());
    }

    public HttpServer(List<Route> routes, AuthenticateUseCase authenticate, RateLimits rateLimits) {
        this(routes, authenticate, RequestMetrics.NONE, rateLimits);
    }

    public HttpServer(List<Route> routes, AuthenticateUseCase authenticate, RequestMetrics metrics,
                      RateLimits rateLimits) {
        this.routes = List.copyOf(routes);
        this.authenticate = authenticate;
        this.observer = new RequestObserver(metrics);
        this.rateLimits = rateLimits;
        RouteTable table = new RouteTable(this.routes);
        this.root = new GracefulShutdownHandler(exchange -> route(table, exchange));
    }

    /**
     * On the IO thread: names the request, finds the route, or answers 404 or 405 there and then.
     * The request id is in the MDC while this thread works on it.
     */
    private void route(RouteTable table, HttpServerExchange exchange) {
        long started = System.nanoTime();
        String requestId = RequestIds.acceptOrGenerate(exchange.getRequestHeaders().getFirst(REQUEST_ID_HEADER));
        exchange.putAttachment(REQUEST_ID, requestId);
        String method = exchange.getRequestMethod().toString();
        RouteTable.Lookup lookup = table.find(method, exchange.getRelativePath());
        String template = lookup instanceof RouteTable.Found found ? found.route().template()
                : lookup instanceof RouteTable.WrongMethod ? RequestObserver.METHOD_NOT_ALLOWED
                : RequestObserver.NOT_FOUND;
        exchange.addExchangeCompleteListener(observer.onCompletion(requestId, method, template, started));
        MDC.put(RequestIds.KEY, requestId);
        try {
            Optional<HttpError> overLimits = RequestLimits.violation(exchange);
            if (overLimits.isPresent()) {
                exchange.setPersistent(false);
                sendProblem(exchange, overLimits.get());
            } else {
                dispatch(lookup, method, exchange);
            }
        } finally {
            MDC.remove(RequestIds.KEY);
        }
    }

    private void dispatch(RouteTable.Lookup lookup, String method, HttpServerExchange exchange) {
        if (lookup instanceof RouteTable.Found found) {
            handle(found.route(), found.parameters(), exchange);
        } else if (lookup instanceof RouteTable.WrongMethod wrong) {
            exchange.getResponseHeaders().put(Headers.ALLOW, String.join(", ", wrong.allowed()));
            send(exchange, problem(new HttpError(405, "Method not allowed",
                    method + " is not allowed on " + exchange.getRequestPath()), exchange));
        } else {
            sendProblem(exchange, HttpError.notFound("no route for " + method + " " + exchange.getRequestPath()));
        }
    }

    public List<Route> routes() {
        return routes;
    }

    public synchronized void start(String host, int port) {
        start(host, port, 8 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param workerThreads the blocking-work pool; more threads than database connections only
     *                      queue on the connection pool, so the composition root sizes it from that
     */
    public synchronized void start(String host, int port, int workerThreads) {
        start(host, port, workerThreads, Optional.empty());
    }

    /** @param timeouts when absent, Undertow's defaults: a silent client holds its connection for ever */
    public synchronized void start(String host, int port, int workerThreads, Optional<ServerTimeouts> timeouts) {
        Undertow.Builder builder = Undertow.builder();
        timeouts.ifPresent(t -> builder
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, t.readMillis())
                .setSocketOption(Options.READ_TIMEOUT, t.readMillis())
                .setServerOption(UndertowOptions.IDLE_TIMEOUT, t.idleMillis())
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, t.noRequestMillis()));
        undertow = builder
                .addHttpListener(port, host)
                .setWorkerThreads(workerThreads)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) Call.MAX_DRAINED_BYTES)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, RequestLimits.PARSER_MAX_HEAD_BYTES)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, RequestLimits.PARSER_MAX_PARAMETERS)
                .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
                .setHandler(root)
                .build();
        undertow.start();
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** Stops accepting requests, waits up to {@code grace} for those in flight, then stops. */
    public synchronized void stop(Duration grace) {
        if (undertow == null) {
            return;
        }
        root.shutdown();
        try {
            if (!root.awaitShutdown(grace.toMillis())) {
                LOG.warn("requests still in flight after {}; stopping anyway", grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        undertow = null;
    }

    /**
     * Reads the body on the IO thread without blocking, runs the route on a worker, and hands
     * the reply back to the IO thread. Ending every exchange on its own IO thread matters under
     * load: when a worker ends it, Undertow's read listener busy-waits on the connection's state
     * until that worker runs again, which on a small machine costs up to a third of the CPU.
     */
    private void handle(Route route, Map<String, String> parameters, HttpServerExchange exchange) {
        if (!hasBody(exchange)) {
            exchange.dispatch(worker(route, parameters, RequestBody.EMPTY));
        } else if (exchange.getRequestContentLength() > Call.MAX_DRAINED_BYTES) {
            exchange.dispatch(worker(route, parameters, RequestBody.TOO_LARGE));
        } else {
            RequestBody.Collector collector = new RequestBody.Collector(Call.MAX_BODY_BYTES);
            exchange.getRequestReceiver().receivePartialBytes((ex, bytes, last) -> {
                collector.add(bytes);
                if (last) {
                    ex.dispatch(worker(route, parameters, collector.body()));
                }
            }, (ex, failure) -> {
                if (failure instanceof RequestTooBigException) { // over the server's 1 MiB entity limit
                    ex.setPersistent(false);
                    sendProblem(ex, Call.tooLarge());
                } else {
                    LOG.debug("request body not read", failure);
                    IoUtils.safeClose(ex.getConnection());
                }
            });
        }
    }

    private HttpHandler worker(Route route, Map<String, String> parameters, RequestBody body) {
        return exchange -> {
            // set on the worker, removed before the thread serves another request
            MDC.put(RequestIds.KEY, exchange.getAttachment(REQUEST_ID));
            try {
                run(route, parameters, body, exchange);
            } finally {
                MDC.remove(RequestIds.KEY);
            }
        };
    }

    private void run(Route route, Map<String, String> parameters, RequestBody body, HttpServerExchange exchange) {
        Reply reply;
        try {
            Actor actor = authenticateFor(route.access(), exchange);
            reply = route.handler().handle(new Call(exchange, actor, parameters, body));
        } catch (Throwable failure) {
            reply = problem(failure, exchange);
        }
        if (reply.streamed() != null) {
            stream(exchange, reply);
            return;
        }
        Reply answer = reply;
        exchange.dispatch(exchange.getIoThread(), io -> send(io, answer));
    }

    /**
     * Writes a streamed reply from this worker, blocking, in chunks: the refusals were answered
     * before (the handler checks, then returns the writer). A failure once bytes are out can no
     * longer become a problem document: the connection is closed, so the client sees a truncated
     * answer rather than a complete-looking one.
     */
    private static void stream(HttpServerExchange exchange, Reply reply) {
        headers(exchange, reply);
        exchange.startBlocking();
        try (OutputStream out = exchange.getOutputStream()) {
            reply.streamed().writeTo(out);
        } catch (Throwable failure) {
            LOG.warn("streamed answer to {} broken off: {}", exchange.getRequestPath(), failure.toString());
            IoUtils.safeClose(exchange.getConnection());
        } finally {
            exchange.endExchange();
        }
    }

    private static boolean hasBody(HttpServerExchange exchange) {
        return exchange.getRequestContentLength() > 0
                || exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    }

    /** Authentication comes before anything else: no token on an unknown team is still a 401. */
    private Actor authenticateFor(Access access, HttpServerExchange exchange) {
        if (access == Access.PUBLIC || access == Access.PROVIDER) {
            return null;
        }
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw HttpError.unauthorized("a bearer token is required (Authorization: Bearer <token>)");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw HttpError.unauthorized("the Authorization header must use the Bearer scheme");
        }
        InetAddress client = Call.clientAddress(exchange);
        rateLimits.checkAddress(client);
        // hashed once: the look-up, the memory of callers and the rate limit all key on the hash
        Optional<TokenHash> token = TokenHash.ofToken(header.substring(7).trim());
        Optional<Actor> actor = token.flatMap(authenticate::authenticate);
        if (actor.isEmpty()) {
            rateLimits.failedAuthentication(client);
            throw HttpError.unauthorized("the bearer token is not valid");
        }
        rateLimits.checkToken(token.get());
        boolean operator = actor.get() instanceof Actor.Operator;
        if (access == Access.USER && operator) {
            throw HttpError.unauthorized("the admin token is valid on /api/admin/ only");
        }
        if (access == Access.OPERATOR && !operator) {
            throw HttpError.forbidden("this route is reserved to the platform operator");
        }
        return actor.get();
    }

    private static void send(HttpServerExchange exchange, Reply reply) {
        headers(exchange, reply);
        exchange.getResponseSender().send(ByteBuffer.wrap(reply.body()));
    }

    private static void headers(HttpServerExchange exchange, Reply reply) {
        exchange.setStatusCode(reply.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, reply.contentType());
        exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(REQUEST_ID_HEADER, exchange.getAttachment(REQUEST_ID));
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().put(new HttpString(name), value));
        reply.cookies().forEach(cookie -> exchange.getResponseHeaders().add(Headers.SET_COOKIE, cookie));
    }

    /** For the IO thread's own answers (no route, wrong method, unreadable body). */
    private static void sendProblem(HttpServerExchange exchange, Throwable failure) {
        if (exchange.isResponseStarted()) {
            LOG.warn("failure after the response started", failure);
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().clear();
        send(exchange, problem(failure, exchange));
    }

    /** The failure's problem, with the request's id so a report can be matched with the logs. */
    private static Reply problem(Throwable failure, HttpServerExchange exchange) {
        Problems.Problem problem = Problems.of(failure);
        Map<String, Object> body = new LinkedHashMap<>(problem.body());
        body.put(RequestIds.KEY, exchange.getAttachment(REQUEST_ID));
        Map<String, String> headers = problem.status() == 401
                ? Map.of(Headers.WWW_AUTHENTICATE_STRING, "Bearer realm=\"servelink\"")
                : failure instanceof TooManyRequests limited
                ? Map.of(Headers.RETRY_AFTER_STRING, Long.toString(limited.retryAfterSeconds()))
                : Map.of();
        return new Reply(problem.status(), Problems.CONTENT_TYPE, Json.write(body), headers);
    }
}
