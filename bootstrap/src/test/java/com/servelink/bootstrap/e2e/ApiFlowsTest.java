package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as a client lives it, against a real server: the seed's §11 examples, the purchase
 * flow through the sandbox provider, the support desk, the operator's API, and every error
 * status of SPEC §6.
 */
abstract class ApiFlowsTest extends DemoServerFixture {

    private void problem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("type").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(body.path("errors").findValuesAsText("field")).contains(field);
        }
    }

    private String signed(String body, long timestamp) {
        return server.sandboxSignature(body, timestamp);
    }

    private Reply webhook(String body, String signature) {
        return server.postSandboxWebhook(body, signature);
    }

    private String event(String type, String paymentId, String amount, String currency) {
        return "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"data\":{\"payment_id\":\""
                + paymentId + "\",\"amount\":" + amount + ",\"currency\":\"" + currency + "\"}}";
    }

    @Test
    void seed_11_purchase_through_the_sandbox_checkout_to_the_limits() {
        JsonNode before = ok(server.get("/api/resources/my-team/limits", member), 200);
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"ram\", \"quantity\": 2}"), 201);
        assertThat(purchase.path("payment_id").asText()).startsWith("pm_");
        assertThat(purchase.path("resource_id").asText()).startsWith("res_");
        assertThat(purchase.path("amount").decimalValue()).isEqualByComparingTo("2.00");
        String paymentUrl = purchase.path("payment_url").asText();
        assertThat(paymentUrl).isEqualTo(server.base().replace("127.0.0.1", "localhost") + "/sandbox/checkout/"
                + purchase.path("payment_id").asText());

        String paymentPath = "/api/payments/my-team/" + purchase.path("payment_id").asText();
        assertThat(ok(server.get(paymentPath, member), 200).path("status").asText()).isEqualTo("pending");
        String checkout = "/sandbox/checkout/" + purchase.path("payment_id").asText();
        Reply page = server.get(checkout, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("2.00 EUR").contains("/pay").contains("/decline");
        assertThat(ok(server.get(paymentPath, member), 200).path("status").asText()).isEqualTo("pending");

        Reply paid = server.send(server.request(checkout + "/pay").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(paid.status()).isEqualTo(200);
        JsonNode payment = ok(server.get(paymentPath, member), 200);
        assertThat(payment.path("status").asText()).isEqualTo("completed");
        assertThat(payment.path("completed_at").asText()).isNotBlank();

        JsonNode after = ok(server.get("/api/resources/my-team/limits", member), 200);
        assertThat(after.path("memory_mb").asLong()).isEqualTo(before.path("memory_mb").asLong() + 1000);
        assertThat(after.path("plan_limits").path("memory_mb").asLong()).isEqualTo(6144);
        assertThat(after.path("additional_resources").has("storage_gb")).isTrue();
        JsonNode list = ok(server.get("/api/resources/my-team/list?status=active", member), 200);
        assertThat(list.path("resources").findValuesAsText("id")).contains(purchase.path("resource_id").asText());
        assertThat(list.path("totals").path("ram_mb").asLong()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void a_declined_checkout_cancels_the_resource() {
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"cpu\", \"quantity\": 1}"), 201);
        String checkout = "/sandbox/checkout/" + purchase.path("payment_id").asText();
        assertThat(server.send(server.request(checkout + "/decline").POST(HttpRequest.BodyPublishers.noBody())
                .build()).status()).isEqualTo(200);
        JsonNode cancelled = ok(server.get("/api/resources/my-team/list?status=cancelled", member), 200);
        assertThat(cancelled.path("resources").findValuesAsText("id")).contains(purchase.path("resource_id").asText());
        assertThat(ok(server.get("/api/payments/my-team/" + purchase.path("payment_id").asText(), member), 200)
                .path("status").asText()).isEqualTo("failed");
    }

    @Test
    void webhooks_are_verified_deduplicated_and_checked_against_the_payment() {
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"traffic\", \"quantity\": 3}"), 201);
        String paymentId = purchase.path("payment_id").asText();
        long now = Instant.now().getEpochSecond();

        String wrongAmount = event("payment.completed", paymentId, "2.00", "EUR");
        problem(webhook(wrongAmount, signed(wrongAmount, now)), 422, null);
        String wrongCurrency = event("payment.completed", paymentId, "3.00", "USD");
        problem(webhook(wrongCurrency, signed(wrongCurrency, now)), 422, null);

        String good = event("payment.completed", paymentId, "3.00", "EUR");
        problem(webhook(good, null), 400, null);
        problem(webhook(good, signed(good, now).replace("v1=", "v1=0")), 400, null);
        // outside the 300 s tolerance by a minute, from the clock at the time of sending: "now"
        // above may be seconds old by then, which brought a "+301" inside it on a slow machine
        problem(webhook(good, signed(good, Instant.now().getEpochSecond() - 360)), 400, null);
        problem(webhook(good, signed(good, Instant.now().getEpochSecond() + 360)), 400, null);
        problem(webhook(good.replace("3.00", "3.000"), signed(good, now)), 400, null);
        assertThat(ok(server.get("/api/payments/my-team/" + paymentId, member), 200).path("status").asText())
                .isEqualTo("pending");

        assertThat(ok(webhook(good, signed(good, now)), 200).path("outcome").asText()).isEqualTo("applied");
        assertThat(ok(webhook(good, signed(good, now)), 200).path("outcome").asText()).isEqualTo("duplicate_event");
        String failure = event("payment.failed", paymentId, "3.00", "EUR");
        assertThat(ok(webhook(failure, signed(failure, now)), 200).path("outcome").asText())
                .isEqualTo("already_settled");
        assertThat(ok(server.get("/api/payments/my-team/" + paymentId, member), 200).path("status").asText())
                .isEqualTo("completed");
        String unknown = event("payment.completed", "pm_doesnotexist", "3.00", "EUR");
        assertThat(ok(webhook(unknown, signed(unknown, now)), 200).path("outcome").asText())
                .isEqualTo("unknown_payment");
        problem(webhook("{not json", signed("{not json", now)), 400, null);
    }

    private String refundEvent(String type, String paymentId) {
        return "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"data\":{\"payment_id\":\""
                + paymentId + "\"}}";
    }

    private long memoryMb() {
        return ok(server.get("/api/resources/my-team/limits", member), 200).path("memory_mb").asLong();
    }

    private List<String> listed(String status) {
        return ok(server.get("/api/resources/my-team/list?status=" + status, member), 200)
                .path("resources").findValuesAsText("id");
    }

    @Test
    void a_refund_webhook_cancels_the_paid_add_on_and_its_limits_drop_at_once() {
        long before = memoryMb();
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"ram\", \"quantity\": 2}"), 201);
        String paymentId = purchase.path("payment_id").asText();
        String resourceId = purchase.path("resource_id").asText();
        String paymentPath = "/api/payments/my-team/" + paymentId;
        assertThat(server.send(server.request("/sandbox/checkout/" + paymentId + "/pay")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);
        assertThat(memoryMb()).isEqualTo(before + 1000);
        assertThat(listed("active")).contains(resourceId);

        String refund = refundEvent("payment.refunded", paymentId);
        long now = Instant.now().getEpochSecond();
        problem(webhook(refund, null), 400, null);
        problem(webhook(refund, signed(refund, now).replace("v1=", "v1=0")), 400, null);
        assertThat(memoryMb()).as("a refused refund changes nothing").isEqualTo(before + 1000);

        assertThat(ok(webhook(refund, signed(refund, now)), 200).path("outcome").asText()).isEqualTo("applied");
        assertThat(memoryMb()).isEqualTo(before);
        assertThat(listed("cancelled")).contains(resourceId);
        assertThat(listed("active")).doesNotContain(resourceId);
        JsonNode payment = ok(server.get(paymentPath, member), 200);
        assertThat(payment.path("status").asText()).isEqualTo("refunded");
        assertThat(payment.path("completed_at").asText()).isNotBlank();

        // replayed, and the same refund under another event id: acknowledged, nothing changes
        assertThat(ok(webhook(refund, signed(refund, now)), 200).path("outcome").asText()).isEqualTo("duplicate_event");
        String again = refundEvent("payment.refunded", paymentId);
        assertThat(ok(webhook(again, signed(again, now)), 200).path("outcome").asText()).isEqualTo("already_settled");
        // a completion arriving late does not bring the add-on back
        String late = event("payment.completed", paymentId, "2.00", "EUR");
        assertThat(ok(webhook(late, signed(late, now)), 200).path("outcome").asText()).isEqualTo("already_settled");
        assertThat(memoryMb()).isEqualTo(before);
        assertThat(ok(server.get(paymentPath, member), 200).path("status").asText()).isEqualTo("refunded");
        assertThat(listed("cancelled")).contains(resourceId);
    }

    @Test
    void a_dispute_webhook_cancels_the_add_on_and_a_refund_of_an_unpaid_one_changes_nothing() {
        long before = memoryMb();
        JsonNode paid = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"ram\", \"quantity\": 1}"), 201);
        String paidId = paid.path("payment_id").asText();
        assertThat(server.send(server.request("/sandbox/checkout/" + paidId + "/pay")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);
        assertThat(memoryMb()).isEqualTo(before + 500);
        long now = Instant.now().getEpochSecond();

        String dispute = refundEvent("payment.disputed", paidId);
        assertThat(ok(webhook(dispute, signed(dispute, now)), 200).path("outcome").asText()).isEqualTo("applied");
        assertThat(ok(webhook(dispute, signed(dispute, now)), 200).path("outcome").asText()).isEqualTo("duplicate_event");
        assertThat(memoryMb()).isEqualTo(before);
        assertThat(ok(server.get("/api/payments/my-team/" + paidId, member), 200).path("status").asText())
                .isEqualTo("disputed");
        assertThat(listed("cancelled")).contains(paid.path("resource_id").asText());

        JsonNode pending = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"cpu\", \"quantity\": 1}"), 201);
        String pendingId = pending.path("payment_id").asText();
        String early = refundEvent("payment.refunded", pendingId);
        assertThat(ok(webhook(early, signed(early, now)), 200).path("outcome").asText()).isEqualTo("already_settled");
        assertThat(ok(server.get("/api/payments/my-team/" + pendingId, member), 200).path("status").asText())
                .isEqualTo("pending");
        assertThat(listed("pending")).contains(pending.path("resource_id").asText());
        String stranger = refundEvent("payment.refunded", "pm_doesnotexist");
        assertThat(ok(webhook(stranger, signed(stranger, now)), 200).path("outcome").asText())
                .isEqualTo("unknown_payment");
        String noPayment = "{\"id\":\"evt_x\",\"type\":\"payment.refunded\",\"data\":{}}";
        problem(webhook(noPayment, signed(noPayment, now)), 400, null);
    }

    @Test
    void a_partial_refund_webhook_is_recorded_and_a_lost_dispute_credits_the_rest() {
        long before = memoryMb();
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"ram\", \"quantity\": 2}"), 201);
        String paymentId = purchase.path("payment_id").asText();
        String paymentPath = "/api/payments/my-team/" + paymentId;
        assertThat(server.send(server.request("/sandbox/checkout/" + paymentId + "/pay")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);
        long now = Instant.now().getEpochSecond();

        // what the provider gave back in all, not the increment
        String partial = event("payment.refunded", paymentId, "2.00", "EUR")
                .replace("\"amount\":2.00", "\"amount_refunded\":0.80");
        assertThat(ok(webhook(partial, signed(partial, now)), 200).path("outcome").asText()).isEqualTo("applied");
        assertThat(ok(webhook(partial, signed(partial, now)), 200).path("outcome").asText())
                .isEqualTo("duplicate_event");
        JsonNode payment = ok(server.get(paymentPath, member), 200);
        assertThat(payment.path("status").asText()).isEqualTo("completed");
        assertThat(payment.path("refunded").decimalValue()).isEqualByComparingTo("0.80");
        assertThat(payment.path("refunds").get(0).path("origin").asText()).isEqualTo("provider");
        assertThat(payment.path("refunds").get(0).path("credit_note").asText()).startsWith("SL-AV-");
        assertThat(memoryMb()).as("a partial refund leaves the add-on").isEqualTo(before + 1000);

        // refused before anything is recorded
        String wrongCurrency = event("payment.refunded", paymentId, "2.00", "USD")
                .replace("\"amount\":2.00", "\"amount_refunded\":2.00");
        problem(webhook(wrongCurrency, signed(wrongCurrency, now)), 422, null);
        String notANumber = event("payment.refunded", paymentId, "2.00", "EUR")
                .replace("\"amount\":2.00", "\"amount_refunded\":\"lots\"");
        problem(webhook(notANumber, signed(notANumber, now)), 400, null);
        assertThat(ok(server.get(paymentPath, member), 200).path("refunds")).hasSize(1);

        String dispute = refundEvent("payment.disputed", paymentId);
        assertThat(ok(webhook(dispute, signed(dispute, now)), 200).path("outcome").asText()).isEqualTo("applied");
        assertThat(memoryMb()).isEqualTo(before);
        String lost = refundEvent("payment.dispute_lost", paymentId);
        assertThat(ok(webhook(lost, signed(lost, now)), 200).path("outcome").asText()).isEqualTo("applied");
        payment = ok(server.get(paymentPath, member), 200);
        assertThat(payment.path("status").asText()).isEqualTo("disputed");
        assertThat(payment.path("refunded").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(payment.path("refunds").get(1).path("reason").asText()).isEqualTo("dispute lost at the provider");

    }

    @Test
    void an_idempotency_key_returns_the_first_purchase() {
        String key = "key-" + UUID.randomUUID();
        var first = server.send(RunningServer.authorised(server.request("/api/resources/my-team/purchase"), owner)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"resource_type\":\"storage\",\"quantity\":1}")).build());
        var again = server.send(RunningServer.authorised(server.request("/api/resources/my-team/purchase"), owner)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"quantity\":1,\"resource_type\":\"storage\"}")).build());
        var other = server.send(RunningServer.authorised(server.request("/api/resources/my-team/purchase"), owner)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"resource_type\":\"storage\",\"quantity\":2}")).build());

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("payment_id")).isEqualTo(first.json().path("payment_id"));
        problem(other, 422, "Idempotency-Key");
    }

    @Test
    void concurrent_purchases_with_one_idempotency_key_create_one_payment() throws Exception {
        int paymentsBefore = ok(server.get("/api/payments/my-team?limit=100", owner), 200).path("payments").size();
        int resourcesBefore = ok(server.get("/api/resources/my-team/list", owner), 200).path("resources").size();
        for (int round = 0; round < 3; round++) {
            String key = "race-" + UUID.randomUUID();
            int racers = 8;
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
            try {
                List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return server.send(RunningServer.authorised(server.request("/api/resources/my-team/purchase"),
                                        owner).header("Content-Type", "application/json").header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"resource_type\":\"ram\",\"quantity\":1}"))
                                .build());
                    }));
                }
                start.countDown();
                java.util.Set<String> payments = new java.util.HashSet<>();
                for (var reply : replies) {
                    Reply answer = reply.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
                    payments.add(answer.json().path("payment_id").asText());
                }
                assertThat(payments).as("payment ids answered to one key").hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(ok(server.get("/api/payments/my-team?limit=100", owner), 200).path("payments").size())
                .isEqualTo(paymentsBefore + 3);
        assertThat(ok(server.get("/api/resources/my-team/list", owner), 200).path("resources").size())
                .isEqualTo(resourcesBefore + 3);
    }

    @Test
    void seed_11_support_ticket_through_the_desk() {
        JsonNode created = ok(server.post("/api/support/my-team/tickets", member, """
                {"subject": "Problème de déploiement", "description": "Mon application ne démarre pas...",
                 "category": "technical"}"""), 201);
        String id = created.path("ticket_id").asText();
        assertThat(id).startsWith("ticket_");
        assertThat(created.path("status").asText()).isEqualTo("open");
        assertThat(created.path("priority").asText()).isEqualTo("high");
        assertThat(created.path("category").asText()).isEqualTo("technical");
        assertThat(created.path("created_at").asText()).endsWith("Z");

        ok(server.post("/api/staff/tickets/" + id + "/messages", staff, "{\"message\":\"On regarde.\"}"), 201);
        ok(server.post("/api/staff/tickets/" + id + "/messages", staff,
                "{\"message\":\"Note: client Pro\",\"is_internal\":true}"), 201);
        ok(server.post("/api/support/my-team/tickets/" + id + "/messages", member, "{\"message\":\"Merci !\"}"), 201);

        JsonNode detail = ok(server.get("/api/support/my-team/tickets/" + id, member), 200);
        assertThat(detail.path("status").asText()).isEqualTo("waiting");
        assertThat(detail.path("messages").findValuesAsText("message"))
                .containsExactly("Mon application ne démarre pas...", "On regarde.", "Merci !");
        for (String field : new String[]{"id", "team_id", "user_id", "subject", "description", "status", "priority",
                "category", "assigned_to", "created_at", "updated_at", "resolved_at", "closed_at",
                "first_response_due_at", "first_responded_at", "first_response_overdue", "messages"}) {
            assertThat(detail.has(field)).as(field).isTrue();
        }
        JsonNode staffView = ok(server.get("/api/staff/tickets/" + id, staff), 200);
        assertThat(staffView.path("messages")).hasSize(4);
        assertThat(staffView.path("messages").findValuesAsText("is_internal")).contains("true");

        JsonNode searched = ok(server.get("/api/support/my-team/tickets?q=DEPLOIEMENT", member), 200);
        assertThat(searched.path("tickets").findValuesAsText("id")).contains(id);
        assertThat(searched.has("next_cursor")).isTrue();
        assertThat(ok(server.get("/api/support/my-team/tickets?q=client%20pro", member), 200).path("tickets"))
                .isEmpty();

        JsonNode queue = ok(server.get("/api/staff/queue", staff), 200);
        assertThat(queue.path("tickets").findValuesAsText("id")).contains(id);

        problem(server.patch("/api/support/my-team/tickets/" + id, member, "{\"status\":\"in_progress\"}"), 403, null);
        problem(server.post("/api/support/my-team/tickets/" + id + "/messages", member,
                "{\"message\":\"x\",\"is_internal\":true}"), 403, null);
        JsonNode resolved = ok(server.patch("/api/support/my-team/tickets/" + id, member,
                "{\"status\":\"resolved\"}"), 200);
        assertThat(resolved.path("resolved_at").asText()).isNotBlank();
        ok(server.patch("/api/staff/tickets/" + id, staff,
                "{\"status\":\"closed\",\"assigned_to\":\"support@servelink.com\"}"), 200);
        problem(server.post("/api/support/my-team/tickets/" + id + "/messages", member, "{\"message\":\"re\"}"), 409,
                null);

        JsonNode stats = ok(server.get("/api/support/my-team/stats", member), 200);
        assertThat(stats.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.path("by_status").path("closed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.has("avg_resolution_hours")).isTrue();
        assertThat(stats.has("by_priority")).isTrue();
        assertThat(ok(server.get("/api/staff/stats", staff), 200).path("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_operator_sets_up_a_free_team_whose_owner_cannot_buy_add_ons() {
        String admin = RunningServer.ADMIN_TOKEN;
        String slug = "free-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode team = ok(server.post("/api/admin/teams", admin,
                "{\"slug\":\"" + slug + "\",\"name\":\"Free team\",\"plan\":\"free\"}"), 201);
        assertThat(team.path("id").asText()).startsWith("team_");
        assertThat(team.path("plan").asText()).isEqualTo("free");
        JsonNode user = ok(server.post("/api/admin/users", admin,
                "{\"email\":\"" + slug + "@example.com\",\"name\":\"Owner\",\"is_support\":false}"), 201);
        ok(server.post("/api/admin/teams/" + slug + "/members", admin,
                "{\"user_id\":" + user.path("id").asLong() + ",\"role\":\"owner\"}"), 201);
        String token = ok(server.post("/api/admin/users/" + user.path("id").asLong() + "/tokens", admin, ""), 201)
                .path("token").asText();

        problem(server.post("/api/resources/" + slug + "/purchase", token, "{\"resource_type\":\"ram\",\"quantity\":1}"),
                403, null);
        JsonNode offers = ok(server.send(RunningServer.authorised(server.request("/api/resources/" + slug
                + "/available"), token).header("Accept-Language", "en").GET().build()), 200);
        assertThat(offers.path("resources").get(0).path("name").asText()).isEqualTo("Additional RAM");
        assertThat(offers.path("resources").get(0).path("purchasable").asBoolean()).isFalse();
        JsonNode ticket = ok(server.post("/api/support/" + slug + "/tickets", token,
                "{\"subject\":\"Aide\",\"description\":\"Urgent !\",\"priority\":\"urgent\"}"), 201);
        assertThat(ticket.path("priority").asText()).isEqualTo("normal");

        ok(server.patch("/api/admin/teams/" + slug, admin, "{\"plan\":\"pro\"}"), 200);
        ok(server.post("/api/resources/" + slug + "/purchase", token, "{\"resource_type\":\"ram\",\"quantity\":1}"), 201);
        problem(server.post("/api/admin/teams", admin, "{\"slug\":\"" + slug + "\",\"name\":\"Dup\",\"plan\":\"pro\"}"),
                409, null);

        JsonNode jobs = ok(server.get("/api/admin/jobs", admin), 200);
        assertThat(jobs.path("jobs").findValuesAsText("name")).contains("expire_additional_resources",
                "reconcile_payments");
        assertThat(jobs.path("jobs").findValuesAsText("name")).containsExactly("check_inactive_projects",
                "cleanup_inactive_deployments", "update_project_storage", "expire_additional_resources",
                "check_usage_limits_task", "notify_expiring_addons", "reconcile_payments", "purge_outbox",
                "close_resolved_tickets", "check_sla", "renew_additional_resources", "propose_faq_drafts");
        for (JsonNode job : jobs.path("jobs")) {
            String hour = switch (job.path("name").asText()) {
                case "check_inactive_projects" -> "T02:00:00Z";
                case "cleanup_inactive_deployments" -> "T03:00:00Z";
                case "update_project_storage" -> "T04:00:00Z";
                case "expire_additional_resources" -> "T05:00:00Z";
                case "check_usage_limits_task" -> "T06:00:00Z";
                case "purge_outbox" -> "T00:00:00Z";
                case "notify_expiring_addons" -> "T07:00:00Z";
                case "close_resolved_tickets" -> "T01:00:00Z";
                case "check_sla" -> ":00Z";
                case "renew_additional_resources" -> "T04:30:00Z";
                case "propose_faq_drafts" -> "T02:30:00Z";
                default -> ":00:00Z";
            };
            assertThat(job.path("next_fire_at").asText()).as(job.toString()).endsWith(hour);
        }
        for (String job : new String[]{"check_inactive_projects", "cleanup_inactive_deployments",
                "update_project_storage", "check_usage_limits_task", "propose_faq_drafts"}) {
            JsonNode result = ok(server.post("/api/admin/jobs/" + job + "/run", admin, ""), 200);
            assertThat(result.path("job").asText()).isEqualTo(job);
            assertThat(ok(server.post("/api/admin/jobs/" + job + "/run", admin, ""), 200).path("affected").asInt())
                    .as("second run of %s", job).isZero();
        }
        JsonNode run = ok(server.post("/api/admin/jobs/expire_additional_resources/run", admin, ""), 200);
        assertThat(run.path("job").asText()).isEqualTo("expire_additional_resources");
        assertThat(run.has("affected")).isTrue();
        assertThat(run.has("started_at")).isTrue();
        assertThat(run.has("finished_at")).isTrue();
        problem(server.post("/api/admin/jobs/no_such_job/run", admin, ""), 404, null);
    }

    @Test
    void every_error_status_of_spec_6() {
        problem(server.post("/api/resources/my-team/purchase", owner, "{\"resource_type\":"), 400, null);
        problem(server.post("/api/resources/my-team/purchase", owner, ""), 400, null);
        Reply unauthorised = server.get("/api/resources/no-such-team/limits", null);
        problem(unauthorised, 401, null);
        assertThat(unauthorised.header("WWW-Authenticate")).startsWith("Bearer");
        problem(server.get("/api/resources/my-team/limits", "slk_not_a_token"), 401, null);
        problem(server.get("/api/resources/my-team/limits", RunningServer.ADMIN_TOKEN), 401, null);
        problem(server.post("/api/resources/my-team/purchase", member, "{\"resource_type\":\"ram\",\"quantity\":1}"),
                403, null);
        problem(server.get("/api/admin/jobs", owner), 403, null);
        problem(server.get("/api/resources/no-such-team/limits", owner), 404, null);
        problem(server.get("/api/support/my-team/tickets/ticket_doesnotexist", member), 404, null);
        problem(server.get("/api/support/my-team/tickets/..%2F..%2Fetc%2Fpasswd", member), 404, null);
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\":\"ram\",\"quantity\":1}"), 201);
        String cancel = "/api/resources/my-team/cancel/" + purchase.path("resource_id").asText();
        assertThat(ok(server.delete(cancel, owner), 200).path("status").asText()).isEqualTo("cancelled");
        problem(server.delete(cancel, owner), 409, null);
        problem(server.post("/api/support/my-team/tickets", member,
                "{\"subject\":\"" + "x".repeat(70_000) + "\"}"), 413, null);
        problem(server.send(RunningServer.authorised(server.request("/api/support/my-team/tickets"), member)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build()),
                415, null);
        problem(server.post("/api/resources/my-team/purchase", owner, "{\"resource_type\":\"ram\",\"quantity\":\"2\"}"),
                422, "quantity");
        problem(server.post("/api/resources/my-team/purchase", owner, "{\"resource_type\":\"ram\",\"quantity\":1.5}"),
                422, "quantity");
        problem(server.post("/api/resources/my-team/purchase", owner, "{\"resource_type\":\"ram\",\"quantity\":true}"),
                422, "quantity");
        problem(server.post("/api/resources/my-team/purchase", owner, "{\"resource_type\":\"ram\",\"quantity\":101}"),
                422, "quantity");
        problem(server.post("/api/resources/my-team/purchase", owner, "{}"), 422, "resource_type");
        problem(server.post("/api/support/my-team/tickets", member, "{\"subject\":\"\",\"extra\":1}"), 422, "subject");
        problem(server.get("/api/support/my-team/tickets?limit=101", member), 422, "limit");
        problem(server.get("/api/support/my-team/tickets?status=lost", member), 422, "status");
        Reply unknownFields = server.post("/api/support/my-team/tickets", member,
                "{\"subject\":\"Champs en plus\",\"description\":\"ok\",\"color\":\"blue\"}");
        assertThat(unknownFields.status()).isEqualTo(201);
    }

    @Test
    void health_readiness_and_documentation_are_public() {
        assertThat(ok(server.get("/health", null), 200).path("status").asText()).isEqualTo("ok");
        assertThat(ok(server.get("/ready", null), 200).path("status").asText()).isEqualTo("ready");
        JsonNode openApi = ok(server.get("/openapi.json", null), 200);
        assertThat(openApi.path("openapi").asText()).startsWith("3.1");
        Reply docs = server.get("/docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("swagger-ui-bundle.js");
        assertThat(server.get("/docs/swagger-ui-bundle.js", null).status()).isEqualTo(200);
    }
}
