package com.servelink.bootstrap.e2e;

import com.servelink.adapter.http.web.PageSettings;
import com.servelink.adapter.http.web.Pages;
import com.servelink.adapter.http.web.PaymentReturnPages;
import java.time.Clock;
import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.routes.AdminRoutes;
import com.servelink.adapter.http.routes.PaymentRoutes;
import com.servelink.adapter.http.routes.ResourceRoutes;
import com.servelink.adapter.http.routes.SandboxCheckoutRoutes;
import com.servelink.adapter.http.routes.SupportRoutes;
import com.servelink.adapter.http.routes.SystemRoutes;
import com.servelink.adapter.http.server.Route;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the API called by every kind of caller, each cell with the exact status SPEC §6
 * requires: authentication first (401 with {@code WWW-Authenticate: Bearer}), then "not a
 * member is not found" (404, staff and unknown teams included), then role (403), then the
 * answer. State-changing cells work on fresh tickets, resources, payments, teams and users, so
 * the cells are independent of each other and of their order.
 *
 * <p>The route list is written out here ({@link #ROUTES}); two tests check it against the
 * server's OpenAPI document and against the route classes, so a new route without a row fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizationMatrixTest {

    /** The callers of the matrix. */
    enum Who {
        ANONYMOUS, OUTSIDER, MEMBER, OWNER, ADMIN, STAFF, OPERATOR;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String TEAM = "my-team";
    static final String OTHER_TEAM = "other-team";
    static final String PURCHASE = "{\"resource_type\":\"ram\",\"quantity\":1}";
    static final String NEW_WEBHOOK = "{\"url\":\"https://93.184.216.34/matrix\",\"events\":[\"usage.alert\"]}";
    static final String NEW_ARTICLE = "{\"title\":\"Matrice des droits\",\"body\":\"Article de la matrice\","
            + "\"language\":\"fr\",\"category\":\"other\"}";
    static final String NEW_TICKET = "{\"subject\":\"Matrix ticket\",\"description\":\"Opened by the authorization matrix\"}";

    /** Every route of the server, "METHOD template"; a route added to the server needs a line here and rows below. */
    static final List<String> ROUTES = List.of(
            "GET /api/resources/{team_slug}/available",
            "POST /api/resources/{team_slug}/purchase",
            "GET /api/resources/{team_slug}/list",
            "DELETE /api/resources/{team_slug}/cancel/{resource_id}",
            "PATCH /api/resources/{team_slug}/resources/{resource_id}",
            "GET /api/resources/{team_slug}/limits",
            "POST /api/support/{team_slug}/tickets",
            "GET /api/support/{team_slug}/tickets",
            "GET /api/support/{team_slug}/tickets/export.csv",
            "GET /api/support/{team_slug}/tickets/{ticket_id}",
            "POST /api/support/{team_slug}/tickets/{ticket_id}/messages",
            "PATCH /api/support/{team_slug}/tickets/{ticket_id}",
            "GET /api/support/{team_slug}/stats",
            "GET /api/support/{team_slug}/stats/history",
            "GET /api/staff/queue",
            "GET /api/staff/tickets/{ticket_id}",
            "PATCH /api/staff/tickets/{ticket_id}",
            "POST /api/staff/tickets/{ticket_id}/messages",
            "GET /api/staff/stats",
            "GET /api/staff/stats/history",
            "GET /api/staff/stats/export.csv",
            "POST /api/staff/payments/{payment_id}/refunds",
            "GET /api/staff/kb/articles",
            "POST /api/staff/kb/articles",
            "GET /api/staff/kb/articles/{article_id}",
            "PUT /api/staff/kb/articles/{article_id}",
            "POST /api/staff/kb/articles/{article_id}/publish",
            "POST /api/staff/kb/articles/{article_id}/unpublish",
            "POST /api/staff/kb/articles/{article_id}/archive",
            "GET /api/kb/articles",
            "GET /api/kb/articles/{slug}",
            "GET /api/kb/search",
            "GET /api/kb/suggest",
            "GET /api/payments/{team_slug}",
            "GET /api/payments/{team_slug}/{payment_id}",
            "POST /api/payments/webhooks/{provider}",
            "POST /api/admin/teams",
            "PATCH /api/admin/teams/{team_slug}",
            "POST /api/admin/users",
            "POST /api/admin/teams/{team_slug}/members",
            "POST /api/admin/users/{user_id}/tokens",
            "GET /api/admin/users/{user_id}/tokens",
            "DELETE /api/admin/users/{user_id}/tokens/{token_id}",
            "GET /api/admin/jobs",
            "POST /api/admin/jobs/{name}/run",
            "POST /api/admin/teams/{team_slug}/projects",
            "POST /api/admin/projects/{project_id}/traffic",
            "POST /api/admin/projects/{project_id}/deployments",
            "POST /api/admin/usage",
            "GET /api/resources/{team_slug}/projects",
            "POST /api/resources/{team_slug}/projects/{project_id}/reactivate",
            "GET /api/resources/{team_slug}/alerts",
            "GET /api/usage/{team_slug}/summary",
            "GET /api/usage/{team_slug}/history",
            "GET /api/usage/{team_slug}/export.csv",
            "GET /api/resources/{team_slug}/cancel/{resource_id}/preview",
            "POST /api/teams/{team_slug}/webhooks",
            "GET /api/teams/{team_slug}/webhooks",
            "DELETE /api/teams/{team_slug}/webhooks/{webhook_id}",
            "POST /api/teams/{team_slug}/webhooks/{webhook_id}/rotate-secret",
            "POST /api/teams/{team_slug}/webhooks/{webhook_id}/enable",
            "GET /api/teams/{team_slug}/webhooks/{webhook_id}/deliveries",
            "POST /api/teams/{team_slug}/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
            "GET /payments/{payment_id}/done",
            "GET /payments/{payment_id}/cancelled",
            "GET /health",
            "GET /ready",
            "GET /metrics",
            "GET /openapi.json",
            "GET /docs",
            "GET /docs/{asset}",
            "GET /sandbox/checkout/{payment_id}",
            "POST /sandbox/checkout/{payment_id}/pay",
            "POST /sandbox/checkout/{payment_id}/decline",
            "GET /api/me/notifications",
            "PUT /api/me/notifications",
            "GET /api/teams/{team_slug}/billing-profile",
            "PUT /api/teams/{team_slug}/billing-profile",
            "GET /api/teams/{team_slug}/invoices",
            "GET /api/teams/{team_slug}/invoices/{number}",
            "GET /unsubscribe/{token}",
            "POST /unsubscribe/{token}");

    /** How a row calls the server for one caller's token (null: no Authorization header). */
    @FunctionalInterface
    interface Call {
        Reply send(AuthorizationMatrixTest fixture, String token);
    }

    /** One line of the matrix: a route (and, for variants, a particular request) with a status per caller. */
    record Row(String method, String template, String variant, Map<Who, Integer> expected, Call call) {
        String route() {
            return method + " " + template;
        }

        @Override
        public String toString() {
            return route() + (variant.isEmpty() ? "" : " [" + variant + "]");
        }
    }

    record Purchase(String resourceId, String paymentId) {
    }

    // ------------------------------------------------------------------ expected statuses

    private static Map<Who, Integer> statuses(int anonymous, int outsider, int member, int owner, int admin, int staff,
                                              int operator) {
        Map<Who, Integer> map = new EnumMap<>(Who.class);
        map.put(Who.ANONYMOUS, anonymous);
        map.put(Who.OUTSIDER, outsider);
        map.put(Who.MEMBER, member);
        map.put(Who.OWNER, owner);
        map.put(Who.ADMIN, admin);
        map.put(Who.STAFF, staff);
        map.put(Who.OPERATOR, operator);
        return Collections.unmodifiableMap(map);
    }

    /** A team route any member may use; non-members (staff included) get 404, the admin token 401. */
    static Map<Who, Integer> anyMember(int ok) {
        return statuses(401, 404, ok, ok, ok, 404, 401);
    }

    /** A team route for owners and admins: a plain member gets 403. */
    static Map<Who, Integer> ownerOrAdmin(int ok) {
        return statuses(401, 404, 403, ok, ok, 404, 401);
    }

    /** A staff route: users get 403, the admin token 401. */
    static Map<Who, Integer> staffOnly(int ok) {
        return statuses(401, 403, 403, 403, 403, ok, 401);
    }

    /** A route for anyone signed in (users and staff); the admin token is not a user's. */
    static Map<Who, Integer> signedIn(int ok) {
        return statuses(401, ok, ok, ok, ok, ok, 401);
    }

    /** An admin route: users and staff get 403. */
    static Map<Who, Integer> operatorOnly(int ok) {
        return statuses(401, 403, 403, 403, 403, 403, ok);
    }

    /** The same answer for everyone. */
    static Map<Who, Integer> everyone(int status) {
        return statuses(status, status, status, status, status, status, status);
    }

    // ------------------------------------------------------------------ the matrix

    static final List<Row> ROWS = rows();

    private static Row row(String method, String template, Map<Who, Integer> expected, Call call) {
        return new Row(method, template, "", expected, call);
    }

    private static Row variant(String method, String template, String variant, Map<Who, Integer> expected, Call call) {
        return new Row(method, template, variant, expected, call);
    }

    private static List<Row> rows() {
        String resources = "/api/resources/" + TEAM;
        String support = "/api/support/" + TEAM;
        List<Row> rows = new ArrayList<>();

        // add-on resources (seed §1)
        rows.add(row("GET", "/api/resources/{team_slug}/available", anyMember(200),
                (f, t) -> f.server.get(resources + "/available", t)));
        rows.add(row("POST", "/api/resources/{team_slug}/purchase", ownerOrAdmin(201),
                (f, t) -> f.server.post(resources + "/purchase", t, PURCHASE)));
        rows.add(row("GET", "/api/resources/{team_slug}/list", anyMember(200),
                (f, t) -> f.server.get(resources + "/list", t)));
        rows.add(variant("GET", "/api/resources/{team_slug}/list", "?status=pending", anyMember(200),
                (f, t) -> f.server.get(resources + "/list?status=pending", t)));
        rows.add(row("PATCH", "/api/resources/{team_slug}/resources/{resource_id}", ownerOrAdmin(200),
                (f, t) -> f.server.patch(resources + "/resources/" + f.freshPurchase(TEAM).resourceId(), t,
                        "{\"auto_renew\": true}")));
        rows.add(variant("PATCH", "/api/resources/{team_slug}/resources/{resource_id}", "other team's resource",
                ownerOrAdmin(404), (f, t) -> f.server.patch(resources + "/resources/" + f.otherResourceId, t,
                        "{\"auto_renew\": true}")));
        rows.add(row("DELETE", "/api/resources/{team_slug}/cancel/{resource_id}", ownerOrAdmin(200),
                (f, t) -> f.server.delete(resources + "/cancel/" + f.freshPurchase(TEAM).resourceId(), t)));
        rows.add(variant("DELETE", "/api/resources/{team_slug}/cancel/{resource_id}", "other team's resource",
                ownerOrAdmin(404), (f, t) -> f.server.delete(resources + "/cancel/" + f.otherResourceId, t)));
        rows.add(row("GET", "/api/resources/{team_slug}/limits", anyMember(200),
                (f, t) -> f.server.get(resources + "/limits", t)));
        rows.add(variant("GET", "/api/resources/{team_slug}/limits", "unknown team", anyMember(404),
                (f, t) -> f.server.get("/api/resources/no-such-team/limits", t)));
        rows.add(variant("POST", "/api/resources/{team_slug}/purchase", "unknown team", anyMember(404),
                (f, t) -> f.server.post("/api/resources/no-such-team/purchase", t, PURCHASE)));

        // support (seed §2)
        rows.add(row("POST", "/api/support/{team_slug}/tickets", anyMember(201),
                (f, t) -> f.server.post(support + "/tickets", t, NEW_TICKET)));
        rows.add(row("GET", "/api/support/{team_slug}/tickets", anyMember(200),
                (f, t) -> f.server.get(support + "/tickets", t)));
        rows.add(variant("GET", "/api/support/{team_slug}/tickets", "?q=matrix&limit=10", anyMember(200),
                (f, t) -> f.server.get(support + "/tickets?q=matrix&limit=10", t)));
        rows.add(row("GET", "/api/support/{team_slug}/tickets/export.csv", anyMember(200),
                (f, t) -> f.server.get(support + "/tickets/export.csv", t)));
        rows.add(variant("GET", "/api/support/{team_slug}/tickets/export.csv", "?status=open&q=matrix", anyMember(200),
                (f, t) -> f.server.get(support + "/tickets/export.csv?status=open&q=matrix", t)));
        rows.add(row("GET", "/api/support/{team_slug}/tickets/{ticket_id}", anyMember(200),
                (f, t) -> f.server.get(support + "/tickets/" + f.ticketId, t)));
        rows.add(variant("GET", "/api/support/{team_slug}/tickets/{ticket_id}", "other team's ticket",
                anyMember(404), (f, t) -> f.server.get(support + "/tickets/" + f.otherTicketId, t)));
        rows.add(row("POST", "/api/support/{team_slug}/tickets/{ticket_id}/messages", anyMember(201),
                (f, t) -> f.server.post(support + "/tickets/" + f.freshTicket() + "/messages", t,
                        "{\"message\":\"A reply from the team\"}")));
        rows.add(variant("POST", "/api/support/{team_slug}/tickets/{ticket_id}/messages", "is_internal:true",
                anyMember(403), (f, t) -> f.server.post(support + "/tickets/" + f.freshTicket() + "/messages", t,
                        "{\"message\":\"An internal note?\",\"is_internal\":true}")));
        rows.add(row("PATCH", "/api/support/{team_slug}/tickets/{ticket_id}", anyMember(200),
                (f, t) -> f.server.patch(support + "/tickets/" + f.freshTicket(), t, "{\"status\":\"resolved\"}")));
        rows.add(variant("PATCH", "/api/support/{team_slug}/tickets/{ticket_id}", "status closed", anyMember(200),
                (f, t) -> f.server.patch(support + "/tickets/" + f.freshTicket(), t, "{\"status\":\"closed\"}")));
        rows.add(variant("PATCH", "/api/support/{team_slug}/tickets/{ticket_id}", "status in_progress",
                anyMember(403), (f, t) -> f.server.patch(support + "/tickets/" + f.freshTicket(), t,
                        "{\"status\":\"in_progress\"}")));
        rows.add(variant("PATCH", "/api/support/{team_slug}/tickets/{ticket_id}", "priority change", anyMember(403),
                (f, t) -> f.server.patch(support + "/tickets/" + f.freshTicket(), t, "{\"priority\":\"urgent\"}")));
        rows.add(variant("PATCH", "/api/support/{team_slug}/tickets/{ticket_id}", "assigned_to", anyMember(403),
                (f, t) -> f.server.patch(support + "/tickets/" + f.freshTicket(), t,
                        "{\"assigned_to\":\"support@servelink.com\"}")));
        rows.add(row("GET", "/api/support/{team_slug}/stats", anyMember(200),
                (f, t) -> f.server.get(support + "/stats", t)));
        rows.add(variant("GET", "/api/support/{team_slug}/stats", "a period", anyMember(200),
                (f, t) -> f.server.get(support + "/stats?from=2025-01-01&to=2025-12-31", t)));
        rows.add(row("GET", "/api/support/{team_slug}/stats/history", anyMember(200),
                (f, t) -> f.server.get(support + "/stats/history?interval=week", t)));

        // staff
        rows.add(row("GET", "/api/staff/queue", staffOnly(200), (f, t) -> f.server.get("/api/staff/queue", t)));
        rows.add(row("GET", "/api/staff/tickets/{ticket_id}", staffOnly(200),
                (f, t) -> f.server.get("/api/staff/tickets/" + f.ticketId, t)));
        rows.add(row("PATCH", "/api/staff/tickets/{ticket_id}", staffOnly(200),
                (f, t) -> f.server.patch("/api/staff/tickets/" + f.freshTicket(), t, "{\"status\":\"resolved\"}")));
        rows.add(variant("PATCH", "/api/staff/tickets/{ticket_id}", "priority and assigned_to", staffOnly(200),
                (f, t) -> f.server.patch("/api/staff/tickets/" + f.freshTicket(), t,
                        "{\"priority\":\"urgent\",\"assigned_to\":\"support@servelink.com\"}")));
        rows.add(row("POST", "/api/staff/tickets/{ticket_id}/messages", staffOnly(201),
                (f, t) -> f.server.post("/api/staff/tickets/" + f.freshTicket() + "/messages", t,
                        "{\"message\":\"A reply from support\"}")));
        rows.add(variant("POST", "/api/staff/tickets/{ticket_id}/messages", "is_internal:true", staffOnly(201),
                (f, t) -> f.server.post("/api/staff/tickets/" + f.freshTicket() + "/messages", t,
                        "{\"message\":\"An internal note\",\"is_internal\":true}")));
        rows.add(row("GET", "/api/staff/stats", staffOnly(200), (f, t) -> f.server.get("/api/staff/stats", t)));
        rows.add(row("POST", "/api/staff/payments/{payment_id}/refunds", staffOnly(201), (f, t) -> {
            String paid = f.freshPurchase(TEAM).paymentId();
            f.server.send(f.server.request("/sandbox/checkout/" + paid + "/pay")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            return f.server.post("/api/staff/payments/" + paid + "/refunds", t, "{\"amount\": 0.5, \"reason\": \"x\"}");
        }));

        // the help centre (issue 16)
        String kb = "/api/staff/kb/articles";
        rows.add(row("GET", kb, staffOnly(200), (f, t) -> f.server.get(kb + "?status=draft", t)));
        rows.add(row("POST", kb, staffOnly(201), (f, t) -> f.server.post(kb, t, NEW_ARTICLE)));
        rows.add(row("GET", kb + "/{article_id}", staffOnly(200), (f, t) -> f.server.get(kb + "/" + f.articleId, t)));
        rows.add(row("PUT", kb + "/{article_id}", staffOnly(200),
                (f, t) -> f.server.put(kb + "/" + f.freshArticle(false).get("id").asText(), t, NEW_ARTICLE)));
        rows.add(row("POST", kb + "/{article_id}/publish", staffOnly(200),
                (f, t) -> f.server.post(kb + "/" + f.freshArticle(false).get("id").asText() + "/publish", t, "")));
        rows.add(row("POST", kb + "/{article_id}/unpublish", staffOnly(200),
                (f, t) -> f.server.post(kb + "/" + f.freshArticle(true).get("id").asText() + "/unpublish", t, "")));
        rows.add(row("POST", kb + "/{article_id}/archive", staffOnly(200),
                (f, t) -> f.server.post(kb + "/" + f.freshArticle(true).get("id").asText() + "/archive", t, "")));
        rows.add(variant("POST", kb + "/{article_id}/publish", "unknown article", staffOnly(404),
                (f, t) -> f.server.post(kb + "/art_NoSuchArticle/publish", t, "")));
        rows.add(row("GET", "/api/kb/articles", signedIn(200), (f, t) -> f.server.get("/api/kb/articles?language=fr", t)));
        rows.add(row("GET", "/api/kb/articles/{slug}", signedIn(200),
                (f, t) -> f.server.get("/api/kb/articles/" + f.publishedSlug, t)));
        rows.add(variant("GET", "/api/kb/articles/{slug}", "a draft", statuses(401, 404, 404, 404, 404, 200, 401),
                (f, t) -> f.server.get("/api/kb/articles/" + f.draftSlug, t)));
        rows.add(row("GET", "/api/kb/search", signedIn(200), (f, t) -> f.server.get("/api/kb/search?q=matrice", t)));
        rows.add(row("GET", "/api/kb/suggest", signedIn(200),
                (f, t) -> f.server.get("/api/kb/suggest?subject=matrice&description=", t)));
        rows.add(row("GET", "/api/staff/stats/history", staffOnly(200),
                (f, t) -> f.server.get("/api/staff/stats/history?interval=month", t)));
        rows.add(row("GET", "/api/staff/stats/export.csv", staffOnly(200),
                (f, t) -> f.server.get("/api/staff/stats/export.csv?interval=week", t)));

        // payments
        rows.add(row("GET", "/api/payments/{team_slug}", anyMember(200),
                (f, t) -> f.server.get("/api/payments/" + TEAM, t)));
        rows.add(row("GET", "/api/payments/{team_slug}/{payment_id}", anyMember(200),
                (f, t) -> f.server.get("/api/payments/" + TEAM + "/" + f.paymentId, t)));
        rows.add(variant("GET", "/api/payments/{team_slug}/{payment_id}", "other team's payment", anyMember(404),
                (f, t) -> f.server.get("/api/payments/" + TEAM + "/" + f.otherPaymentId, t)));
        rows.add(row("POST", "/api/payments/webhooks/{provider}", everyone(400),
                (f, t) -> f.server.post("/api/payments/webhooks/sandbox", t, f.unsignedEvent())));

        // operator
        // the platform's records (SPEC §8) and usage alerts (SPEC §7)
        rows.add(row("POST", "/api/admin/teams/{team_slug}/projects", operatorOnly(201),
                (f, t) -> f.server.post("/api/admin/teams/" + TEAM + "/projects", t,
                        "{\"name\":\"" + f.unique("project-") + "\"}")));
        rows.add(row("POST", "/api/admin/projects/{project_id}/traffic", operatorOnly(200),
                (f, t) -> f.server.post("/api/admin/projects/" + f.freshProject() + "/traffic", t, "{}")));
        rows.add(row("POST", "/api/admin/projects/{project_id}/deployments", operatorOnly(200),
                (f, t) -> f.server.post("/api/admin/projects/" + f.freshProject() + "/deployments", t,
                        "{\"environment\":\"production\",\"status\":\"running\",\"is_current\":true}")));
        rows.add(row("POST", "/api/admin/usage", operatorOnly(200),
                (f, t) -> f.server.post("/api/admin/usage", t, "{\"samples\":[{\"project_id\":\"" + f.freshProject()
                        + "\",\"day\":\"2025-01-25\",\"metric\":\"traffic_gb\",\"amount\":1.5}]}")));
        rows.add(row("GET", "/api/resources/{team_slug}/projects", anyMember(200),
                (f, t) -> f.server.get(resources + "/projects", t)));
        // an active project: owners and admins are allowed, and told it is not inactive
        rows.add(row("POST", "/api/resources/{team_slug}/projects/{project_id}/reactivate", ownerOrAdmin(409),
                (f, t) -> f.server.post(resources + "/projects/" + f.freshProject() + "/reactivate", t, "")));
        rows.add(row("GET", "/api/resources/{team_slug}/alerts", anyMember(200),
                (f, t) -> f.server.get(resources + "/alerts", t)));
        // the usage dashboard (issue 12): any member reads it, the cancel preview included
        rows.add(row("GET", "/api/usage/{team_slug}/summary", anyMember(200),
                (f, t) -> f.server.get("/api/usage/" + TEAM + "/summary", t)));
        rows.add(row("GET", "/api/usage/{team_slug}/history", anyMember(200),
                (f, t) -> f.server.get("/api/usage/" + TEAM + "/history?months=3", t)));
        rows.add(row("GET", "/api/usage/{team_slug}/export.csv", anyMember(200),
                (f, t) -> f.server.get("/api/usage/" + TEAM + "/export.csv", t)));
        rows.add(row("GET", "/api/resources/{team_slug}/cancel/{resource_id}/preview", anyMember(200),
                (f, t) -> f.server.get(resources + "/cancel/" + f.resourceId + "/preview", t)));
        rows.add(variant("GET", "/api/resources/{team_slug}/cancel/{resource_id}/preview", "other team's resource",
                anyMember(404), (f, t) -> f.server.get(resources + "/cancel/" + f.otherResourceId + "/preview", t)));
        rows.add(row("GET", "/payments/{payment_id}/done", everyone(200),
                (f, t) -> f.server.get("/payments/" + f.paymentId + "/done", t)));
        rows.add(row("GET", "/payments/{payment_id}/cancelled", everyone(200),
                (f, t) -> f.server.get("/payments/" + f.paymentId + "/cancelled", t)));

        rows.add(row("POST", "/api/admin/teams", operatorOnly(201),
                (f, t) -> f.server.post("/api/admin/teams", t, "{\"slug\":\"" + f.unique("matrix-team-")
                        + "\",\"name\":\"Matrix team\",\"plan\":\"pro\"}")));
        rows.add(row("PATCH", "/api/admin/teams/{team_slug}", operatorOnly(200),
                (f, t) -> f.server.patch("/api/admin/teams/" + f.freshTeam(), t, "{\"plan\":\"free\"}")));
        rows.add(row("POST", "/api/admin/users", operatorOnly(201),
                (f, t) -> f.server.post("/api/admin/users", t, "{\"email\":\"" + f.unique("matrix-user-")
                        + "@example.com\",\"name\":\"Matrix user\",\"is_support\":false}")));
        rows.add(row("POST", "/api/admin/teams/{team_slug}/members", operatorOnly(201),
                (f, t) -> f.server.post("/api/admin/teams/" + OTHER_TEAM + "/members", t,
                        "{\"user_id\":" + f.freshUser() + ",\"role\":\"member\"}")));
        rows.add(row("POST", "/api/admin/users/{user_id}/tokens", operatorOnly(201),
                (f, t) -> f.server.post("/api/admin/users/" + f.freshUser() + "/tokens", t, "{}")));
        rows.add(row("GET", "/api/admin/users/{user_id}/tokens", operatorOnly(200),
                (f, t) -> f.server.get("/api/admin/users/" + f.freshUser() + "/tokens", t)));
        rows.add(row("DELETE", "/api/admin/users/{user_id}/tokens/{token_id}", operatorOnly(200),
                (f, t) -> f.freshToken().revokeWith(f, t)));
        rows.add(row("GET", "/api/admin/jobs", operatorOnly(200), (f, t) -> f.server.get("/api/admin/jobs", t)));
        rows.add(row("POST", "/api/admin/jobs/{name}/run", operatorOnly(200),
                (f, t) -> f.server.post("/api/admin/jobs/expire_additional_resources/run", t, "{}")));

        // outgoing webhooks (a public literal address, an event the matrix never causes: nothing is sent)
        String webhooks = "/api/teams/" + TEAM + "/webhooks";
        rows.add(row("POST", "/api/teams/{team_slug}/webhooks", ownerOrAdmin(201),
                (f, t) -> f.server.post(webhooks, t, NEW_WEBHOOK)));
        rows.add(row("GET", "/api/teams/{team_slug}/webhooks", ownerOrAdmin(200), (f, t) -> f.server.get(webhooks, t)));
        rows.add(row("DELETE", "/api/teams/{team_slug}/webhooks/{webhook_id}", ownerOrAdmin(204),
                (f, t) -> f.server.delete(webhooks + "/" + f.freshWebhook(), t)));
        rows.add(variant("DELETE", "/api/teams/{team_slug}/webhooks/{webhook_id}", "unknown webhook", ownerOrAdmin(404),
                (f, t) -> f.server.delete(webhooks + "/whk_nope", t)));
        rows.add(row("POST", "/api/teams/{team_slug}/webhooks/{webhook_id}/rotate-secret", ownerOrAdmin(200),
                (f, t) -> f.server.post(webhooks + "/" + f.webhookId() + "/rotate-secret", t, "{}")));
        rows.add(row("POST", "/api/teams/{team_slug}/webhooks/{webhook_id}/enable", ownerOrAdmin(200),
                (f, t) -> f.server.post(webhooks + "/" + f.webhookId() + "/enable", t, "{}")));
        rows.add(row("GET", "/api/teams/{team_slug}/webhooks/{webhook_id}/deliveries", ownerOrAdmin(200),
                (f, t) -> f.server.get(webhooks + "/" + f.webhookId() + "/deliveries", t)));
        rows.add(row("POST", "/api/teams/{team_slug}/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
                ownerOrAdmin(404), (f, t) -> f.server.post(webhooks + "/" + f.webhookId()
                        + "/deliveries/whd_nope/redeliver", t, "{}")));
        // invoices and the billing profile (issue 18): members read, owners and admins change the profile
        String invoices = "/api/teams/" + TEAM + "/invoices";
        rows.add(row("GET", "/api/teams/{team_slug}/billing-profile", anyMember(200),
                (f, t) -> f.server.get("/api/teams/" + TEAM + "/billing-profile", t)));
        rows.add(row("PUT", "/api/teams/{team_slug}/billing-profile", ownerOrAdmin(200),
                (f, t) -> f.server.put("/api/teams/" + TEAM + "/billing-profile", t,
                        "{\"name\":\"My team SAS\",\"address\":\"1 rue de la Paix\\n75002 Paris\",\"country\":\"FR\"}")));
        rows.add(row("GET", "/api/teams/{team_slug}/invoices", anyMember(200), (f, t) -> f.server.get(invoices, t)));
        rows.add(row("GET", "/api/teams/{team_slug}/invoices/{number}", anyMember(200),
                (f, t) -> f.server.get(invoices + "/" + f.invoiceNumber(TEAM), t)));
        rows.add(variant("GET", "/api/teams/{team_slug}/invoices/{number}", "PDF", anyMember(200),
                (f, t) -> f.server.get(invoices + "/" + f.invoiceNumber(TEAM) + ".pdf", t)));
        rows.add(variant("GET", "/api/teams/{team_slug}/invoices/{number}", "other team's invoice", anyMember(404),
                (f, t) -> f.server.get(invoices + "/" + f.invoiceNumber(OTHER_TEAM), t)));
        // e-mail preferences: every signed-in user's own, staff too; the unsubscribe link needs no sign-in
        rows.add(row("GET", "/api/me/notifications", statuses(401, 200, 200, 200, 200, 200, 401),
                (f, t) -> f.server.get("/api/me/notifications", t)));
        rows.add(row("PUT", "/api/me/notifications", statuses(401, 200, 200, 200, 200, 200, 401),
                (f, t) -> f.server.send(RunningServer.authorised(f.server.request("/api/me/notifications"), t)
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"usage_alerts\":true}")).build())));
        rows.add(row("GET", "/unsubscribe/{token}", everyone(400),
                (f, t) -> f.server.get("/unsubscribe/MTpwYXltZW50cw.Zm9yZ2Vk", t)));
        rows.add(row("POST", "/unsubscribe/{token}", everyone(400),
                (f, t) -> f.server.post("/unsubscribe/MTpwYXltZW50cw.Zm9yZ2Vk", t, "")));

        // public
        rows.add(row("GET", "/health", everyone(200), (f, t) -> f.server.get("/health", t)));
        rows.add(row("GET", "/ready", everyone(200), (f, t) -> f.server.get("/ready", t)));
        rows.add(row("GET", "/metrics", operatorOnly(200), (f, t) -> f.server.get("/metrics", t)));
        rows.add(row("GET", "/openapi.json", everyone(200), (f, t) -> f.server.get("/openapi.json", t)));
        rows.add(row("GET", "/docs", everyone(200), (f, t) -> f.server.get("/docs", t)));
        rows.add(row("GET", "/docs/{asset}", everyone(200), (f, t) -> f.server.get("/docs/swagger-ui.css", t)));
        rows.add(row("GET", "/sandbox/checkout/{payment_id}", everyone(200),
                (f, t) -> f.server.get("/sandbox/checkout/" + f.paymentId, t)));
        rows.add(row("POST", "/sandbox/checkout/{payment_id}/pay", everyone(200),
                (f, t) -> f.server.post("/sandbox/checkout/" + f.freshPurchase(TEAM).paymentId() + "/pay", t, "")));
        rows.add(row("POST", "/sandbox/checkout/{payment_id}/decline", everyone(200),
                (f, t) -> f.server.post("/sandbox/checkout/" + f.freshPurchase(TEAM).paymentId() + "/decline", t,
                        "")));
        return List.copyOf(rows);
    }

    // ------------------------------------------------------------------ fixture

    RunningServer server;
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);
    private final AtomicInteger sequence = new AtomicInteger();
    String ticketId;
    String resourceId;
    String paymentId;
    String otherTicketId;
    String articleId;
    String publishedSlug;
    String draftSlug;
    String otherResourceId;
    String otherPaymentId;

    /** Starts the server under test, with demo data. */
    protected abstract RunningServer startServer();

    @BeforeAll
    void setUp() {
        server = startServer();
        var demo = server.tokens();
        tokens.put(Who.OWNER, demo.owner());
        tokens.put(Who.MEMBER, demo.member());
        tokens.put(Who.STAFF, demo.staff());
        tokens.put(Who.OPERATOR, RunningServer.ADMIN_TOKEN);

        long admin = createUser("team-admin@example.com", "Team admin");
        addMember(TEAM, admin, "admin");
        tokens.put(Who.ADMIN, issueToken(admin));

        created(server.post("/api/admin/teams", RunningServer.ADMIN_TOKEN,
                "{\"slug\":\"" + OTHER_TEAM + "\",\"name\":\"Other team\",\"plan\":\"pro\"}"));
        long outsider = createUser("outsider@example.com", "Outsider");
        addMember(OTHER_TEAM, outsider, "owner");
        tokens.put(Who.OUTSIDER, issueToken(outsider));

        ticketId = freshTicket();
        JsonNode draft = freshArticle(false);
        articleId = draft.get("id").asText();
        draftSlug = draft.get("slug").asText();
        publishedSlug = freshArticle(true).get("slug").asText();
        Purchase purchase = freshPurchase(TEAM);
        resourceId = purchase.resourceId();
        paymentId = purchase.paymentId();

        otherTicketId = created(server.post("/api/support/" + OTHER_TEAM + "/tickets", tokens.get(Who.OUTSIDER),
                NEW_TICKET)).get("ticket_id").asText();
        Purchase other = freshPurchase(OTHER_TEAM);
        otherResourceId = other.resourceId();
        otherPaymentId = other.paymentId();
    }

    @AfterAll
    void tearDown() {
        if (server != null) {
            server.close();
        }
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as("set-up request: %s", reply).isEqualTo(201);
        return reply.json();
    }

    String unique(String prefix) {
        return prefix + sequence.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    long createUser(String email, String name) {
        return created(server.post("/api/admin/users", RunningServer.ADMIN_TOKEN,
                "{\"email\":\"" + email + "\",\"name\":\"" + name + "\",\"is_support\":false}")).get("id").asLong();
    }

    void addMember(String team, long user, String role) {
        created(server.post("/api/admin/teams/" + team + "/members", RunningServer.ADMIN_TOKEN,
                "{\"user_id\":" + user + ",\"role\":\"" + role + "\"}"));
    }

    String issueToken(long user) {
        return created(server.post("/api/admin/users/" + user + "/tokens", RunningServer.ADMIN_TOKEN, "{}"))
                .get("token").asText();
    }

    private String webhookId;

    /** The matrix's webhook endpoint of my-team, created by its owner on first use. */
    synchronized String webhookId() {
        if (webhookId == null) {
            webhookId = freshWebhook();
        }
        return webhookId;
    }

    /** A new webhook endpoint of my-team, created by its owner. */
    String freshWebhook() {
        return created(server.post("/api/teams/" + TEAM + "/webhooks", tokens.get(Who.OWNER), NEW_WEBHOOK))
                .get("id").asText();
    }

    /** A new open ticket of my-team, opened by its member. */
    /** A new article written by staff, published when asked. */
    JsonNode freshArticle(boolean published) {
        JsonNode article = created(server.post("/api/staff/kb/articles", tokens.get(Who.STAFF), NEW_ARTICLE));
        if (published) {
            Reply reply = server.post("/api/staff/kb/articles/" + article.get("id").asText() + "/publish",
                    tokens.get(Who.STAFF), "");
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            return reply.json();
        }
        return article;
    }

    String freshTicket() {
        return created(server.post("/api/support/" + TEAM + "/tickets", tokens.get(Who.MEMBER), NEW_TICKET))
                .get("ticket_id").asText();
    }

    /** A new pending resource and its payment, bought by the team's owner. */
    Purchase freshPurchase(String team) {
        String owner = team.equals(TEAM) ? tokens.get(Who.OWNER) : tokens.get(Who.OUTSIDER);
        JsonNode json = created(server.post("/api/resources/" + team + "/purchase", owner, PURCHASE));
        return new Purchase(json.get("resource_id").asText(), json.get("payment_id").asText());
    }

    private final Map<String, String> invoiceNumbers = new java.util.HashMap<>();

    /** The number of an invoice of {@code team}: a purchase paid on the sandbox's page, once per team. */
    synchronized String invoiceNumber(String team) {
        return invoiceNumbers.computeIfAbsent(team, key -> {
            Purchase purchase = freshPurchase(key);
            Reply paid = server.post("/sandbox/checkout/" + purchase.paymentId() + "/pay", null, "");
            assertThat(paid.status()).as("sandbox payment: %s", paid).isEqualTo(200);
            String owner = key.equals(TEAM) ? tokens.get(Who.OWNER) : tokens.get(Who.OUTSIDER);
            Reply list = server.get("/api/teams/" + key + "/invoices?limit=1", owner);
            assertThat(list.status()).as("invoices of %s: %s", key, list).isEqualTo(200);
            return list.json().path("invoices").path(0).path("number").asText();
        });
    }

    /** A new project of the team, recorded by the operator. */
    String freshProject() {
        return created(server.post("/api/admin/teams/" + TEAM + "/projects", RunningServer.ADMIN_TOKEN,
                "{\"name\":\"" + unique("project-") + "\"}")).get("id").asText();
    }

    /** A token just issued to a new user: its user and id. */
    record IssuedToken(long user, String id) {
        Reply revokeWith(AuthorizationMatrixTest f, String token) {
            return f.server.delete("/api/admin/users/" + user + "/tokens/" + id, token);
        }
    }

    IssuedToken freshToken() {
        long user = freshUser();
        return new IssuedToken(user, created(server.post("/api/admin/users/" + user + "/tokens",
                RunningServer.ADMIN_TOKEN, "{}")).get("id").asText());
    }

    /** A new user, member of no team. */
    long freshUser() {
        return createUser(unique("fresh-") + "@example.com", "Fresh user");
    }

    /** A new team on Pro. */
    String freshTeam() {
        String slug = unique("fresh-team-");
        created(server.post("/api/admin/teams", RunningServer.ADMIN_TOKEN,
                "{\"slug\":\"" + slug + "\",\"name\":\"Fresh team\",\"plan\":\"pro\"}"));
        return slug;
    }

    /** A well-formed completion event for the set-up payment, without its signature header. */
    String unsignedEvent() {
        return "{\"id\":\"evt_" + unique("matrix") + "\",\"type\":\"payment.completed\",\"data\":{\"payment_id\":\""
                + paymentId + "\",\"amount\":1.00,\"currency\":\"EUR\"}}";
    }

    // ------------------------------------------------------------------ the tests

    Stream<Arguments> cells() {
        return ROWS.stream().flatMap(row -> Stream.of(Who.values()).map(who -> Arguments.of(row, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void cell(Row row, Who who) {
        int expected = row.expected().get(who);
        Reply reply = row.call().send(this, tokens.get(who));

        assertThat(reply.status()).as("%s as %s answered %s", row, who, reply).isEqualTo(expected);
        if (expected == 401) {
            assertThat(reply.header("WWW-Authenticate")).as("WWW-Authenticate of %s as %s", row, who)
                    .isNotNull().startsWith("Bearer");
        }
        if (expected >= 400 && row.template().startsWith("/unsubscribe/")) {
            // the e-mail's link opens in a browser: its refusal is a page, as its answer is
            assertThat(reply.header("Content-Type")).as("Content-Type of %s as %s", row, who).startsWith("text/html");
        } else if (expected >= 400) {
            assertThat(reply.header("Content-Type")).as("Content-Type of %s as %s", row, who)
                    .startsWith("application/problem+json");
            JsonNode problem = reply.json();
            assertThat(problem.path("status").asInt()).as("problem status of %s as %s", row, who).isEqualTo(expected);
            assertThat(problem.path("type").isTextual() && problem.path("title").isTextual()
                    && problem.path("detail").isTextual()).as("problem fields of %s as %s: %s", row, who, reply)
                    .isTrue();
        }
    }

    @Test
    void every_row_names_a_known_route_and_every_route_has_rows_for_every_caller() {
        Set<String> routesWithRows = ROWS.stream().map(Row::route).collect(Collectors.toCollection(TreeSet::new));
        assertThat(routesWithRows).containsExactlyInAnyOrderElementsOf(ROUTES);
        assertThat(ROUTES).doesNotHaveDuplicates();
        ROWS.forEach(row -> assertThat(row.expected().keySet()).as("%s", row).containsExactlyInAnyOrder(Who.values()));
    }

    @Test
    void the_route_list_is_the_openapi_documents() {
        Reply reply = server.get("/openapi.json", null);
        assertThat(reply.status()).isEqualTo(200);
        Set<String> documented = new TreeSet<>();
        JsonNode paths = reply.json().path("paths");
        assertThat(paths.isObject()).as("paths of /openapi.json").isTrue();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + normalise(path.getKey()));
                }
            }
        }
        Set<String> listed = ROUTES.stream().map(route -> {
            String[] parts = route.split(" ", 2);
            return parts[0] + " " + normalise(parts[1]);
        }).collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).as("routes in /openapi.json vs. the matrix's route list")
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void the_route_list_is_the_servers() {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new ResourceRoutes(null).routes());
        routes.addAll(new SupportRoutes(null).routes());
        routes.addAll(new com.servelink.adapter.http.routes.KbRoutes(null).routes());
        routes.addAll(new com.servelink.adapter.http.routes.InvoiceRoutes(null).routes());
        routes.addAll(new PaymentRoutes(null, null).routes());
        routes.addAll(new AdminRoutes(null).routes());
        routes.addAll(new com.servelink.adapter.http.routes.TokenRoutes(null).routes());
        routes.addAll(new com.servelink.adapter.http.routes.PlatformRoutes(null).routes());
        routes.addAll(new com.servelink.adapter.http.routes.UsageRoutes(null, Clock.systemUTC()).routes());
        routes.addAll(new SystemRoutes(() -> true).routes());
        routes.addAll(new com.servelink.adapter.http.routes.MetricsRoutes(null).routes());
        routes.addAll(new com.servelink.adapter.http.routes.WebhookRoutes(null).routes());
        var pages = new Pages(id -> Optional.empty(), new PageSettings(false, PageSettings.DEFAULT_ZONE),
                Clock.systemUTC());
        routes.addAll(new PaymentReturnPages(pages).routes());
        routes.addAll(new SandboxCheckoutRoutes(null, null, null, null, null, pages).routes());
        routes.addAll(new com.servelink.adapter.http.routes.NotificationRoutes(null).routes());
        routes.addAll(new com.servelink.adapter.http.web.UnsubscribePages(pages, null).routes());
        Set<String> served = routes.stream().map(r -> r.method() + " " + r.template())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(served).as("routes of the *Routes classes vs. the matrix's route list")
                .containsExactlyInAnyOrderElementsOf(ROUTES);
    }

    @Test
    void a_team_one_is_not_a_member_of_looks_exactly_like_a_team_that_does_not_exist() {
        for (String path : List.of("/api/resources/%s/limits", "/api/support/%s/stats", "/api/support/%s/tickets",
                "/api/support/%s/stats/history")) {
            for (Who who : List.of(Who.OUTSIDER, Who.STAFF)) {
                Reply existing = server.get(path.formatted(TEAM), tokens.get(who));
                Reply missing = server.get(path.formatted("no-such-team"), tokens.get(who));
                assertThat(existing.status()).as("%s as %s", path, who).isEqualTo(404);
                assertThat(missing.status()).isEqualTo(404);
                assertThat(existing.json().path("type")).isEqualTo(missing.json().path("type"));
                assertThat(existing.json().path("title")).isEqualTo(missing.json().path("title"));
                assertThat(existing.json().path("detail").asText().replace(TEAM, "X"))
                        .isEqualTo(missing.json().path("detail").asText().replace("no-such-team", "X"));
            }
        }
    }

    /** Path parameters named alike: the matrix compares shapes, not parameter names. */
    private static String normalise(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }
}
