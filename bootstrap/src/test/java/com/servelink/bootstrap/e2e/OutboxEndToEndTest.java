package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the outbox records as a client uses the API: one event per change, with its data, in
 * order; never an internal note.
 */
class OutboxEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.h2();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Row(String type, JsonNode data) {
    }

    private static List<Row> events(String key, String value) {
        try (Connection connection = server.servelink().database().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select event_type, data from outbox_event order by seq")) {
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    JsonNode data = JSON.readTree(row.getString(2));
                    if (value.equals(data.path(key).asText())) {
                        rows.add(new Row(row.getString(1), data));
                    }
                }
            }
            return rows;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_ticket_s_life_is_recorded_event_by_event_without_its_internal_note() {
        var tokens = server.tokens();
        JsonNode created = server.post("/api/support/my-team/tickets", tokens.member(),
                "{\"subject\":\"Déploiement bloqué\",\"description\":\"Rien ne démarre\",\"category\":\"technical\"}")
                .json();
        String id = created.path("ticket_id").asText();
        assertThat(server.post("/api/staff/tickets/" + id + "/messages", tokens.staff(),
                "{\"message\":\"On regarde.\"}").status()).isEqualTo(201);
        assertThat(server.post("/api/staff/tickets/" + id + "/messages", tokens.staff(),
                "{\"message\":\"INTERNAL-7f3 client Pro, voir facture\",\"is_internal\":true}").status()).isEqualTo(201);
        assertThat(server.post("/api/support/my-team/tickets/" + id + "/messages", tokens.member(),
                "{\"message\":\"Merci !\"}").status()).isEqualTo(201);
        assertThat(server.patch("/api/support/my-team/tickets/" + id, tokens.member(),
                "{\"status\":\"resolved\"}").status()).isEqualTo(200);

        List<Row> events = events("ticket_id", id);

        assertThat(events).extracting(Row::type).containsExactly("ticket.created", "ticket.replied",
                "ticket.status_changed", "ticket.replied", "ticket.status_changed", "ticket.status_changed");
        JsonNode first = events.get(0).data();
        assertThat(first.path("subject").asText()).isEqualTo("Déploiement bloqué");
        assertThat(first.path("description").asText()).isEqualTo("Rien ne démarre");
        assertThat(first.path("priority").asText()).isEqualTo("high");
        assertThat(first.path("team_slug").asText()).isEqualTo("my-team");
        JsonNode reply = events.get(1).data();
        assertThat(reply.path("author_type").asText()).isEqualTo("support");
        assertThat(reply.path("text").asText()).isEqualTo("On regarde.");
        assertThat(events.get(2).data().path("from").asText()).isEqualTo("open");
        assertThat(events.get(2).data().path("to").asText()).isEqualTo("in_progress");
        assertThat(events.get(3).data().path("author_type").asText()).isEqualTo("user");
        assertThat(events.get(5).data().path("to").asText()).isEqualTo("resolved");
        assertThat(events.toString()).doesNotContain("INTERNAL-7f3");
    }

    @Test
    void a_paid_add_on_records_the_payment_and_the_activation() {
        JsonNode purchase = server.post("/api/resources/my-team/purchase", server.tokens().owner(),
                "{\"resource_type\":\"ram\",\"quantity\":2}").json();
        String checkout = "/sandbox/checkout/" + purchase.path("payment_id").asText();
        assertThat(server.send(server.request(checkout + "/pay").POST(HttpRequest.BodyPublishers.noBody()).build())
                .status()).isEqualTo(200);

        List<Row> events = events("resource_id", purchase.path("resource_id").asText());

        assertThat(events).extracting(Row::type).containsExactly("payment.completed", "addon.activated");
        assertThat(events.get(0).data().path("amount").asText()).isEqualTo("2.00");
        assertThat(events.get(0).data().path("currency").asText()).isEqualTo("EUR");
        assertThat(events.get(1).data().path("resource_type").asText()).isEqualTo("ram");
        assertThat(events.get(1).data().path("quantity").asInt()).isEqualTo(2);
        assertThat(events.get(1).data().path("expires_at").asText()).isNotBlank();
    }

    @Test
    void a_declined_payment_records_its_failure_and_nothing_else() {
        JsonNode purchase = server.post("/api/resources/my-team/purchase", server.tokens().owner(),
                "{\"resource_type\":\"cpu\",\"quantity\":1}").json();
        String checkout = "/sandbox/checkout/" + purchase.path("payment_id").asText();
        assertThat(server.send(server.request(checkout + "/decline").POST(HttpRequest.BodyPublishers.noBody())
                .build()).status()).isEqualTo(200);

        assertThat(events("payment_id", purchase.path("payment_id").asText())).extracting(Row::type)
                .containsExactly("payment.failed");
    }
}
