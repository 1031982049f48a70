package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 end to end: the ticket CSV export read back by a CSV parser to the list's own
 * figures, filter by filter, and the staff ticket view's billing block, field for field the
 * figures of the member routes (limits, usage summary, alerts, payments).
 */
abstract class SupportExportAndBillingTest extends DemoServerFixture {
    private static final String HEADER = "id,subject,status,priority,category,assigned_to,created_at,updated_at,"
            + "first_responded_at,first_response_due_at,resolved_at,closed_at\r\n";
    private final List<String> tickets = new ArrayList<>();
    private String formulaTicket;

    private void problem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactly(field);
        }
    }

    private String ticket(String subject, String category, String priority) {
        String body = "{\"subject\":\"" + subject.replace("\"", "\\\"") + "\",\"description\":\"Détails de "
                + subject.replace("\"", "\\\"") + "\",\"category\":\"" + category + "\",\"priority\":\"" + priority + "\"}";
        String id = ok(server.post("/api/support/my-team/tickets", member, body), 201).path("ticket_id").asText();
        tickets.add(id);
        return id;
    }

    private String paidAddOn(String type) {
        JsonNode purchase = ok(server.post("/api/resources/my-team/purchase", owner,
                "{\"resource_type\":\"" + type + "\",\"quantity\":1}"), 201);
        Reply paid = server.send(server.request("/sandbox/checkout/" + purchase.path("payment_id").asText() + "/pay")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(paid.status()).isEqualTo(200);
        return purchase.path("resource_id").asText();
    }

    @BeforeAll
    void seed() {
        ticket("Déploiement bloqué", "technical", "urgent");
        ticket("Facture de janvier", "billing", "normal");
        formulaTicket = ticket("=HYPERLINK(\"http://evil\",\"clic\")", "billing", "high");
        ticket("Idée, \"avec guillemets\"", "feature_request", "low");
        ticket("Bug d'affichage", "bug_report", "normal");
        ok(server.patch("/api/staff/tickets/" + tickets.get(0), staff, "{\"status\":\"resolved\"}"), 200);
        ok(server.post("/api/staff/tickets/" + tickets.get(1) + "/messages", staff,
                "{\"message\":\"note confidentielle\",\"is_internal\":true}"), 201);
        ok(server.post("/api/staff/tickets/" + tickets.get(1) + "/messages", staff,
                "{\"message\":\"Nous vérifions votre facture\",\"is_internal\":false}"), 201);
        // usage over 80 % of the Pro traffic limit today, add-ons and payments, then the limits job's alerts
        String project = ok(server.post("/api/admin/teams/my-team/projects", RunningServer.ADMIN_TOKEN,
                "{\"name\":\"shop\"}"), 201).path("id").asText();
        ok(server.post("/api/admin/usage", RunningServer.ADMIN_TOKEN, "{\"samples\":[{\"project_id\":\"" + project
                + "\",\"day\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"metric\":\"traffic_gb\",\"amount\":27}]}"), 200);
        for (String type : List.of("ram", "storage", "cpu", "ram", "storage", "traffic")) {
            paidAddOn(type);
        }
        ok(server.post("/api/admin/jobs/check_usage_limits_task/run", RunningServer.ADMIN_TOKEN, ""), 200);
    }

    private List<CSVRecord> export(String query) throws IOException {
        Reply csv = server.get("/api/support/my-team/tickets/export.csv" + query, member);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"my-team-tickets.csv\"");
        assertThat(csv.text()).startsWith(HEADER);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
    }

    private List<String> listed(String query) {
        JsonNode list = ok(server.get("/api/support/my-team/tickets?limit=100" + query, member), 200);
        List<String> ids = new ArrayList<>();
        list.path("tickets").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    @Test
    void the_export_reads_back_to_the_list_row_for_row_field_for_field() throws IOException {
        List<CSVRecord> rows = export("");
        JsonNode list = ok(server.get("/api/support/my-team/tickets?limit=100", member), 200).path("tickets");
        assertThat(rows).hasSize(list.size()).hasSizeGreaterThanOrEqualTo(tickets.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode ticket = list.get(i);
            assertThat(row.get("id")).isEqualTo(ticket.path("id").asText());
            if (!row.get("id").equals(formulaTicket)) {
                assertThat(row.get("subject")).isEqualTo(ticket.path("subject").asText());
            }
            for (String field : List.of("status", "priority", "category", "created_at", "updated_at",
                    "first_response_due_at")) {
                assertThat(row.get(field)).as(field).isEqualTo(textOf(ticket.path(field)));
            }
            for (String field : List.of("assigned_to", "first_responded_at", "resolved_at", "closed_at")) {
                assertThat(row.get(field)).as(field).isEqualTo(ticket.path(field).isNull() ? ""
                        : textOf(ticket.path(field)));
            }
        }
        CSVRecord formula = rows.stream().filter(r -> r.get("id").equals(formulaTicket)).findFirst().orElseThrow();
        assertThat(formula.get("subject")).isEqualTo("'=HYPERLINK(\"http://evil\",\"clic\")");
        assertThat(rows).extracting(r -> r.get("subject")).contains("Idée, \"avec guillemets\"");
        assertThat(rows.stream().filter(r -> r.get("id").equals(tickets.get(0))).findFirst().orElseThrow()
                .get("status")).isEqualTo("resolved");
        assertThat(rows.toString()).doesNotContain("Détails de", "note confidentielle");
    }

    /** Instants as the CSV writes them (Instant.toString) and the JSON agree to the instant. */
    private static String textOf(JsonNode node) {
        String text = node.asText();
        try {
            return java.time.Instant.parse(text).toString();
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return text;
        }
    }

    @Test
    void each_filter_of_the_list_selects_the_same_tickets() throws IOException {
        for (String query : List.of("status=resolved", "status=open", "priority=urgent", "priority=low",
                "category=billing", "category=feature_request", "q=" + URLEncoder.encode("facture", StandardCharsets.UTF_8),
                "q=" + URLEncoder.encode("vérifions", StandardCharsets.UTF_8),
                "q=" + URLEncoder.encode("confidentielle", StandardCharsets.UTF_8),
                "category=billing&priority=high", "status=closed")) {
            List<String> exported = export("?" + query).stream().map(r -> r.get("id")).toList();
            assertThat(exported).as(query).containsExactlyElementsOf(listed("&" + query));
        }
        assertThat(export("?category=billing").stream().map(r -> r.get("id")).toList())
                .containsExactlyInAnyOrder(tickets.get(1), formulaTicket);
        assertThat(export("?q=confidentielle")).as("an internal note is not searched").isEmpty();
        assertThat(export("?status=closed")).isEmpty();
    }

    @Test
    void the_export_refuses_as_the_list_does() {
        problem(server.get("/api/support/my-team/tickets/export.csv", null), 401, null);
        problem(server.get("/api/support/my-team/tickets/export.csv", staff), 404, null);
        problem(server.get("/api/support/no-such-team/tickets/export.csv", member), 404, null);
        problem(server.get("/api/support/my-team/tickets/export.csv?status=lost", member), 422, "status");
        problem(server.get("/api/support/my-team/tickets/export.csv?priority=asap", member), 422, "priority");
        problem(server.get("/api/support/my-team/tickets/export.csv?category=x", member), 422, "category");
        problem(server.get("/api/support/my-team/tickets/export.csv?q=" + "a".repeat(201), member), 422, "q");
    }

    @Test
    void the_staff_ticket_view_carries_the_team_billing_as_the_member_routes_show_it() {
        JsonNode view = ok(server.get("/api/staff/tickets/" + tickets.get(1), staff), 200);
        assertThat(view.path("id").asText()).isEqualTo(tickets.get(1));
        assertThat(view.path("messages").findValuesAsText("message")).contains("note confidentielle");
        JsonNode billing = view.path("billing");
        assertThat(billing.path("team_slug").asText()).isEqualTo("my-team");
        assertThat(billing.path("plan").asText()).isEqualTo("pro");

        JsonNode limits = ok(server.get("/api/resources/my-team/limits", member), 200);
        assertThat(billing.path("effective_limits")).isEqualTo(limits);

        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        JsonNode summary = ok(server.get("/api/usage/my-team/summary", member), 200);
        assertThat(billing.path("usage").path("month").asText()).isEqualTo(month.toString());
        assertThat(billing.path("addons")).isEqualTo(summary.path("active_addons"));
        assertThat(billing.path("addons").size()).isEqualTo(6);
        billing.path("addons").forEach(a -> assertThat(a.path("expires_at").isTextual()).isTrue());
        for (String metric : List.of("cpu_core_hours", "memory_mb_peak", "traffic_gb", "storage_mb")) {
            JsonNode percent = billing.path("usage").path("percentages").path(metric);
            assertThat(percent).as(metric).isEqualTo(summary.path(metric).path("percent"));
            assertThat(billing.path("usage").path("metrics").path(metric).path("used"))
                    .isEqualTo(summary.path(metric).path("used"));
        }
        assertThat(billing.path("usage").path("percentages").path("traffic_gb").decimalValue()).isPositive();

        JsonNode alerts = ok(server.get("/api/resources/my-team/alerts?month=" + month, member), 200).path("alerts");
        assertThat(alerts.size()).isPositive();
        assertThat(billing.path("open_alerts")).isEqualTo(alerts);

        JsonNode payments = ok(server.get("/api/payments/my-team", owner), 200).path("payments");
        assertThat(payments.size()).isEqualTo(6);
        assertThat(billing.path("last_payments").size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(billing.path("last_payments").get(i)).isEqualTo(payments.get(i));
        }
    }

    @Test
    void the_members_ticket_view_has_no_billing_and_only_staff_reach_the_staff_view() {
        JsonNode view = ok(server.get("/api/support/my-team/tickets/" + tickets.get(1), member), 200);
        assertThat(view.has("billing")).isFalse();
        assertThat(view.path("messages").findValuesAsText("message")).doesNotContain("note confidentielle");
        problem(server.get("/api/staff/tickets/" + tickets.get(1), member), 403, null);
        problem(server.get("/api/staff/tickets/" + tickets.get(1), owner), 403, null);
        problem(server.get("/api/staff/tickets/ticket_doesnotexist", staff), 404, null);
        assertThat(ok(server.patch("/api/staff/tickets/" + tickets.get(4), staff, "{\"priority\":\"high\"}"), 200)
                .has("billing")).as("only the staff GET carries it").isFalse();
    }
}
