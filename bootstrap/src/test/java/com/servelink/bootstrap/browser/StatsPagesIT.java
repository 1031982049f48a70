package com.servelink.bootstrap.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support statistics in Chromium (issue 15): the staff statistics page (summary with its
 * method, period form, history charts and table, CSV link) and the history block of the team's
 * support page, on tickets the API created, answered and resolved. Every figure on the pages is
 * the API's; each chart is drawn from its table.
 */
abstract class StatsPagesIT extends BrowserFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = "my-team";
    private static final String CHARTS_READY = "return !!window.Chart && Array.from(document.querySelectorAll("
            + "'canvas[data-chart]')).every(c => !!Chart.getChart(c));";
    private static final String CHART_STATE = """
            const canvas = arguments[0];
            const chart = window.Chart && Chart.getChart(canvas);
            if (!chart) { return null; }
            const blank = document.createElement('canvas');
            blank.width = canvas.width;
            blank.height = canvas.height;
            return {
              drawn: canvas.width > 0 && canvas.height > 0 && canvas.toDataURL() !== blank.toDataURL(),
              labels: chart.data.labels.length,
              datasets: chart.data.datasets.map(d => ({label: d.label, values: d.data.map(p => p.y)}))
            };
            """;

    private JsonNode api(String method, String path, String token, String body, int status) {
        JarServer.ApiReply reply = server.api(method, path, token, body);
        assertThat(reply.status()).as(method + " " + path + ": " + reply).isEqualTo(status);
        try {
            return reply.body().isEmpty() ? null : JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String ticket(String subject) {
        return api("POST", "/api/support/" + TEAM + "/tickets", server.memberToken(),
                "{\"subject\": \"" + subject + "\", \"description\": \"Rien ne marche depuis ce matin\"}", 201)
                .path("ticket_id").asText();
    }

    private void staffReply(String ticket) {
        api("POST", "/api/staff/tickets/" + ticket + "/messages", server.staffToken(),
                "{\"message\": \"Nous regardons\"}", 201);
    }

    private void resolve(String ticket) {
        api("PATCH", "/api/support/" + TEAM + "/tickets/" + ticket, server.memberToken(),
                "{\"status\": \"resolved\"}", 200);
    }

    /** Three tickets: one answered once and resolved, one answered twice and resolved, one waiting. */
    @Override
    void seed() {
        String once = ticket("Déploiement bloqué");
        staffReply(once);
        resolve(once);
        String twice = ticket("Facture en double");
        staffReply(twice);
        staffReply(twice);
        resolve(twice);
        staffReply(ticket("Certificat expiré"));
    }

    private static String text(WebElement element) {
        return element.getDomProperty("textContent").replaceAll("\\s+", " ").strip();
    }

    /** A French figure ({@code 1 234,50}) back to a number. */
    private static BigDecimal french(String shown) {
        return new BigDecimal(shown.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(',', '.'));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(WebElement canvas) {
        return (Map<String, Object>) browser.driver().executeScript(CHART_STATE, canvas);
    }

    /** The history table holds the API's buckets, and both charts are drawn from it, value for value. */
    @SuppressWarnings("unchecked")
    private void assertHistory(String id, JsonNode history) {
        JsonNode buckets = history.path("buckets");
        List<WebElement> rows = browser.all("#" + id + "-table tbody tr");
        assertThat(rows).hasSize(buckets.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode bucket = buckets.get(i);
            WebElement row = rows.get(i);
            assertThat(row.getDomAttribute("data-bucket")).isEqualTo(bucket.path("bucket").asText());
            assertThat(row.getDomAttribute("data-start")).isEqualTo(bucket.path("start").asText());
            for (String series : List.of("created", "resolved", "backlog")) {
                WebElement cell = row.findElement(By.cssSelector("td[data-series=" + series + "]"));
                assertThat(new BigDecimal(cell.getDomAttribute("data-value"))).as(series)
                        .isEqualByComparingTo(bucket.path(series).decimalValue());
                assertThat(french(text(cell))).as(series).isEqualByComparingTo(bucket.path(series).decimalValue());
            }
            WebElement median = row.findElement(By.cssSelector("td[data-series=median]"));
            if (bucket.path("median_resolution_hours").isNull()) {
                assertThat(median.getDomAttribute("data-value")).isNull();
                assertThat(text(median)).isEqualTo("—");
            } else {
                assertThat(french(text(median))).isEqualByComparingTo(bucket.path("median_resolution_hours")
                        .decimalValue());
            }
        }
        Map<String, Object> counts = chart(browser.find("#" + id + "-counts"));
        assertThat(counts.get("drawn")).isEqualTo(true);
        assertThat(((Number) counts.get("labels")).intValue()).isEqualTo(buckets.size());
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) counts.get("datasets");
        assertThat(datasets).hasSize(3);
        List<Object> created = (List<Object>) datasets.get(0).get("values");
        for (int i = 0; i < buckets.size(); i++) {
            assertThat(((Number) created.get(i)).longValue()).isEqualTo(buckets.get(i).path("created").asLong());
        }
        Map<String, Object> median = chart(browser.find("#" + id + "-median"));
        assertThat(median.get("drawn")).isEqualTo(true);
        List<WebElement> canvases = browser.all("canvas[data-table=" + id + "-table]");
        assertThat(canvases).hasSize(2);
        for (WebElement canvas : canvases) {
            assertThat(canvas.getDomAttribute("role")).isEqualTo("img");
            assertThat(canvas.getDomAttribute("aria-label")).isNotBlank();
        }
    }

    @Test
    void the_staff_page_shows_the_apis_figures_with_their_method_and_draws_the_history_from_its_table() {
        signIn(server.staffToken());
        browser.open(server.base() + "/staff/stats");
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(CHARTS_READY)));
        assertThat(browser.find("h1").getText()).isEqualTo("Statistiques du support");
        assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo("Statistiques");
        JsonNode stats = api("GET", "/api/staff/stats", server.staffToken(), null, 200);

        assertThat(text(browser.find("#stats-period-text"))).startsWith("Depuis toujours")
                .contains(stats.path("total").asText());
        for (String code : List.of("resolution", "first_response")) {
            JsonNode figures = stats.path(code + "_hours");
            WebElement row = browser.find("#duration-" + code);
            assertThat(french(text(row.findElement(By.cssSelector("[data-figure=n]")))))
                    .isEqualByComparingTo(figures.path("n").decimalValue());
            for (String figure : List.of("mean", "median", "p90")) {
                assertThat(french(text(row.findElement(By.cssSelector("[data-figure=" + figure + "]")))))
                        .as(code + " " + figure).isEqualByComparingTo(figures.path(figure).decimalValue());
            }
        }
        assertThat(stats.path("resolution_hours").path("n").asLong()).isEqualTo(2);
        // one of the two resolved tickets had a single support reply: 50,0 %
        assertThat(text(browser.find("#stats-fcr [data-figure=fcr]")).replace('\u00a0', ' ')).isEqualTo("50 %");
        assertThat(text(browser.find("#stats-method"))).contains("PERCENTILE_CONT").contains("n = 0");

        assertHistory("staff-history", api("GET", "/api/staff/stats/history", server.staffToken(), null, 200));
        assertThat(browser.find("#stats-export").getDomAttribute("href"))
                .startsWith("/api/staff/stats/export.csv?interval=month&from=");
        checkPage("staff-stats");

        browser.find("#interval option[value=week]").click();
        browser.clickAndWait(browser.find("#stats-period button[type=submit]"));
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(CHARTS_READY)));
        assertThat(browser.url()).contains("interval=week");
        assertHistory("staff-history", api("GET", "/api/staff/stats/history?interval=week", server.staffToken(),
                null, 200));
        assertThat(browser.all("#staff-history-table tbody tr")).hasSize(12);
        checkPage("staff-stats-weeks");
    }

    @Test
    void a_reversed_period_is_refused_on_the_form_and_members_are_kept_out() {
        signIn(server.staffToken());
        browser.open(server.base() + "/staff/stats?from=2026-02-01&to=2026-01-01&interval=week");
        assertThat(browser.find("#from-error").getText()).contains("2026-01-01");
        assertThat(browser.find("#to-error").getText()).contains("2026-02-01");
        assertThat(browser.find("#from").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.all("#stats-summary")).isEmpty();
        checkPage("staff-stats-refused", 422);

        browser.deleteAllCookies();
        signIn(server.memberToken());
        browser.open(server.base() + "/staff/stats");
        assertThat(browser.all("#stats-summary")).isEmpty();
        checkPage("staff-stats-member", 403);
    }

    @Test
    void the_team_support_page_draws_the_teams_last_twelve_months() {
        signIn(server.memberToken());
        browser.open(server.base() + "/teams/" + TEAM + "/support");
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(CHARTS_READY)));
        assertThat(browser.find("#team-stats-title").getText()).isEqualTo("Statistiques de l'équipe");
        JsonNode history = api("GET", "/api/support/" + TEAM + "/stats/history", server.memberToken(), null, 200);
        assertThat(history.path("buckets")).hasSize(12);
        assertThat(history.path("buckets").get(11).path("created").asLong()).isGreaterThanOrEqualTo(3);
        assertHistory("team-history", history);
        checkPage("support-stats");
    }
}
