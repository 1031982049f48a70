package com.servelink.adapter.http.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for Stripe's API, in-process on loopback: it creates and answers Checkout
 * Sessions like Stripe (idempotency keys honoured, amounts in minor units, metadata kept),
 * records every request, and can be scripted to fail. Shared by the adapter's tests and the
 * end-to-end tests (published in adapter-http's test-jar).
 */
public final class FakeStripe implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request the fake received. */
    public record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            return form;
        }
    }

    private final HttpServer server;
    private final String apiKey;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
    private final Deque<Integer> scriptedStatuses = new ArrayDeque<>();
    private String scriptedBody;

    private FakeStripe(HttpServer server, String apiKey) {
        this.server = server;
        this.apiKey = apiKey;
    }

    /** Starts a fake that accepts only {@code apiKey}. */
    public static FakeStripe start(String apiKey) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeStripe fake = new FakeStripe(server, apiKey);
            server.createContext("/", fake::handle);
            server.setExecutor(fake.executor);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Recorded> requests() {
        return requests;
    }

    public Map<String, ObjectNode> sessions() {
        return sessions;
    }

    public ObjectNode session(String id) {
        return sessions.get(id);
    }

    /** The session created for one of our payments (its metadata names the payment). */
    public ObjectNode sessionFor(String paymentId) {
        return sessions.values().stream()
                .filter(s -> paymentId.equals(s.path("metadata").path("payment_id").asText()))
                .findFirst().orElse(null);
    }

    /** The next requests get these statuses, with an error body, whatever they ask. */
    public synchronized void answerNext(int... statuses) {
        for (int status : statuses) {
            scriptedStatuses.add(status);
        }
    }

    /** Every later request gets 200 with this body. */
    public synchronized void answerWithBody(String body) {
        scriptedBody = body;
    }

    /** Forgets the scripts and the recorded requests (sessions stay). */
    public synchronized void reset() {
        scriptedStatuses.clear();
        scriptedBody = null;
        requests.clear();
    }

    private synchronized Integer nextScriptedStatus() {
        return scriptedStatuses.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(recorded);
            Integer scripted = nextScriptedStatus();
            if (scripted != null) {
                respond(exchange, scripted, "{\"error\":{\"type\":\""
                        + (scripted >= 500 ? "api_error" : "invalid_request_error")
                        + "\",\"message\":\"scripted failure\"}}");
                return;
            }
            synchronized (this) {
                if (scriptedBody != null) {
                    respond(exchange, 200, scriptedBody);
                    return;
                }
            }
            if (!("Bearer " + apiKey).equals(recorded.header("Authorization"))) {
                respond(exchange, 401, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key\"}}");
            } else if (recorded.method().equals("GET") && recorded.path().equals("/v1/payment_methods")) {
                respond(exchange, 200, paymentMethods(exchange.getRequestURI().getRawQuery()));
            } else if (recorded.method().equals("POST") && recorded.path().equals("/v1/payment_intents")) {
                ObjectNode intent = createIntent(recorded);
                boolean declined = "requires_payment_method".equals(intent.path("status").asText());
                respond(exchange, declined ? 402 : 200, declined
                        ? JSON.writeValueAsString(JSON.createObjectNode().set("error", JSON.createObjectNode()
                        .put("type", "card_error").put("code", "card_declined")
                        .put("decline_code", "insufficient_funds").set("payment_intent", intent)))
                        : JSON.writeValueAsString(intent));
            } else if (recorded.method().equals("POST") && recorded.path().equals("/v1/refunds")) {
                respond(exchange, 200, JSON.writeValueAsString(createRefund(recorded)));
            } else if (recorded.method().equals("POST") && recorded.path().equals("/v1/checkout/sessions")) {
                respond(exchange, 200, JSON.writeValueAsString(create(recorded)));
            } else if (recorded.method().equals("GET") && recorded.path().startsWith("/v1/checkout/sessions/")) {
                ObjectNode session = sessions.get(recorded.path().substring("/v1/checkout/sessions/".length()));
                if (session == null) {
                    respond(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\"}}");
                } else {
                    respond(exchange, 200, JSON.writeValueAsString(session));
                }
            } else {
                respond(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\"}}");
            }
        }
    }

    private final Map<String, ObjectNode> refunds = new java.util.concurrent.ConcurrentHashMap<>();

    /** The Refunds made, by idempotency key (Stripe answers a repeated key with the first Refund). */
    public Map<String, ObjectNode> refunds() {
        return Map.copyOf(refunds);
    }

    private ObjectNode createRefund(Recorded recorded) {
        Map<String, String> form = recorded.form();
        return refunds.computeIfAbsent(recorded.header("Idempotency-Key"), key -> {
            ObjectNode refund = JSON.createObjectNode();
            refund.put("id", "re_fake_" + (refunds.size() + 1));
            refund.put("object", "refund");
            refund.put("amount", Long.parseLong(form.get("amount")));
            refund.put("payment_intent", form.get("payment_intent"));
            refund.put("status", "succeeded");
            return refund;
        });
    }

    private final Map<String, ObjectNode> intents = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> declining = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Off-session charges on this customer's card are declined (HTTP 402, card_declined). */
    public void declineCardsOf(String customer) {
        declining.add(customer);
    }

    /** The PaymentIntents created, by id (one per idempotency key, as Stripe keeps them). */
    public Map<String, ObjectNode> intents() {
        return Map.copyOf(intents);
    }

    /** One saved card per customer, except {@code cus_nocard}. */
    private static String paymentMethods(String query) throws IOException {
        String customer = query == null ? "" : java.util.Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith("customer=")).map(pair -> pair.substring("customer=".length()))
                .findFirst().orElse("");
        var data = JSON.createArrayNode();
        if (!customer.isEmpty() && !customer.equals("cus_nocard")) {
            data.addObject().put("id", "pm_card_" + customer).put("object", "payment_method").put("customer", customer);
        }
        return JSON.writeValueAsString(JSON.createObjectNode().put("object", "list").set("data", data));
    }

    private synchronized ObjectNode createIntent(Recorded request) {
        String key = request.header("Idempotency-Key");
        if (key != null && byIdempotencyKey.containsKey(key) && intents.containsKey(byIdempotencyKey.get(key))) {
            return intents.get(byIdempotencyKey.get(key));
        }
        Map<String, String> form = request.form();
        String id = "pi_test_" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode intent = JSON.createObjectNode().put("id", id).put("object", "payment_intent")
                .put("amount", Long.parseLong(form.get("amount"))).put("currency", form.get("currency"))
                .put("customer", form.get("customer")).put("payment_method", form.get("payment_method"))
                .put("status", declining.contains(form.get("customer")) ? "requires_payment_method" : "succeeded");
        ObjectNode metadata = intent.putObject("metadata");
        form.forEach((name, value) -> {
            if (name.startsWith("metadata[") && name.endsWith("]")) {
                metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
            }
        });
        intents.put(id, intent);
        if (key != null) {
            byIdempotencyKey.put(key, id);
        }
        return intent;
    }

    private synchronized ObjectNode create(Recorded request) {
        String key = request.header("Idempotency-Key");
        if (key != null && byIdempotencyKey.containsKey(key)) {
            return sessions.get(byIdempotencyKey.get(key));
        }
        Map<String, String> form = request.form();
        String id = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
        long amount = Long.parseLong(form.get("line_items[0][price_data][unit_amount]"))
                * Long.parseLong(form.get("line_items[0][quantity]"));
        ObjectNode session = JSON.createObjectNode()
                .put("id", id)
                .put("object", "checkout.session")
                .put("mode", form.get("mode"))
                .put("url", "https://checkout.stripe.com/c/pay/" + id)
                .put("status", "open")
                .put("payment_status", "unpaid")
                .put("amount_subtotal", amount)
                .put("amount_total", amount)
                .put("currency", form.get("line_items[0][price_data][currency]"))
                .put("client_reference_id", form.get("client_reference_id"))
                .put("success_url", form.get("success_url"))
                .put("cancel_url", form.get("cancel_url"))
                .put("livemode", false);
        ObjectNode metadata = session.putObject("metadata");
        form.forEach((name, value) -> {
            if (name.startsWith("metadata[") && name.endsWith("]")) {
                metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
            }
        });
        sessions.put(id, session);
        if (key != null) {
            byIdempotencyKey.put(key, id);
        }
        return session;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_" + UUID.randomUUID().toString().substring(0, 8));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
