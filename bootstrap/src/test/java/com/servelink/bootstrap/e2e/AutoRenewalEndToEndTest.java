package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-renewal as an owner lives it, against a real server and the sandbox provider: switched on
 * by the API, charged by the job {@code renew_additional_resources} (run through the admin API),
 * extending the add-on by 30 days from its old expiry, once however often the job runs. Time is
 * moved by setting the add-on's expiry in the database to an hour from now.
 */
abstract class AutoRenewalEndToEndTest extends DemoServerFixture {

    private JsonNode boughtAndPaid(String type) {
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\": \"" + type + "\", \"quantity\": 1}"), 201);
        String checkout = "/sandbox/checkout/" + purchase.path("payment_id").asText();
        assertThat(server.send(server.request(checkout + "/pay").POST(HttpRequest.BodyPublishers.noBody()).build())
                .status()).isEqualTo(200);
        return purchase;
    }

    private JsonNode resource(String id) {
        for (JsonNode resource : ok(server.get("/api/resources/my-team/list", owner), 200).path("resources")) {
            if (resource.path("id").asText().equals(id)) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + id);
    }

    private Instant endsInAnHour(String resourceId) throws SQLException {
        Instant expiry = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try (Connection connection = server.servelink().database().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update additional_resource set expires_at = ?, activated_at = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(expiry, ZoneOffset.UTC));
            update.setObject(2, OffsetDateTime.ofInstant(expiry.minus(Duration.ofHours(720)), ZoneOffset.UTC));
            update.setString(3, resourceId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        return expiry;
    }

    private void runRenewals() {
        JsonNode run = ok(server.post("/api/admin/jobs/renew_additional_resources/run", RunningServer.ADMIN_TOKEN,
                ""), 200);
        assertThat(run.path("job").asText()).isEqualTo("renew_additional_resources");
    }

    @Test
    void an_owner_switches_auto_renewal_and_the_job_renews_once_from_the_old_expiry() throws SQLException {
        String id = boughtAndPaid("traffic").path("resource_id").asText();
        assertThat(resource(id).path("auto_renew").asBoolean(true)).isFalse();

        JsonNode switched = ok(server.patch("/api/resources/my-team/resources/" + id, owner,
                "{\"auto_renew\": true}"), 200);
        assertThat(switched.path("auto_renew").asBoolean()).isTrue();
        Instant expiry = endsInAnHour(id);

        runRenewals();
        runRenewals();

        JsonNode renewed = resource(id);
        assertThat(renewed.path("status").asText()).isEqualTo("active");
        assertThat(Instant.parse(renewed.path("expires_at").asText())).isEqualTo(expiry.plus(Duration.ofHours(720)));
        JsonNode payments = ok(server.get("/api/payments/my-team", owner), 200).path("payments");
        long renewals = 0;
        for (JsonNode payment : payments) {
            if (payment.path("resource_id").asText().equals(id) && payment.path("payment_url").isNull()) {
                renewals++;
                assertThat(payment.path("status").asText()).isEqualTo("completed");
                assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("1.00");
            }
        }
        assertThat(renewals).as("one renewal payment, however often the job ran").isEqualTo(1);
    }

    @Test
    void an_add_on_left_off_is_not_renewed() throws SQLException {
        String id = boughtAndPaid("storage").path("resource_id").asText();
        Instant expiry = endsInAnHour(id);

        runRenewals();

        assertThat(Instant.parse(resource(id).path("expires_at").asText())).isEqualTo(expiry);
    }

    @Test
    void a_member_may_not_switch_it_and_a_bad_body_names_the_field() {
        String id = boughtAndPaid("cpu").path("resource_id").asText();

        assertThat(server.patch("/api/resources/my-team/resources/" + id, member, "{\"auto_renew\": true}")
                .status()).isEqualTo(403);
        for (String body : new String[] {"{\"auto_renew\": \"yes\"}", "{}", "{\"auto_renew\": null}"}) {
            Reply refused = server.patch("/api/resources/my-team/resources/" + id, owner, body);
            assertThat(refused.status()).as(body).isEqualTo(422);
            assertThat(refused.json().path("errors").findValuesAsText("field")).as(body).contains("auto_renew");
        }
        assertThat(server.patch("/api/resources/my-team/resources/res_missing", owner, "{\"auto_renew\": true}")
                .status()).isEqualTo(404);
        assertThat(resource(id).path("auto_renew").asBoolean(true)).isFalse();
    }
}
