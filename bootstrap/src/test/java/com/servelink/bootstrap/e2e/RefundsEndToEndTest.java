package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff refunds through the API and the sandbox provider: partial then full, over the amount
 * paid, replayed with its Idempotency-Key, refused to members, bad input named.
 */
abstract class RefundsEndToEndTest extends DemoServerFixture {

    private void problem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().path("errors").findValuesAsText("field")).contains(field);
        }
    }

    private long memoryMb() {
        return ok(server.get("/api/resources/my-team/limits", member), 200).path("memory_mb").asLong();
    }

    private String paidRam(int quantity) {
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"ram\", \"quantity\": " + quantity + "}"), 201);
        String paymentId = purchase.path("payment_id").asText();
        assertThat(server.send(server.request("/sandbox/checkout/" + paymentId + "/pay")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(200);
        return paymentId;
    }

    private Reply refund(String paymentId, String body, String key) {
        HttpRequest.Builder request = RunningServer.authorised(server.request("/api/staff/payments/" + paymentId
                + "/refunds"), staff).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return server.send(request.build());
    }

    @Test
    void a_partial_refund_then_the_rest_revokes_the_add_on_and_limits_drop() {
        long before = memoryMb();
        String paymentId = paidRam(4); // 4.00 EUR
        assertThat(memoryMb()).isEqualTo(before + 2000);

        JsonNode first = ok(refund(paymentId, "{\"amount\": \"1.50\", \"reason\": \"two days of downtime\"}", "r-1"),
                201);
        assertThat(first.path("id").asText()).startsWith("rf_");
        assertThat(first.path("status").asText()).isEqualTo("succeeded");
        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(first.path("refundable").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(first.path("payment_status").asText()).isEqualTo("completed");
        assertThat(first.path("provider_reference").asText()).isNotBlank();
        assertThat(memoryMb()).as("a partial refund keeps the add-on").isEqualTo(before + 2000);
        // the team sees it beside the payment, in the payment and in the list
        JsonNode seen = ok(server.get("/api/payments/my-team/" + paymentId, member), 200);
        assertThat(seen.path("refunded").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(seen.path("refunds")).singleElement().satisfies(r -> {
            assertThat(r.path("id").asText()).isEqualTo(first.path("id").asText());
            assertThat(r.path("status").asText()).isEqualTo("succeeded");
            assertThat(r.has("requested_by")).as("who asked stays with staff").isFalse();
        });
        JsonNode listed = ok(server.get("/api/payments/my-team?limit=100", member), 200).path("payments");
        JsonNode inList = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(p -> p.path("id").asText().equals(paymentId)).findFirst().orElseThrow();
        assertThat(inList.path("refunded").decimalValue()).isEqualByComparingTo("1.50");

        // replayed with its key: the same refund, nothing more given back
        JsonNode replay = ok(refund(paymentId, "{\"amount\": \"1.50\", \"reason\": \"two days of downtime\"}", "r-1"),
                201);
        assertThat(replay.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(replay.path("refundable").decimalValue()).isEqualByComparingTo("2.50");
        problem(refund(paymentId, "{\"amount\": 2, \"reason\": \"two days of downtime\"}", "r-1"), 422,
                "Idempotency-Key");

        problem(refund(paymentId, "{\"amount\": 2.51, \"reason\": \"more than is left\"}", "r-2"), 409, null);
        JsonNode rest = ok(refund(paymentId, "{\"amount\": 2.50, \"reason\": \"closing the account\"}", "r-3"), 201);
        assertThat(rest.path("refundable").decimalValue()).isEqualByComparingTo("0");
        assertThat(rest.path("refunded").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(rest.path("payment_status").asText()).isEqualTo("refunded");
        assertThat(memoryMb()).isEqualTo(before);
        assertThat(ok(server.get("/api/payments/my-team/" + paymentId, member), 200).path("status").asText())
                .isEqualTo("refunded");

        // each refund has its credit note on the payment's invoice, which the team reads there
        assertThat(first.path("credit_note").asText()).matches("SL-AV-\\d{4}-\\d{6}");
        JsonNode invoices = ok(server.get("/api/teams/my-team/invoices?limit=100", member), 200).path("invoices");
        String number = java.util.stream.StreamSupport.stream(invoices.spliterator(), false)
                .filter(i -> i.path("payment_id").asText().equals(paymentId)).findFirst().orElseThrow()
                .path("number").asText();
        JsonNode invoice = ok(server.get("/api/teams/my-team/invoices/" + number, member), 200);
        assertThat(invoice.path("credit_notes").findValuesAsText("number"))
                .containsExactly(first.path("credit_note").asText(), rest.path("credit_note").asText());
        java.math.BigDecimal credited = java.util.stream.StreamSupport.stream(invoice.path("credit_notes")
                .spliterator(), false).map(n -> n.path("gross").decimalValue()).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        assertThat(credited).isEqualByComparingTo(invoice.path("gross").decimalValue());
        problem(refund(paymentId, "{\"amount\": 0.01, \"reason\": \"again\"}", "r-4"), 409, null);
    }

    @Test
    void only_staff_refund_and_bad_input_is_named_and_changes_nothing() {
        String paymentId = paidRam(1);
        Reply byOwner = server.send(RunningServer.authorised(server.request("/api/staff/payments/" + paymentId
                        + "/refunds"), owner).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\": 1, \"reason\": \"x\"}")).build());
        problem(byOwner, 403, null);
        problem(refund(paymentId, "{\"reason\": \"no amount\"}", null), 422, "amount");
        problem(refund(paymentId, "{\"amount\": \"a lot\", \"reason\": \"x\"}", null), 422, "amount");
        problem(refund(paymentId, "{\"amount\": 0.001, \"reason\": \"x\"}", null), 422, "amount");
        problem(refund(paymentId, "{\"amount\": -1, \"reason\": \"x\"}", null), 422, "amount");
        problem(refund(paymentId, "{\"amount\": 1}", null), 422, "reason");
        problem(refund(paymentId, "{\"amount\": 1, \"reason\": \"x\"}", " "), 422, "Idempotency-Key");
        problem(refund(paymentId, "", null), 400, null);
        problem(refund("pm_nope", "{\"amount\": 1, \"reason\": \"x\"}", null), 404, null);
        problem(refund("not-an-id", "{\"amount\": 1, \"reason\": \"x\"}", null), 404, null);
        JsonNode whole = ok(refund(paymentId, "{\"amount\": 1, \"reason\": \"all of it\"}", null), 201);
        assertThat(whole.path("refunded").decimalValue()).isEqualByComparingTo("1.00");

        JsonNode pending = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"cpu\", \"quantity\": 1}"), 201);
        problem(refund(pending.path("payment_id").asText(), "{\"amount\": 1, \"reason\": \"unpaid\"}", null), 409,
                null);
    }
}
