package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.servelink.bootstrap.config.Configuration;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import com.servelink.adapter.http.payment.FakeStripe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripe as the payment provider, end to end: a real server configured for Stripe against an
 * in-process fake of Stripe's API, a purchase that opens a Checkout Session, and webhooks signed
 * with the official stripe-java library delivered as Stripe delivers them: replayed, out of
 * order, with a wrong amount, for an unknown payment, badly signed, and twenty at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StripeWebhooksEndToEndTest {
    static final String SECRET = "whsec_e2e_current_0123456789abcdef";
    static final String OLD_SECRET = "whsec_e2e_previous_fedcba9876543210";
    static final String API_KEY = "sk_test_e2e_0123456789";
    private static final Duration PENDING_TTL = Duration.ofMillis(1);
    private static final String WEBHOOK_PATH = "/api/payments/webhooks/stripe";
    private static final ObjectMapper JSON = new ObjectMapper();

    FakeStripe stripe;
    RunningServer server;
    String owner;
    String member;

    /** Starts the server on this subclass's database with these extra configuration variables. */
    abstract RunningServer start(Map<String, String> env);

    @BeforeAll
    void startServer() {
        stripe = FakeStripe.start(API_KEY);
        server = start(Map.of(
                Configuration.PAYMENT_PROVIDER, "stripe",
                Configuration.STRIPE_API_KEY, API_KEY,
                Configuration.STRIPE_API_BASE, stripe.base(),
                // a rotation in progress: the new secret first, the old one still accepted
                Configuration.PAYMENT_WEBHOOK_SECRET, SECRET + ", " + OLD_SECRET,
                // every pending payment is old enough for reconciliation, which runs only when a test asks
                Configuration.PAYMENT_PENDING_TTL, PENDING_TTL.toString()));
        owner = server.tokens().owner();
        member = server.tokens().member();
    }

    @AfterAll
    void stopServer() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (stripe != null) {
                stripe.close();
            }
        }
    }

    @BeforeEach
    void resetStripe() {
        stripe.reset();
    }

    record Purchase(String paymentId, String resourceId, String paymentUrl, ObjectNode session) {
    }

    private Purchase purchase(String type, int quantity) {
        Reply reply = server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"" + type + "\", \"quantity\": " + quantity + "}");
        JsonNode body = ok(reply, 201);
        String paymentId = body.path("payment_id").asText();
        ObjectNode session = stripe.sessionFor(paymentId);
        assertThat(session).as("the fake Stripe holds a session for " + paymentId).isNotNull();
        return new Purchase(paymentId, body.path("resource_id").asText(), body.path("payment_url").asText(), session);
    }

    private static void problem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
    }

    /** A Stripe event about the session, as Stripe's API version of stripe-java shapes it. */
    private static String event(String type, ObjectNode session, Map<String, String> overrides) {
        ObjectNode object = session.deepCopy();
        overrides.forEach(object::put);
        return event(type, object);
    }

    private static String completed(Purchase purchase) {
        return event("checkout.session.completed", purchase.session(),
                Map.of("status", "complete", "payment_status", "paid"));
    }

    private static String expired(Purchase purchase) {
        return event("checkout.session.expired", purchase.session(), Map.of("status", "expired"));
    }

    /** {@code Stripe-Signature} as stripe-java computes it. */
    private static String signature(String payload, long timestamp, String... secrets) {
        StringBuilder header = new StringBuilder("t=").append(timestamp);
        for (String secret : secrets) {
            try {
                header.append(",v1=").append(Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return header.toString();
    }

    private Reply deliver(String payload, String signature) {
        HttpRequest.Builder request = server.request(WEBHOOK_PATH)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return server.send(request.POST(HttpRequest.BodyPublishers.ofString(payload)).build());
    }

    private Reply deliver(String payload) {
        return deliver(payload, signature(payload, Instant.now().getEpochSecond(), SECRET));
    }

    private String outcome(Reply reply) {
        JsonNode body = ok(reply, 200);
        assertThat(body.path("received").asBoolean()).isTrue();
        return body.path("outcome").asText();
    }

    private String paymentStatus(String paymentId) {
        return ok(server.get("/api/payments/my-team/" + paymentId, member), 200).path("status").asText();
    }

    /** How many times the resource appears in the team's list with this status. */
    private long listed(String resourceId, String status) {
        JsonNode list = ok(server.get("/api/resources/my-team/list?status=" + status, member), 200);
        return list.path("resources").findValuesAsText("id").stream().filter(resourceId::equals).count();
    }

    private List<String> allResourceIds() {
        List<String> ids = new ArrayList<>();
        for (String status : List.of("pending", "active", "expired", "cancelled")) {
            ids.addAll(ok(server.get("/api/resources/my-team/list?status=" + status, member), 200)
                    .path("resources").findValuesAsText("id"));
        }
        return ids;
    }

    private long addedRamMb() {
        return ok(server.get("/api/resources/my-team/limits", member), 200)
                .path("additional_resources").path("ram_mb").asLong();
    }

    @Test
    void a_purchase_opens_a_stripe_checkout_session() {
        Purchase purchase = purchase("ram", 2);

        assertThat(purchase.paymentUrl()).isEqualTo(purchase.session().path("url").asText())
                .startsWith("https://checkout.stripe.com/c/pay/cs_test_");
        FakeStripe.Recorded sent = stripe.requests().get(0);
        assertThat(stripe.requests()).hasSize(1);
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(sent.header("Idempotency-Key")).isEqualTo("servelink-checkout-" + purchase.paymentId());
        assertThat(sent.form()).containsEntry("line_items[0][price_data][unit_amount]", "200")
                .containsEntry("line_items[0][price_data][currency]", "eur")
                .containsEntry("client_reference_id", purchase.paymentId());
        JsonNode payment = ok(server.get("/api/payments/my-team/" + purchase.paymentId(), member), 200);
        assertThat(payment.path("provider").asText()).isEqualTo("stripe");
        assertThat(payment.path("status").asText()).isEqualTo("pending");
        assertThat(payment.path("payment_url").asText()).isEqualTo(purchase.paymentUrl());
        assertThat(listed(purchase.resourceId(), "pending")).isEqualTo(1);
        // a signed payload that is no Stripe event, and the sandbox, which is not configured next to Stripe
        problem(deliver("{}"), 400);
        problem(server.send(server.request("/api/payments/webhooks/sandbox").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 404);
    }

    @Test
    void a_replayed_completion_activates_the_resource_once_and_a_late_expiry_changes_nothing() {
        long ramBefore = addedRamMb();
        Purchase purchase = purchase("ram", 2);
        String completed = completed(purchase);
        String expired = expired(purchase);

        assertThat(outcome(deliver(completed))).isEqualTo("applied");
        assertThat(outcome(deliver(completed))).isEqualTo("duplicate_event");
        assertThat(outcome(deliver(expired))).isEqualTo("already_settled");
        assertThat(outcome(deliver(expired))).isEqualTo("duplicate_event");
        String asyncSucceeded = event("checkout.session.async_payment_succeeded", purchase.session(),
                Map.of("status", "complete", "payment_status", "paid"));
        assertThat(outcome(deliver(asyncSucceeded))).isEqualTo("already_settled");

        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("completed");
        assertThat(listed(purchase.resourceId(), "active")).isEqualTo(1);
        assertThat(listed(purchase.resourceId(), "cancelled")).isZero();
        assertThat(addedRamMb()).isEqualTo(ramBefore + 1000);
    }

    @Test
    void a_completion_after_an_expiry_is_still_honoured() {
        Purchase purchase = purchase("cpu", 1);
        String expired = expired(purchase);

        assertThat(outcome(deliver(expired))).isEqualTo("applied");
        assertThat(outcome(deliver(expired))).isEqualTo("duplicate_event");
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("failed");
        assertThat(listed(purchase.resourceId(), "cancelled")).isEqualTo(1);

        String completed = completed(purchase);
        assertThat(outcome(deliver(completed))).isEqualTo("applied");
        assertThat(outcome(deliver(completed))).isEqualTo("duplicate_event");
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("completed");
        assertThat(listed(purchase.resourceId(), "active")).isEqualTo(1);
        assertThat(listed(purchase.resourceId(), "cancelled")).isZero();
    }

    @Test
    void an_amount_or_currency_other_than_the_price_is_refused_and_changes_nothing() {
        long ramBefore = addedRamMb();
        Purchase purchase = purchase("ram", 3);
        String base = completed(purchase);
        String eventId = idOf(base);

        problem(deliver(base.replace("\"amount_total\":300", "\"amount_total\":299")), 422);
        problem(deliver(base.replace("\"amount_total\":300", "\"amount_total\":30000")), 422);
        problem(deliver(base.replace("\"currency\":\"eur\"", "\"currency\":\"usd\"")), 422);
        problem(deliver(base.replace("\"currency\":\"eur\"", "\"currency\":\"jpy\"")
                .replace("\"amount_total\":300", "\"amount_total\":3")), 422);

        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("pending");
        assertThat(listed(purchase.resourceId(), "pending")).isEqualTo(1);
        assertThat(addedRamMb()).isEqualTo(ramBefore);
        // the refused deliveries carried this same event id and left no trace: with the right amount it applies
        assertThat(idOf(base.replace("\"amount_total\":300", "\"amount_total\":299"))).isEqualTo(eventId);
        assertThat(outcome(deliver(base))).isEqualTo("applied");
        assertThat(addedRamMb()).isEqualTo(ramBefore + 1500);
    }

    private static String idOf(String event) {
        try {
            return JSON.readTree(event).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void an_event_for_an_unknown_payment_is_acknowledged_and_ignored() {
        Purchase purchase = purchase("traffic", 1);
        ObjectNode stranger = purchase.session().deepCopy();
        stranger.put("client_reference_id", "pm_doesnotexist");
        stranger.putObject("metadata").put("payment_id", "pm_doesnotexist");
        ObjectNode anonymous = purchase.session().deepCopy();
        anonymous.putNull("client_reference_id");
        anonymous.putObject("metadata");

        assertThat(outcome(deliver(event("checkout.session.completed", stranger,
                Map.of("status", "complete", "payment_status", "paid"))))).isEqualTo("unknown_payment");
        assertThat(outcome(deliver(event("checkout.session.completed", anonymous,
                Map.of("status", "complete", "payment_status", "paid"))))).isEqualTo("unknown_payment");
        assertThat(outcome(deliver(event("checkout.session.expired", stranger, Map.of()))))
                .isEqualTo("unknown_payment");
        // an event type we do not act on, and a completion still waiting for an async payment
        assertThat(outcome(deliver(event("customer.created", purchase.session(), Map.of()))))
                .isEqualTo("unknown_payment");
        assertThat(outcome(deliver(event("checkout.session.completed", purchase.session(),
                Map.of("status", "complete", "payment_status", "unpaid"))))).isEqualTo("unknown_payment");

        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("pending");
    }

    /** A PaymentIntent id as Stripe makes them. */
    private static String newPaymentIntent() {
        return "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** A completion whose session names the PaymentIntent that holds the money, as Stripe's does. */
    private static String completedWith(Purchase purchase, String paymentIntent) {
        return event("checkout.session.completed", purchase.session(),
                Map.of("status", "complete", "payment_status", "paid", "payment_intent", paymentIntent));
    }

    /** A Stripe event about a charge or a dispute ({@code object}), built as Stripe shapes it. */
    private static String event(String type, ObjectNode object) {
        ObjectNode event = JSON.createObjectNode()
                .put("id", "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24))
                .put("object", "event")
                .put("api_version", Stripe.API_VERSION)
                .put("created", Instant.now().getEpochSecond())
                .put("livemode", false)
                .put("pending_webhooks", 1)
                .put("type", type);
        event.putObject("request").putNull("id").putNull("idempotency_key");
        event.putObject("data").set("object", object);
        return event.toString();
    }

    /** The charge of the PaymentIntent, refunded by {@code refundedCents} of {@code cents}. */
    private static ObjectNode charge(String paymentIntent, String paymentId, long cents, long refundedCents) {
        ObjectNode charge = JSON.createObjectNode()
                .put("id", "ch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24))
                .put("object", "charge")
                .put("amount", cents)
                .put("amount_captured", cents)
                .put("amount_refunded", refundedCents)
                .put("currency", "eur")
                .put("paid", true)
                .put("captured", true)
                .put("refunded", refundedCents == cents)
                .put("payment_intent", paymentIntent)
                .put("status", "succeeded");
        ObjectNode metadata = charge.putObject("metadata");
        if (paymentId != null) {
            metadata.put("payment_id", paymentId);
        }
        return charge;
    }

    private static ObjectNode dispute(String paymentIntent, long cents) {
        ObjectNode dispute = JSON.createObjectNode()
                .put("id", "dp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24))
                .put("object", "dispute")
                .put("amount", cents)
                .put("currency", "eur")
                .put("charge", "ch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24))
                .put("payment_intent", paymentIntent)
                .put("reason", "fraudulent")
                .put("status", "needs_response");
        dispute.putObject("metadata");
        return dispute;
    }

    private Reply staffRefund(String paymentId, String amount, String key) {
        return server.send(RunningServer.authorised(server.request("/api/staff/payments/" + paymentId + "/refunds"),
                        server.tokens().staff()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"amount\": \"" + amount
                        + "\", \"reason\": \"service credit\"}")).build());
    }

    @Test
    void staff_refunds_go_to_stripe_as_refunds_of_the_payment_intent_and_stripes_own_event_changes_nothing_more() {
        long ramBefore = addedRamMb();
        Purchase purchase = purchase("ram", 2);
        String intent = newPaymentIntent();
        assertThat(outcome(deliver(completedWith(purchase, intent)))).isEqualTo("applied");

        JsonNode part = ok(staffRefund(purchase.paymentId(), "0.50", "part-1"), 201);
        assertThat(part.path("provider_reference").asText()).startsWith("re_");
        assertThat(ok(staffRefund(purchase.paymentId(), "0.50", "part-1"), 201).path("id").asText())
                .isEqualTo(part.path("id").asText());
        assertThat(refundsAtStripe(intent)).hasSize(1);
        assertThat(stripe.requests().stream().filter(r -> r.path().equals("/v1/refunds")).findFirst().orElseThrow()
                .form()).containsEntry("payment_intent", intent).containsEntry("amount", "50");
        assertThat(addedRamMb()).isEqualTo(ramBefore + 1000);

        JsonNode rest = ok(staffRefund(purchase.paymentId(), "1.50", "rest-1"), 201);
        assertThat(rest.path("payment_status").asText()).isEqualTo("refunded");
        assertThat(addedRamMb()).isEqualTo(ramBefore);
        assertThat(refundsAtStripe(intent)).hasSize(2);

        // Stripe then tells of the charge refunded in full: already settled, nothing more changes
        assertThat(outcome(deliver(event("charge.refunded", charge(intent, purchase.paymentId(), 200, 200)))))
                .isEqualTo("already_settled");
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("refunded");
        assertThat(listed(purchase.resourceId(), "cancelled")).isEqualTo(1);
    }

    /** The refunds the fake Stripe holds for one PaymentIntent (it keeps those of earlier tests). */
    private List<ObjectNode> refundsAtStripe(String paymentIntent) {
        return stripe.refunds().values().stream()
                .filter(refund -> refund.path("payment_intent").asText().equals(paymentIntent)).toList();
    }

    /** The payment's refunds as the team sees them: "amount origin", in order. */
    private List<String> refundsOf(String paymentId) {
        List<String> refunds = new ArrayList<>();
        ok(server.get("/api/payments/my-team/" + paymentId, member), 200).path("refunds").forEach(refund ->
                refunds.add(refund.path("amount").decimalValue().setScale(2) + " " + refund.path("origin").asText()));
        return refunds;
    }

    @Test
    void stripes_report_of_our_own_partial_refund_credits_nothing_twice() {
        Purchase purchase = purchase("ram", 2);
        String intent = newPaymentIntent();
        assertThat(outcome(deliver(completedWith(purchase, intent)))).isEqualTo("applied");
        ok(staffRefund(purchase.paymentId(), "0.50", "part-own"), 201);

        assertThat(outcome(deliver(event("charge.refunded", charge(intent, purchase.paymentId(), 200, 50)))))
                .isEqualTo("already_settled");
        // then 0.25 more in Stripe's dashboard: only that is new
        assertThat(outcome(deliver(event("charge.refunded", charge(intent, purchase.paymentId(), 200, 75)))))
                .isEqualTo("applied");

        assertThat(refundsOf(purchase.paymentId())).containsExactly("0.50 staff", "0.25 provider");
        assertThat(ok(server.get("/api/payments/my-team/" + purchase.paymentId(), member), 200)
                .path("refunded").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("completed");
    }

    @Test
    void a_lost_dispute_credits_the_payment_and_a_won_one_changes_nothing() {
        long ramBefore = addedRamMb();
        Purchase lost = purchase("ram", 1);
        Purchase won = purchase("ram", 1);
        String lostIntent = newPaymentIntent();
        String wonIntent = newPaymentIntent();
        assertThat(outcome(deliver(completedWith(lost, lostIntent)))).isEqualTo("applied");
        assertThat(outcome(deliver(completedWith(won, wonIntent)))).isEqualTo("applied");
        assertThat(outcome(deliver(event("charge.dispute.created", dispute(lostIntent, 100))))).isEqualTo("applied");
        assertThat(outcome(deliver(event("charge.dispute.created", dispute(wonIntent, 100))))).isEqualTo("applied");
        assertThat(refundsOf(lost.paymentId())).isEmpty();

        ObjectNode closedLost = dispute(lostIntent, 100).put("status", "lost");
        String lostEvent = event("charge.dispute.closed", closedLost);
        assertThat(outcome(deliver(lostEvent))).isEqualTo("applied");
        assertThat(outcome(deliver(lostEvent))).isEqualTo("duplicate_event");
        assertThat(outcome(deliver(event("charge.dispute.closed", dispute(wonIntent, 100).put("status", "won")))))
                .isEqualTo("unknown_payment");

        assertThat(refundsOf(lost.paymentId())).containsExactly("1.00 provider");
        assertThat(refundsOf(won.paymentId())).isEmpty();
        assertThat(paymentStatus(lost.paymentId())).isEqualTo("disputed");
        assertThat(paymentStatus(won.paymentId())).isEqualTo("disputed");
        assertThat(addedRamMb()).isEqualTo(ramBefore);
    }

    @Test
    void a_partial_refund_without_its_total_is_refused_and_changes_nothing() {
        Purchase purchase = purchase("ram", 2);
        String intent = newPaymentIntent();
        assertThat(outcome(deliver(completedWith(purchase, intent)))).isEqualTo("applied");
        ObjectNode charge = charge(intent, purchase.paymentId(), 200, 50);
        charge.remove("amount_refunded");

        problem(deliver(event("charge.refunded", charge)), 400);
        assertThat(refundsOf(purchase.paymentId())).isEmpty();
    }

    @Test
    void a_full_refund_cancels_the_add_on_at_once_and_a_replay_changes_nothing() {
        long ramBefore = addedRamMb();
        Purchase purchase = purchase("ram", 2);
        String intent = newPaymentIntent();
        assertThat(stripe.requests().get(0).form())
                .containsEntry("payment_intent_data[metadata][payment_id]", purchase.paymentId());
        assertThat(outcome(deliver(completedWith(purchase, intent)))).isEqualTo("applied");
        assertThat(addedRamMb()).isEqualTo(ramBefore + 1000);

        // a partial refund made in Stripe's dashboard is recorded; the add-on keeps counting
        assertThat(outcome(deliver(event("charge.refunded", charge(intent, purchase.paymentId(), 200, 50)))))
                .isEqualTo("applied");
        assertThat(addedRamMb()).isEqualTo(ramBefore + 1000);
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("completed");
        assertThat(refundsOf(purchase.paymentId())).containsExactly("0.50 provider");

        String refunded = event("charge.refunded", charge(intent, purchase.paymentId(), 200, 200));
        assertThat(outcome(deliver(refunded))).isEqualTo("applied");
        assertThat(addedRamMb()).isEqualTo(ramBefore);
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("refunded");
        assertThat(listed(purchase.resourceId(), "cancelled")).isEqualTo(1);
        assertThat(listed(purchase.resourceId(), "active")).isZero();

        // what the full refund gave back beyond the 0.50 already known
        assertThat(refundsOf(purchase.paymentId())).containsExactly("0.50 provider", "1.50 provider");

        assertThat(outcome(deliver(refunded))).isEqualTo("duplicate_event");
        assertThat(outcome(deliver(completedWith(purchase, intent)))).isEqualTo("already_settled");
        assertThat(addedRamMb()).isEqualTo(ramBefore);
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("refunded");
        assertThat(listed(purchase.resourceId(), "cancelled")).isEqualTo(1);
    }

    @Test
    void a_refund_or_a_dispute_naming_only_the_payment_intent_finds_the_payment_through_its_completion() {
        long ramBefore = addedRamMb();
        Purchase refundedPurchase = purchase("ram", 1);
        Purchase disputedPurchase = purchase("ram", 1);
        String refundedIntent = newPaymentIntent();
        String disputedIntent = newPaymentIntent();
        assertThat(outcome(deliver(completedWith(refundedPurchase, refundedIntent)))).isEqualTo("applied");
        assertThat(outcome(deliver(completedWith(disputedPurchase, disputedIntent)))).isEqualTo("applied");
        assertThat(addedRamMb()).isEqualTo(ramBefore + 1000);

        // a charge without our metadata (created before the checkout carried it)
        assertThat(outcome(deliver(event("charge.refunded", charge(refundedIntent, null, 100, 100)))))
                .isEqualTo("applied");
        assertThat(paymentStatus(refundedPurchase.paymentId())).isEqualTo("refunded");
        assertThat(addedRamMb()).isEqualTo(ramBefore + 500);

        String disputed = event("charge.dispute.created", dispute(disputedIntent, 100));
        assertThat(outcome(deliver(disputed))).isEqualTo("applied");
        assertThat(outcome(deliver(disputed))).isEqualTo("duplicate_event");
        assertThat(paymentStatus(disputedPurchase.paymentId())).isEqualTo("disputed");
        assertThat(listed(disputedPurchase.resourceId(), "cancelled")).isEqualTo(1);
        assertThat(addedRamMb()).isEqualTo(ramBefore);

        // a PaymentIntent we never saw, and a dispute naming none: acknowledged, nothing moves
        assertThat(outcome(deliver(event("charge.dispute.created", dispute("pi_unknown", 100)))))
                .isEqualTo("unknown_payment");
        ObjectNode anonymous = dispute(disputedIntent, 100);
        anonymous.putNull("payment_intent");
        assertThat(outcome(deliver(event("charge.dispute.created", anonymous)))).isEqualTo("unknown_payment");
        assertThat(paymentStatus(refundedPurchase.paymentId())).isEqualTo("refunded");
    }

    @Test
    void a_bad_signature_is_rejected_and_changes_nothing() {
        Purchase purchase = purchase("storage", 1);
        String completed = completed(purchase);
        long now = Instant.now().getEpochSecond();

        problem(deliver(completed, null), 400);
        problem(deliver(completed, signature(completed, now, "whsec_someone_else")), 400);
        problem(deliver(completed.replace("\"paid\"", "\"paid\" "), signature(completed, now, SECRET)), 400);
        // past the 5 minutes either way, with a margin for the clock ticking between here and the server
        problem(deliver(completed, signature(completed, now - 310, SECRET)), 400);
        problem(deliver(completed, signature(completed, now + 310, SECRET)), 400);
        problem(deliver(completed, "t=" + now), 400);
        problem(deliver(completed, "not a signature"), 400);
        problem(server.send(server.request(WEBHOOK_PATH).header("Content-Type", "application/json")
                .header("X-Servelink-Signature", signature(completed, now, SECRET))
                .POST(HttpRequest.BodyPublishers.ofString(completed)).build()), 400);
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("pending");
        assertThat(listed(purchase.resourceId(), "pending")).isEqualTo(1);

        assertThat(outcome(deliver(completed))).isEqualTo("applied");
    }

    @Test
    void during_a_secret_rotation_either_signature_is_accepted() {
        Purchase first = purchase("storage", 2);
        Purchase second = purchase("traffic", 2);
        String fromOld = completed(first);
        String fromBoth = completed(second);
        long now = Instant.now().getEpochSecond();

        assertThat(outcome(deliver(fromOld, signature(fromOld, now, OLD_SECRET)))).isEqualTo("applied");
        assertThat(outcome(deliver(fromBoth, signature(fromBoth, now, OLD_SECRET, SECRET)))).isEqualTo("applied");
        assertThat(paymentStatus(first.paymentId())).isEqualTo("completed");
        assertThat(paymentStatus(second.paymentId())).isEqualTo("completed");
    }

    @Test
    void twenty_concurrent_deliveries_of_one_completion_apply_it_once() throws Exception {
        long ramBefore = addedRamMb();
        Purchase purchase = purchase("ram", 1);
        String completed = completed(purchase);
        String signature = signature(completed, Instant.now().getEpochSecond(), SECRET);
        int deliveries = 20;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch ready = new CountDownLatch(deliveries);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < deliveries; i++) {
                replies.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return deliver(completed, signature);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                outcomes.add(outcome(reply.get(30, TimeUnit.SECONDS)));
            }

            assertThat(outcomes).filteredOn("applied"::equals).hasSize(1);
            assertThat(outcomes).filteredOn("duplicate_event"::equals).hasSize(deliveries - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(paymentStatus(purchase.paymentId())).isEqualTo("completed");
        assertThat(listed(purchase.resourceId(), "active")).isEqualTo(1);
        assertThat(addedRamMb()).isEqualTo(ramBefore + 500);
    }

    @Test
    void a_purchase_while_stripe_fails_is_503_and_stores_nothing() {
        List<String> before = allResourceIds();
        JsonNode paymentsBefore = ok(server.get("/api/payments/my-team", member), 200).path("payments");
        stripe.answerNext(500, 500, 500);

        Reply reply = server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"ram\", \"quantity\": 1}");

        problem(reply, 503);
        assertThat(stripe.requests()).hasSize(3);
        assertThat(stripe.requests()).extracting(r -> r.header("Idempotency-Key")).hasSize(3)
                .allMatch(key -> key.equals(stripe.requests().get(0).header("Idempotency-Key")));
        assertThat(allResourceIds()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(ok(server.get("/api/payments/my-team", member), 200).path("payments").size())
                .isEqualTo(paymentsBefore.size());
    }

    @Test
    void a_purchase_refused_by_stripe_is_503_after_one_attempt() {
        List<String> before = allResourceIds();
        stripe.answerNext(400);

        problem(server.post("/api/resources/my-team/purchase", owner, "{\"resource_type\": \"ram\", \"quantity\": 1}"),
                503);

        assertThat(stripe.requests()).hasSize(1);
        assertThat(allResourceIds()).containsExactlyInAnyOrderElementsOf(before);
    }

    /** Runs the reconciliation job once the newest of these payments is older than the pending TTL. */
    private Reply reconcile(Purchase... purchases) {
        for (Purchase purchase : purchases) {
            Instant due = Instant.parse(ok(server.get("/api/payments/my-team/" + purchase.paymentId(), member), 200)
                    .path("created_at").asText()).plus(PENDING_TTL);
            while (!Instant.now().isAfter(due)) {
                Thread.onSpinWait(); // a millisecond at most: the server's clock is this machine's
            }
        }
        return server.send(RunningServer.authorised(server.request("/api/admin/jobs/reconcile_payments/run"),
                RunningServer.ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void reconciliation_asks_stripe_and_settles_what_it_knows() {
        long ramBefore = addedRamMb();
        Purchase paid = purchase("ram", 2);
        Purchase abandoned = purchase("cpu", 1);
        Purchase open = purchase("storage", 1);
        paid.session().put("status", "complete").put("payment_status", "paid");
        abandoned.session().put("status", "expired").putNull("url");

        JsonNode run = ok(reconcile(paid, abandoned, open), 200);

        assertThat(run.path("affected").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(stripe.requests()).filteredOn(r -> r.method().equals("GET"))
                .extracting(FakeStripe.Recorded::path)
                .contains("/v1/checkout/sessions/" + paid.session().path("id").asText(),
                        "/v1/checkout/sessions/" + abandoned.session().path("id").asText(),
                        "/v1/checkout/sessions/" + open.session().path("id").asText());
        assertThat(stripe.requests()).allMatch(r -> ("Bearer " + API_KEY).equals(r.header("Authorization")));
        assertThat(paymentStatus(paid.paymentId())).isEqualTo("completed");
        assertThat(listed(paid.resourceId(), "active")).isEqualTo(1);
        assertThat(addedRamMb()).isEqualTo(ramBefore + 1000);
        assertThat(paymentStatus(abandoned.paymentId())).isEqualTo("expired");
        assertThat(listed(abandoned.resourceId(), "cancelled")).isEqualTo(1);
        assertThat(paymentStatus(open.paymentId())).isEqualTo("expired");

        // the webhook Stripe sends for the session reconciliation already settled changes nothing
        assertThat(outcome(deliver(completed(paid)))).isEqualTo("already_settled");
        // and a customer who pays an abandoned checkout after all is honoured
        assertThat(outcome(deliver(completed(open)))).isEqualTo("applied");
        assertThat(paymentStatus(open.paymentId())).isEqualTo("completed");
        assertThat(listed(open.resourceId(), "active")).isEqualTo(1);
        assertThat(ok(reconcile(), 200).path("affected").asInt()).isZero();
        assertThat(addedRamMb()).isEqualTo(ramBefore + 1000);
    }

    @Test
    void a_paid_amount_that_does_not_match_does_not_stop_reconciling_the_others() {
        Purchase mismatching = purchase("traffic", 1);
        Purchase paid = purchase("traffic", 2);
        try {
            mismatching.session().put("status", "complete").put("payment_status", "paid").put("amount_total", 50);
            paid.session().put("status", "complete").put("payment_status", "paid");

            Reply run = reconcile(mismatching, paid);

            assertThat(run.status()).as(run.toString()).isEqualTo(200);
            assertThat(paymentStatus(paid.paymentId())).isEqualTo("completed");
            assertThat(paymentStatus(mismatching.paymentId())).isNotEqualTo("completed");
        } finally {
            // leave no poisoned pending payment behind for the other tests of this server
            mismatching.session().put("status", "expired").put("payment_status", "unpaid");
            outcome(deliver(expired(mismatching)));
            outcome(deliver(completed(paid)));
        }
    }

    @Test
    void stripe_sends_the_customer_back_to_pages_this_server_serves() {
        purchase("ram", 1);
        Map<String, String> form = stripe.requests().get(0).form();

        for (String url : List.of(form.get("success_url"), form.get("cancel_url"))) {
            URI back = URI.create(url);
            assertThat(url).startsWith(server.servelink().configuration().publicUrl());
            Reply page = server.send(server.request(back.getRawPath()).header("Accept", "text/html").GET().build());
            assertThat(page.status()).as(url + " → " + page).isEqualTo(200);
        }
    }

    // ---------------------------------------------------------------- auto-renewal (issue 15)

    /** Bought, paid through a session whose customer Stripe created, auto-renewal on, ending in an hour. */
    private Purchase renewable(String customer) throws Exception {
        Purchase purchase = purchase("ram", 1);
        assertThat(outcome(deliver(event("checkout.session.completed", purchase.session(),
                Map.of("status", "complete", "payment_status", "paid", "customer", customer))))).isEqualTo("applied");
        ok(server.patch("/api/resources/my-team/resources/" + purchase.resourceId(), owner, "{\"auto_renew\": true}"),
                200);
        try (var connection = server.servelink().database().dataSource().getConnection();
             var update = connection.prepareStatement("update additional_resource set expires_at = ? where id = ?")) {
            update.setObject(1, java.time.OffsetDateTime.ofInstant(Instant.now().plus(Duration.ofHours(1))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS), java.time.ZoneOffset.UTC));
            update.setString(2, purchase.resourceId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        return purchase;
    }

    private Instant expiresAt(String resourceId) {
        for (JsonNode resource : ok(server.get("/api/resources/my-team/list", member), 200).path("resources")) {
            if (resource.path("id").asText().equals(resourceId)) {
                return Instant.parse(resource.path("expires_at").asText());
            }
        }
        throw new AssertionError("no resource " + resourceId);
    }

    private void runRenewals() {
        ok(server.post("/api/admin/jobs/renew_additional_resources/run", RunningServer.ADMIN_TOKEN, ""), 200);
    }

    private List<JsonNode> renewalPayments(String resourceId) {
        List<JsonNode> renewals = new ArrayList<>();
        for (JsonNode payment : ok(server.get("/api/payments/my-team", owner), 200).path("payments")) {
            if (payment.path("resource_id").asText().equals(resourceId) && payment.path("payment_url").isNull()) {
                renewals.add(payment);
            }
        }
        return renewals;
    }

    @Test
    void a_renewal_charges_the_saved_card_off_session_once_even_when_two_runs_meet() throws Exception {
        Purchase purchase = renewable("cus_e2e_ok");
        Instant expiry = expiresAt(purchase.resourceId());

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(this::runRenewals);
            var second = pool.submit(this::runRenewals);
            first.get();
            second.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(expiresAt(purchase.resourceId())).isEqualTo(expiry.plus(Duration.ofHours(720)));
        assertThat(renewalPayments(purchase.resourceId())).singleElement()
                .satisfies(p -> assertThat(p.path("status").asText()).isEqualTo("completed"));
        assertThat(stripe.intents().values()).singleElement().satisfies(intent -> {
            assertThat(intent.path("customer").asText()).isEqualTo("cus_e2e_ok");
            assertThat(intent.path("amount").asLong()).isEqualTo(100);
        });

        // Stripe's own webhook for that PaymentIntent, delivered later and again: nothing more happens
        ObjectNode intent = stripe.intents().values().iterator().next();
        String succeeded = event("payment_intent.succeeded", intent.deepCopy().put("amount_received", 100));
        assertThat(outcome(deliver(succeeded))).isEqualTo("already_settled");
        assertThat(outcome(deliver(succeeded))).isEqualTo("duplicate_event");
        assertThat(expiresAt(purchase.resourceId())).isEqualTo(expiry.plus(Duration.ofHours(720)));
    }

    @Test
    void a_declined_card_fails_the_renewal_and_the_add_on_keeps_its_expiry() throws Exception {
        stripe.declineCardsOf("cus_e2e_declined");
        Purchase purchase = renewable("cus_e2e_declined");
        Instant expiry = expiresAt(purchase.resourceId());

        runRenewals();
        runRenewals();

        assertThat(expiresAt(purchase.resourceId())).isEqualTo(expiry);
        assertThat(renewalPayments(purchase.resourceId())).singleElement()
                .satisfies(p -> assertThat(p.path("status").asText()).isEqualTo("failed"));
    }
}
