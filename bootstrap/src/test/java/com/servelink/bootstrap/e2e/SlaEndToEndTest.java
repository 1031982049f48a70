package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA as a client sees it: the due times and breaches in every ticket view, the queue's
 * order and flags, and the two jobs run through the operator's route. Time is moved by
 * back-dating a ticket's stored clock (the server runs on the system clock).
 */
abstract class SlaEndToEndTest extends DemoServerFixture {
    private static final String ADMIN = RunningServer.ADMIN_TOKEN;

    private String open(String subject, String priority) {
        return ok(server.post("/api/support/my-team/tickets", member, "{\"subject\":\"" + subject
                + "\",\"description\":\"Rien ne démarre\",\"priority\":\"" + priority + "\"}"), 201)
                .path("ticket_id").asText();
    }

    private JsonNode staffView(String id) {
        return ok(server.get("/api/staff/tickets/" + id, staff), 200);
    }

    private int run(String job) {
        JsonNode result = ok(server.post("/api/admin/jobs/" + job + "/run", ADMIN, ""), 200);
        assertThat(result.path("job").asText()).isEqualTo(job);
        return result.path("affected").asInt();
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = server.servelink().database().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Instant instant
                        ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameters[i];
                statement.setObject(i + 1, value);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ticket as if it had been opened {@code ago} earlier, its clock running since then. */
    private void openedAgo(String id, Duration ago) {
        Instant then = Instant.now().minus(ago);
        execute("update support_ticket set created_at = ?, sla_running_since = ?, sla_response_started_at = ?, "
                + "sla_next_check_at = ? where id = ?", then, then, then, then, id);
    }

    private List<String> eventTypes(String ticketId) {
        try (Connection connection = server.servelink().database().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select event_type, data from outbox_event order by seq")) {
            List<String> types = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (row.getString(2).contains("\"" + ticketId + "\"")) {
                        types.add(row.getString(1));
                    }
                }
            }
            return types;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_ticket_view_carries_the_sla_fields() {
        String id = open("Délais", "normal"); // my-team is Pro: high, answer within 4 h, resolve within 24 h
        JsonNode detail = ok(server.get("/api/support/my-team/tickets/" + id, member), 200);
        Instant created = Instant.parse(detail.path("created_at").asText());

        assertThat(Instant.parse(detail.path("next_response_due_at").asText()))
                .isEqualTo(created.plus(Duration.ofHours(4)));
        assertThat(Instant.parse(detail.path("resolution_due_at").asText()))
                .isEqualTo(created.plus(Duration.ofHours(24)));
        assertThat(detail.path("first_response_due_at").asText()).isEqualTo(detail.path("next_response_due_at").asText());
        assertThat(detail.path("sla_breached").isArray()).isTrue();
        assertThat(detail.path("sla_breached")).isEmpty();
        assertThat(detail.path("sla_status").asText()).isEqualTo("ok");

        JsonNode listed = StreamSupport.stream(ok(server.get("/api/support/my-team/tickets", member), 200)
                .path("tickets").spliterator(), false).filter(t -> t.path("id").asText().equals(id)).findFirst()
                .orElseThrow();
        assertThat(listed.path("next_response_due_at").asText()).isEqualTo(detail.path("next_response_due_at").asText());
        assertThat(listed.path("resolution_due_at").asText()).isEqualTo(detail.path("resolution_due_at").asText());
        assertThat(listed.path("sla_breached")).isEmpty();

        // the staff answer: nothing owed, the clock paused while the ball is with the customer
        ok(server.post("/api/staff/tickets/" + id + "/messages", staff, "{\"message\":\"Pouvez-vous préciser ?\"}"), 201);
        JsonNode answered = staffView(id);
        assertThat(answered.path("status").asText()).isEqualTo("in_progress");
        assertThat(answered.has("next_response_due_at")).isTrue();
        assertThat(answered.path("next_response_due_at").isNull()).isTrue();
        assertThat(answered.path("resolution_due_at").isNull()).isTrue();

        // the customer writes back: a next response is owed from now
        ok(server.post("/api/support/my-team/tickets/" + id + "/messages", member, "{\"message\":\"Voici\"}"), 201);
        JsonNode waiting = staffView(id);
        Instant replied = Instant.parse(waiting.path("updated_at").asText());
        assertThat(Instant.parse(waiting.path("next_response_due_at").asText()))
                .isEqualTo(replied.plus(Duration.ofHours(4)));
        assertThat(waiting.path("resolution_due_at").isNull()).isFalse();

        // re-targeted by a priority change, from the same start
        ok(server.patch("/api/staff/tickets/" + id, staff, "{\"priority\":\"urgent\"}"), 200);
        assertThat(Instant.parse(staffView(id).path("next_response_due_at").asText()))
                .isEqualTo(replied.plus(Duration.ofHours(2)));
    }

    @Test
    void the_queue_orders_by_the_earliest_due_time_within_a_priority_and_flags_75_and_100_percent() {
        String paused = open("En pause", "high");
        ok(server.post("/api/staff/tickets/" + paused + "/messages", staff, "{\"message\":\"Un instant\"}"), 201);
        String fresh = open("Récent", "high");
        String warned = open("Presque en retard", "high");
        String late = open("En retard", "high");
        String urgent = open("Urgent", "urgent");
        openedAgo(warned, Duration.ofMinutes(190)); // 79 % of 4 h
        openedAgo(late, Duration.ofMinutes(250));   // past 4 h
        run("check_sla"); // derives the stored due times of the back-dated clocks

        List<JsonNode> queue = new ArrayList<>();
        ok(server.get("/api/staff/queue", staff), 200).path("tickets").forEach(queue::add);
        List<String> mine = queue.stream().map(t -> t.path("id").asText())
                .filter(List.of(paused, fresh, warned, late, urgent)::contains).toList();

        assertThat(mine).containsExactly(urgent, late, warned, fresh, paused);
        JsonNode lateView = queue.stream().filter(t -> t.path("id").asText().equals(late)).findFirst().orElseThrow();
        assertThat(lateView.path("sla_status").asText()).isEqualTo("breached");
        assertThat(lateView.path("sla_breached").get(0).asText()).isEqualTo("first_response");
        assertThat(lateView.path("first_response_overdue").asBoolean()).isTrue();
        assertThat(queue.stream().filter(t -> t.path("id").asText().equals(warned)).findFirst().orElseThrow()
                .path("sla_status").asText()).isEqualTo("warning");
        assertThat(queue.stream().filter(t -> t.path("id").asText().equals(fresh)).findFirst().orElseThrow()
                .path("sla_status").asText()).isEqualTo("ok");
        JsonNode pausedView = queue.stream().filter(t -> t.path("id").asText().equals(paused)).findFirst()
                .orElseThrow();
        assertThat(pausedView.path("next_response_due_at").isNull()).isTrue();
        assertThat(pausedView.path("resolution_due_at").isNull()).isTrue();
    }

    @Test
    void check_sla_raises_each_warning_and_breach_once_and_records_the_breach() {
        String warned = open("Avertissement", "high");
        String late = open("Dépassé", "high");
        openedAgo(warned, Duration.ofMinutes(200));
        openedAgo(late, Duration.ofMinutes(300));

        assertThat(run("check_sla")).isGreaterThanOrEqualTo(2);
        assertThat(run("check_sla")).as("a second run raises nothing more").isZero();

        assertThat(eventTypes(warned)).containsOnlyOnce("ticket.sla_warning").doesNotContain("ticket.sla_breached");
        assertThat(eventTypes(late)).containsOnlyOnce("ticket.sla_breached");
        JsonNode breached = staffView(late);
        assertThat(breached.path("sla_breached").toString()).isEqualTo("[\"first_response\"]");
        assertThat(breached.path("sla_status").asText()).isEqualTo("breached");

        // answered late: the breach stays recorded
        ok(server.post("/api/staff/tickets/" + late + "/messages", staff, "{\"message\":\"Désolé\"}"), 201);
        assertThat(ok(server.get("/api/support/my-team/tickets/" + late, member), 200).path("sla_breached")
                .toString()).isEqualTo("[\"first_response\"]");
    }

    private PageClient signedIn(String token, String language) {
        PageClient pages = new PageClient(server.base()).language(language);
        assertThat(pages.signIn(token).status()).isEqualTo(303);
        return pages;
    }

    @Test
    void the_pages_show_the_promise_due_times_and_readable_flags() {
        String fresh = open("Promesse", "high");
        String warned = open("Presque", "high");
        String late = open("Trop tard", "high");
        openedAgo(warned, Duration.ofMinutes(200));
        openedAgo(late, Duration.ofMinutes(300));
        run("check_sla");

        PageClient customer = signedIn(member, "fr");
        String promise = customer.get("/teams/my-team/support/tickets/" + fresh).text();
        assertThat(promise).containsPattern("id=\"promise\">Nous vous répondons avant (\\d\\d/\\d\\d/\\d{4} )?\\d\\d:\\d\\d \\(.+\\)</p>");
        assertThat(customer.get("/teams/my-team/support/tickets/" + late).text())
                .contains("Réponse attendue depuis").doesNotContain("sla-breached");
        assertThat(signedIn(member, "en").get("/teams/my-team/support/tickets/" + fresh).text())
                .containsPattern("We answer by (\\d{1,2} \\w+ \\d{4}, )?\\d\\d:\\d\\d \\(.+\\)");

        PageClient desk = signedIn(staff, "fr");
        String queue = desk.get("/staff/queue").text();
        assertThat(queue).contains("<span class=\"badge sla-breached\">délai dépassé</span>")
                .contains("<span class=\"badge sla-warning\">75 % du délai écoulé</span>");
        String ticket = desk.get("/staff/tickets/" + late).text();
        assertThat(ticket).contains("id=\"sla-breached\">Objectifs manqués : première réponse</span>")
                .contains("id=\"sla-next-response\"><time datetime=\"");
        assertThat(signedIn(staff, "en").get("/staff/queue").text())
                .contains("<span class=\"badge sla-breached\">breached</span>");
    }

    @Test
    void close_resolved_tickets_closes_tickets_resolved_seven_days_ago_with_a_system_message() {
        String quiet = open("Résolu il y a longtemps", "high");
        String recent = open("Résolu hier", "high");
        ok(server.patch("/api/support/my-team/tickets/" + quiet, member, "{\"status\":\"resolved\"}"), 200);
        ok(server.patch("/api/support/my-team/tickets/" + recent, member, "{\"status\":\"resolved\"}"), 200);
        execute("update support_ticket set resolved_at = ? where id = ?",
                Instant.now().minus(Duration.ofDays(7)).minusSeconds(60), quiet);
        execute("update support_ticket set resolved_at = ? where id = ?",
                Instant.now().minus(Duration.ofDays(1)), recent);

        assertThat(run("close_resolved_tickets")).isEqualTo(1);
        assertThat(run("close_resolved_tickets")).as("idempotent").isZero();

        JsonNode closed = ok(server.get("/api/support/my-team/tickets/" + quiet, member), 200);
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        JsonNode last = closed.path("messages").get(closed.path("messages").size() - 1);
        assertThat(last.path("author_type").asText()).isEqualTo("system");
        assertThat(last.path("is_internal").asBoolean()).isFalse();
        assertThat(last.path("user_id").isNull() || last.path("user_id").isMissingNode()).isTrue();
        assertThat(last.path("message").asText()).contains("closed automatically");
        assertThat(ok(server.get("/api/support/my-team/tickets/" + recent, member), 200).path("status").asText())
                .isEqualTo("resolved");
        assertThat(eventTypes(quiet)).endsWith("ticket.replied", "ticket.status_changed");
    }
}
