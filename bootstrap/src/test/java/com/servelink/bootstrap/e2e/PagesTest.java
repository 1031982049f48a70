package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.DemoData;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' HTTP rules, without a browser: sessions and their cookie, the redirect to sign-in,
 * anti-forgery tokens, security headers, the API's refusals on forms, escaping, internal notes,
 * the 404 of a team one does not belong to, and the usage dashboard's tables against the API.
 */
abstract class PagesTest extends DemoServerFixture {
    static final String TEAM = DemoData.TEAM;
    static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    PageClient browser() {
        return new PageClient(server.base());
    }

    PageClient signedIn(String token) {
        PageClient browser = browser();
        Reply reply = browser.signIn(token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(303);
        return browser;
    }

    private static List<String> setCookies(Reply reply) {
        return reply.response().headers().allValues("set-cookie");
    }

    private String createTicketByApi(String subject) {
        Reply created = server.post("/api/support/" + TEAM + "/tickets", member,
                "{\"subject\": " + json(subject) + ", \"description\": \"Le site ne répond plus\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("ticket_id").asText();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private int ticketCount() {
        return server.get("/api/support/" + TEAM + "/stats", member).json().path("total").asInt();
    }

    /** A new project of the demo team with traffic, CPU and memory reported for the days up to today this month. */
    private String projectWithUsage(String name) {
        String admin = RunningServer.ADMIN_TOKEN;
        String id = ok(server.post("/api/admin/teams/" + TEAM + "/projects", admin, "{\"name\": \"" + name + "\"}"),
                201).path("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> samples = new ArrayList<>();
        for (LocalDate day = today.withDayOfMonth(1); !day.isAfter(today); day = day.plusDays(1)) {
            for (String[] metric : new String[][] {{"traffic_gb", "1.25"}, {"cpu_core_hours", "3.5"},
                    {"memory_mb_peak", "1500"}, {"storage_mb", Integer.toString(1000 + day.getDayOfMonth())}}) {
                samples.add("{\"project_id\": \"" + id + "\", \"day\": \"" + day + "\", \"metric\": \"" + metric[0]
                        + "\", \"amount\": " + metric[1] + "}");
            }
        }
        ok(server.post("/api/admin/usage", admin, "{\"samples\": [" + String.join(",", samples) + "]}"), 200);
        return id;
    }

    /** The {@code data-value} of every cell of a table's body that has one, in order. */
    private static List<BigDecimal> values(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as(tableId).isPositive();
        String table = html.substring(start, html.indexOf("</table>", start));
        String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        List<BigDecimal> values = new ArrayList<>();
        Matcher matcher = Pattern.compile("data-value=\"([^\"]*)\"").matcher(body);
        while (matcher.find()) {
            values.add(new BigDecimal(matcher.group(1)));
        }
        return values;
    }

    @Test
    void a_page_asked_for_without_a_session_sends_to_sign_in_and_back() {
        Reply reply = browser().get("/teams/" + TEAM + "/support?status=open");
        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/login?next=%2Fteams%2F" + TEAM + "%2Fsupport%3Fstatus%3Dopen");

        PageClient browser = browser();
        Reply signIn = browser.submit("/login?next=%2Fteams%2F" + TEAM + "%2Fsupport", "/login",
                Map.of("token", member, "next", "/teams/" + TEAM + "/support"));
        assertThat(signIn.status()).isEqualTo(303);
        assertThat(signIn.header("Location")).isEqualTo("/teams/" + TEAM + "/support");
        assertThat(browser.get("/teams/" + TEAM + "/support").status()).isEqualTo(200);
    }

    @Test
    void only_a_local_path_is_followed_after_sign_in() {
        for (String next : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)")) {
            PageClient browser = browser();
            Reply signIn = browser.submit("/login", "/login", Map.of("token", member, "next", next));
            assertThat(signIn.status()).isEqualTo(303);
            assertThat(signIn.header("Location")).as(next).isEqualTo("/");
        }
        assertThat(browser().get("/login?next=//evil.example").text()).contains("name=\"next\" value=\"\"")
                .doesNotContain("value=\"//evil.example\"");
    }

    @Test
    void signing_in_sets_a_strict_http_only_session_cookie_and_staff_land_on_the_queue() {
        PageClient browser = browser();
        Reply reply = browser.signIn(owner);
        assertThat(reply.header("Location")).isEqualTo("/");
        String cookie = setCookies(reply).stream().filter(c -> c.startsWith("servelink_session=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/")
                .doesNotContain("Secure");
        assertThat(cookie.substring("servelink_session=".length())).doesNotContain(owner);

        Reply staffSignIn = browser().signIn(staff);
        assertThat(staffSignIn.header("Location")).isEqualTo("/staff/queue");
        assertThat(signedIn(staff).get("/").header("Location")).isEqualTo("/staff/queue");
    }

    @Test
    void a_wrong_token_is_refused_next_to_its_field_with_the_input_kept() {
        PageClient browser = browser();
        Reply reply = browser.submit("/login", "/login", Map.of("token", "slk_wrong<b>"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text()).contains("id=\"token-error\"").contains("is not a valid API token")
                .contains("value=\"slk_wrong&lt;b>\""); // escaped as an attribute value
        assertThat(browser.cookie("servelink_session")).isEmpty();
        Reply admin = browser.submit("/login", "/login", Map.of("token", RunningServer.ADMIN_TOKEN));
        assertThat(admin.status()).isEqualTo(422);
        assertThat(admin.text()).contains("admin token");
    }

    @Test
    void a_post_without_the_anti_forgery_token_or_with_a_wrong_one_is_403_and_changes_nothing() {
        PageClient browser = signedIn(member);
        int before = ticketCount();
        Map<String, String> ticket = Map.of("subject", "Forged", "description", "from another site");
        assertThat(browser.post("/teams/" + TEAM + "/support/tickets", ticket).status()).isEqualTo(403);
        Map<String, String> wrong = new java.util.HashMap<>(ticket);
        wrong.put("_csrf", "0".repeat(32));
        assertThat(browser.post("/teams/" + TEAM + "/support/tickets", wrong).status()).isEqualTo(403);
        // another session's token is wrong too
        String othersToken = PageClient.csrfOf(signedIn(member).get("/teams/" + TEAM + "/support").text());
        wrong.put("_csrf", othersToken);
        assertThat(browser.post("/teams/" + TEAM + "/support/tickets", wrong).status()).isEqualTo(403);
        assertThat(ticketCount()).isEqualTo(before);

        // the sign-in form is protected the same way
        PageClient fresh = browser();
        Reply forged = fresh.post("/login", Map.of("token", member, "_csrf", "guess"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(fresh.cookie("servelink_session")).isEmpty();
    }

    @Test
    void every_page_carries_the_security_headers() {
        PageClient browser = signedIn(owner);
        String ticket = createTicketByApi("Headers");
        for (String path : List.of("/login", "/", "/teams/" + TEAM + "/addons", "/teams/" + TEAM + "/support",
                "/teams/" + TEAM + "/dashboard", "/teams/" + TEAM + "/addons?type=ram&quantity=3",
                "/teams/" + TEAM + "/support/tickets/" + ticket, "/teams/no-such-team/addons")) {
            Reply reply = browser.get(path);
            String policy = reply.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'self'").contains("script-src 'self'")
                    .contains("object-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(reply.text()).as(path).doesNotContain("<script>").doesNotContain(" onclick=")
                    .doesNotContain("style=\"");
        }
        PageClient staffBrowser = signedIn(staff);
        for (String path : List.of("/staff/queue", "/staff/tickets/" + ticket)) {
            assertThat(staffBrowser.get(path).header("Content-Security-Policy")).as(path).contains("script-src 'self'");
        }
    }

    @Test
    void a_team_one_does_not_belong_to_is_the_same_404_as_the_api() {
        String outsiderTeam = "outsiders";
        server.post("/api/admin/teams", RunningServer.ADMIN_TOKEN,
                "{\"slug\": \"" + outsiderTeam + "\", \"name\": \"Outsiders\", \"plan\": \"pro\"}");
        PageClient browser = signedIn(member);
        for (String page : List.of("/addons", "/support", "/dashboard")) {
            Reply existing = browser.get("/teams/" + outsiderTeam + page);
            Reply missing = browser.get("/teams/nobody-here" + page);
            assertThat(existing.status()).isEqualTo(404);
            assertThat(missing.status()).isEqualTo(404);
            JsonNode api = server.get("/api/support/" + outsiderTeam + "/tickets", member).json();
            assertThat(existing.text()).contains(api.path("detail").asText());
            assertThat(existing.text().replace(outsiderTeam, "X")).isEqualTo(missing.text().replace("nobody-here", "X"));
        }
        PageClient staffBrowser = signedIn(staff);
        assertThat(staffBrowser.get("/teams/" + TEAM + "/support").status()).isEqualTo(404);
        assertThat(browser.get("/staff/queue").status()).isEqualTo(403);
    }

    @Test
    void a_refused_form_shows_the_apis_message_next_to_the_field_and_keeps_the_input() {
        PageClient browser = signedIn(member);
        String page = "/teams/" + TEAM + "/support";
        int before = ticketCount();
        Reply reply = browser.submit(page, page + "/tickets", Map.of("subject", "", "description", "Garde-moi <b>",
                "category", "technical"));
        assertThat(reply.status()).isEqualTo(422);
        Reply api = server.post("/api/support/" + TEAM + "/tickets", member,
                "{\"subject\": \"\", \"description\": \"x\"}");
        String message = api.json().path("errors").get(0).path("message").asText();
        assertThat(api.json().path("errors").get(0).path("field").asText()).isEqualTo("subject");
        assertThat(reply.text()).contains("<p class=\"field-error\" id=\"subject-error\">" + message + "</p>")
                .contains("Garde-moi &lt;b&gt;</textarea>");
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void ticket_text_is_shown_as_text_never_as_markup() {
        String ticket = createTicketByApi(XSS);
        server.post("/api/support/" + TEAM + "/tickets/" + ticket + "/messages", member,
                "{\"message\": " + json(XSS) + "}");
        for (var page : List.of(Map.entry(signedIn(member), "/teams/" + TEAM + "/support/tickets/" + ticket),
                Map.entry(signedIn(member), "/teams/" + TEAM + "/support"),
                Map.entry(signedIn(staff), "/staff/tickets/" + ticket))) {
            String html = page.getKey().get(page.getValue()).text();
            assertThat(html).as(page.getValue()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void a_member_never_sees_an_internal_note_and_staff_see_it_marked() {
        String ticket = createTicketByApi("Notes");
        String note = "Client en retard de paiement " + System.nanoTime();
        Reply posted = server.post("/api/staff/tickets/" + ticket + "/messages", staff,
                "{\"message\": \"" + note + "\", \"is_internal\": true}");
        assertThat(posted.status()).isEqualTo(201);
        String memberPage = signedIn(member).get("/teams/" + TEAM + "/support/tickets/" + ticket).text();
        assertThat(memberPage).doesNotContain(note).doesNotContain("internal");
        String memberList = signedIn(member).get("/teams/" + TEAM + "/support?q=" + "retard").text();
        assertThat(memberList).doesNotContain(ticket);
        String staffPage = signedIn(staff).get("/staff/tickets/" + ticket).text();
        assertThat(staffPage).contains(note).contains("message author-support internal");
    }

    @Test
    void signing_out_revokes_the_session() {
        PageClient browser = signedIn(member);
        String session = browser.cookie("servelink_session").orElseThrow();
        Reply out = browser.submit("/", "/logout", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo("/login");
        PageClient thief = browser();
        thief.setCookie("servelink_session", session);
        assertThat(thief.get("/").status()).isEqualTo(303);
        assertThat(thief.get("/").header("Location")).startsWith("/login");
    }

    @Test
    void pages_are_french_by_default_and_english_on_request_or_by_the_switch() {
        PageClient french = signedIn(owner);
        String addons = "/teams/" + TEAM + "/addons";
        assertThat(french.get(addons).text()).contains("<html lang=\"fr\">").contains("1,00 €");
        PageClient english = signedIn(owner).language("en-GB,en;q=0.9");
        assertThat(english.get(addons).text()).contains("<html lang=\"en\">").contains("€1.00");
        Reply switched = french.get("/lang/en?next=" + java.net.URLEncoder.encode(addons,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.header("Location")).isEqualTo(addons);
        assertThat(french.get(addons).text()).contains("<html lang=\"en\">");
        assertThat(french.get("/lang/en?next=//evil.example").header("Location")).isEqualTo("/");
    }

    @Test
    void buying_sends_an_owner_to_the_payment_page_and_a_member_learns_why_not() {
        PageClient ownerBrowser = signedIn(owner);
        String page = "/teams/" + TEAM + "/addons";
        Reply bought = ownerBrowser.submit(page, page + "/purchase", Map.of("resource_type", "ram", "quantity", "2"));
        assertThat(bought.status()).isEqualTo(303);
        assertThat(bought.header("Location")).contains("/sandbox/checkout/pm_");
        String paymentId = bought.header("Location").substring(bought.header("Location").lastIndexOf('/') + 1);
        JsonNode payment = server.get("/api/payments/" + TEAM + "/" + paymentId, owner).json();
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(ownerBrowser.get(page).text()).contains("en attente de paiement");

        Reply refused = ownerBrowser.submit(page, page + "/purchase", Map.of("resource_type", "ram", "quantity", "1.5"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("quantity-ram-error").contains("value=\"1.5\"");

        PageClient memberBrowser = signedIn(member);
        String memberPage = memberBrowser.get(page).text();
        assertThat(memberPage).contains("id=\"purchase-refusal\"").contains("only the team's owners and admins")
                .doesNotContain("/addons/purchase");
        Reply forbidden = memberBrowser.submit(page, page + "/purchase", Map.of("resource_type", "ram", "quantity", "1"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("only the team's owners and admins");
    }

    @Test
    void a_forged_or_unknown_session_cookie_is_no_session() {
        PageClient browser = browser();
        browser.setCookie("servelink_session", "sls_" + "0".repeat(64));
        assertThat(browser.get("/").status()).isEqualTo(303);
        browser.setCookie("servelink_session", "%00<script>");
        assertThat(browser.get("/").status()).isEqualTo(303);
    }

    @Test
    void a_bad_filter_or_cursor_is_shown_on_the_page_never_a_500() {
        PageClient browser = signedIn(member);
        String page = "/teams/" + TEAM + "/support";
        Reply status = browser.get(page + "?status=bogus");
        assertThat(status.status()).isEqualTo(422);
        assertThat(status.text()).contains("id=\"status-error\"").doesNotContain("id=\"no-tickets\"");
        Reply cursor = browser.get(page + "?cursor=not-a-cursor");
        assertThat(cursor.status()).isBetween(400, 499);
        assertThat(cursor.text()).contains("class=\"alert error\"");
        assertThat(browser.get(page + "?q=" + "x".repeat(201)).text()).contains("id=\"q-error\"");
        assertThat(signedIn(staff).get("/staff/queue?min_priority=bogus").status()).isEqualTo(422);
    }

    @Test
    void nothing_a_client_posts_to_a_page_is_a_500() {
        PageClient browser = signedIn(member);
        String page = "/teams/" + TEAM + "/support";
        String csrf = PageClient.csrfOf(browser.get(page).text());
        var raw = (java.util.function.BiFunction<String, String, Reply>) (type, body) -> browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + page + "/tickets"))
                        .header("Content-Type", type).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(raw.apply("application/json", "{\"subject\": \"x\"}").status()).isEqualTo(415);
        assertThat(raw.apply("application/x-www-form-urlencoded", "_csrf=" + csrf + "&subject=%zz").status())
                .isEqualTo(400);
        assertThat(raw.apply("application/x-www-form-urlencoded", "_csrf=" + csrf + "&subject=%C3").status())
                .isEqualTo(400);
        assertThat(raw.apply("application/x-www-form-urlencoded", "_csrf=" + csrf + "&subject=" + "a".repeat(70_000))
                .status()).isEqualTo(413);
        Reply tooLong = raw.apply("application/x-www-form-urlencoded", "_csrf=" + csrf + "&subject=" + "a".repeat(201)
                + "&description=d&category=nonsense&priority=top");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text()).contains("id=\"subject-error\"").contains("id=\"category-error\"")
                .contains("id=\"priority-error\"");
        assertThat(browser.post("/staff/tickets/ticket_nope/update", Map.of("_csrf", csrf, "status", "x")).status())
                .isBetween(400, 499);
    }

    @Test
    void the_dashboard_sends_to_sign_in_without_a_session() {
        Reply reply = browser().get("/teams/" + TEAM + "/dashboard");
        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/login?next=%2Fteams%2F" + TEAM + "%2Fdashboard");
    }

    @Test
    void the_dashboard_shows_a_member_the_apis_numbers_in_its_tables() {
        projectWithUsage("dashboard-" + System.nanoTime());
        Reply page = signedIn(member).get("/teams/" + TEAM + "/dashboard");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");
        String html = page.text();
        assertThat(html).contains("<h1>Tableau de bord</h1>")
                .contains("<script src=\"/assets/chart.umd.js\" defer></script>")
                .contains("<script src=\"/assets/dashboard.js\" defer></script>")
                .doesNotContain("<script>").doesNotContain("style=\"").doesNotContain(" onload=");

        JsonNode summary = ok(server.get("/api/usage/" + TEAM + "/summary", member), 200);
        for (String metric : List.of("cpu_core_hours", "memory_mb_peak", "traffic_gb", "storage_mb")) {
            JsonNode api = summary.path("metrics").path(metric);
            List<BigDecimal> expected = new ArrayList<>();
            api.path("daily").forEach(day -> expected.add(day.path("cumulative").decimalValue()));
            assertThat(values(html, "table-" + metric)).as(metric).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(expected);
            assertThat(html).contains("<tr data-series=\"limit\"><th scope=\"row\">Limite</th><td class=\"num\" data-value=\""
                    + api.path("limit").decimalValue().stripTrailingZeros().toPlainString() + "\">");
            assertThat(html).contains("<canvas id=\"chart-" + metric + "\" data-chart=\"month\" data-table=\"table-"
                    + metric + "\" role=\"img\" aria-label=\"");
        }
        // French formatting beside the raw figure: 1.25 GB a day, the running total of the 1st
        assertThat(html).contains("data-value=\"1.25\">1,25</td>");

        JsonNode history = ok(server.get("/api/usage/" + TEAM + "/history", member), 200);
        List<BigDecimal> totals = new ArrayList<>();
        history.path("months").forEach(month -> {
            totals.add(month.path("metrics").path("traffic_gb").path("total").decimalValue());
            totals.add(month.path("metrics").path("traffic_gb").path("limit").decimalValue());
        });
        assertThat(values(html, "table-history-traffic_gb")).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(totals);
        assertThat(html).contains("href=\"/teams/" + TEAM + "/dashboard\" aria-current=\"page\"");

        String english = signedIn(member).language("en").get("/teams/" + TEAM + "/dashboard").text();
        assertThat(english).contains("<html lang=\"en\">").contains("<h1>Dashboard</h1>").contains("data-value=\"1.25\">1.25</td>");
    }

    @Test
    void the_add_ons_page_fills_in_a_suggested_offer_and_ignores_anything_else() {
        PageClient owners = signedIn(owner);
        String page = "/teams/" + TEAM + "/addons";
        String suggested = owners.get(page + "?type=traffic&quantity=7").text();
        assertThat(suggested).contains("class=\"card offer suggested\" id=\"offer-traffic\"");
        assertThat(Pattern.compile("id=\"quantity-traffic\"[^>]*value=\"7\"").matcher(suggested).find()).isTrue();
        assertThat(Pattern.compile("id=\"quantity-ram\"[^>]*value=\"1\"").matcher(suggested).find()).isTrue();
        for (String query : List.of("?type=traffic&quantity=101", "?type=traffic&quantity=0", "?type=traffic&quantity=1e1",
                "?type=traffic&quantity=%3Cb%3E", "?type=Traffic&quantity=7", "?type=%3Cscript%3E&quantity=7",
                "?quantity=7")) {
            String html = owners.get(page + query).text();
            assertThat(Pattern.compile("id=\"quantity-traffic\"[^>]*value=\"1\"").matcher(html).find()).as(query).isTrue();
            assertThat(html).as(query).doesNotContain("<b>").doesNotContain("<script>");
        }
        assertThat(owners.get(page + "?type=gold").text()).doesNotContain("offer suggested");
    }

    @Test
    void the_cancel_confirmation_previews_the_limits_after_and_keeps_working_when_it_cannot() {
        Reply bought = server.post("/api/resources/" + TEAM + "/purchase", owner,
                "{\"resource_type\": \"storage\", \"quantity\": 1}");
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        String resource = bought.json().path("resource_id").asText();
        Reply paid = server.send(server.request(URI.create(bought.json().path("payment_url").asText()).getPath() + "/pay")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

        PageClient owners = signedIn(owner);
        String confirm = "/teams/" + TEAM + "/addons/" + resource + "/cancel";
        String html = owners.get(confirm).text();
        JsonNode preview = ok(server.get("/api/resources/" + TEAM + "/cancel/" + resource + "/preview", owner), 200);
        assertThat(html).contains("id=\"cancel-preview\" data-cliff=\"" + preview.path("cliff").asBoolean() + "\"")
                .contains("id=\"preview-metrics\"").contains("id=\"preview-limits\"")
                .contains("<tr data-metric=\"storage_mb\" data-over=\""
                        + preview.path("metrics").path("storage_mb").path("over_limit").asBoolean() + "\"");
        // the storage limit goes from plan + 10 GB back to the plan's
        assertThat(preview.path("limits_after").path("storage_mb").asLong() + 10240)
                .isEqualTo(preview.path("limits_before").path("storage_mb").asLong());

        Reply cancelled = owners.submit(confirm, confirm, Map.of());
        assertThat(cancelled.status()).isEqualTo(303);
        // the add-on can no longer be cancelled: the preview is refused (409), the page still answers as before
        assertThat(server.get("/api/resources/" + TEAM + "/cancel/" + resource + "/preview", owner).status())
                .isEqualTo(409);
        Reply again = owners.get(confirm);
        assertThat(again.text()).doesNotContain("id=\"cancel-preview\"");
    }

    @Test
    void an_owner_switches_auto_renewal_from_the_add_ons_page_and_a_member_sees_it_without_the_switch() {
        Reply bought = server.post("/api/resources/" + TEAM + "/purchase", owner,
                "{\"resource_type\": \"traffic\", \"quantity\": 1}");
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        String resource = bought.json().path("resource_id").asText();
        String page = "/teams/" + TEAM + "/addons";
        String action = page + "/" + resource + "/auto-renew";

        PageClient owners = signedIn(owner);
        assertThat(owners.get(page).text()).contains("action=\"" + action + "\"");
        Reply on = owners.submit(page, action, Map.of("auto_renew", "true"));
        assertThat(on.status()).isEqualTo(303);
        assertThat(on.header("Location")).isEqualTo(page + "?notice=auto_renew_on");
        JsonNode list = ok(server.get("/api/resources/" + TEAM + "/list", owner), 200);
        boolean switched = false;
        for (JsonNode r : list.path("resources")) {
            if (r.path("id").asText().equals(resource)) {
                switched = r.path("auto_renew").asBoolean();
            }
        }
        assertThat(switched).isTrue();

        String members = signedIn(member).get(page).text();
        assertThat(members).doesNotContain("action=\"" + action + "\"");
        assertThat(owners.submit(page, action, Map.of("auto_renew", "maybe")).status()).isEqualTo(422);
    }
}
