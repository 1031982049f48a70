package com.servelink.bootstrap.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage dashboard in Chromium, against the running jar, with usage the platform reported
 * through the operator API (six projects, every day of this month so far, one day in each of the
 * five months before) and two units of RAM bought through the sandbox checkout, on which the
 * month's memory peak depends (a cliff). The charts must be drawn from the tables beside them,
 * the tables must hold the API's numbers, and every page passes the same checks as the others:
 * no console error, no serious axe violation, a screenshot to look at.
 */
abstract class DashboardIT extends BrowserFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = "my-team";
    private static final List<String> METRICS = List.of("cpu_core_hours", "memory_mb_peak", "traffic_gb",
            "storage_mb");
    /** A project's share of the team's traffic each day, in GB; six projects, five are shown. */
    private static final Map<String, String> PROJECTS = Map.of("boutique", "1.2", "api", "0.8", "blog", "0.5",
            "docs", "0.3", "admin", "0.15", "statique", "0.05");

    /**
     * Reads a canvas's chart: Chart.js's own record of it, and whether anything was painted
     * (its pixels differ from a blank canvas of the same size).
     */
    private static final String CHART_STATE = """
            const canvas = arguments[0];
            const chart = window.Chart && Chart.getChart(canvas);
            if (!chart) { return null; }
            const blank = document.createElement('canvas');
            blank.width = canvas.width;
            blank.height = canvas.height;
            return {
              drawn: canvas.width > 0 && canvas.height > 0 && canvas.toDataURL() !== blank.toDataURL(),
              animated: chart.options.animation !== false,
              datasets: chart.data.datasets.map(d => ({
                label: d.label, points: d.data.length, dashed: !!(d.borderDash && d.borderDash.length),
                first: d.data.length ? d.data[0].x : null,
                last: d.data.length ? d.data[d.data.length - 1].x : null,
                lastValue: d.data.length ? d.data[d.data.length - 1].y : null}))
            };
            """;

    private String ramId;

    /** What the platform reports, the RAM the owner buys, and the limits job's run. */
    @Override
    void seed() {
        String admin = server.adminToken();
        JsonNode bought = api("POST", "/api/resources/" + TEAM + "/purchase", server.ownerToken(),
                "{\"resource_type\": \"ram\", \"quantity\": 2}", 201);
        ramId = bought.path("resource_id").asText();
        // the sandbox provider's "Pay" answers its result page, and its signed webhook activates the RAM
        JarServer.ApiReply paid = server.api("POST", URI.create(bought.path("payment_url").asText()).getPath() + "/pay",
                null, null);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> samples = new ArrayList<>();
        int rank = 0;
        for (String name : List.of("boutique", "api", "blog", "docs", "admin", "statique")) {
            String id = api("POST", "/api/admin/teams/" + TEAM + "/projects", admin,
                    "{\"name\": \"" + name + "\"}", 201).path("id").asText();
            BigDecimal traffic = new BigDecimal(PROJECTS.get(name));
            for (LocalDate day = today.withDayOfMonth(1); !day.isAfter(today); day = day.plusDays(1)) {
                int d = day.getDayOfMonth();
                // a launch on the 1st: the traffic limit (10 GB on Pro) is passed from the first day
                BigDecimal dayTraffic = d == 1 && rank == 0 ? new BigDecimal("11") : traffic;
                samples.add(sample(id, day, "traffic_gb", dayTraffic.toPlainString()));
                samples.add(sample(id, day, "cpu_core_hours", "2"));
                if (rank < 3) {
                    // the team's peak climbs to 6 700 MB: within plan + RAM (7 144 MB), over the plan's 6 144
                    int memory = new int[] {3000, 2500, 1200}[rank] - 40 * Math.max(0, today.getDayOfMonth() - d);
                    samples.add(sample(id, day, "memory_mb_peak", Integer.toString(memory)));
                }
                samples.add(sample(id, day, "storage_mb", Integer.toString(300 + 10 * d + 100 * (5 - rank))));
            }
            if (rank == 0) {
                for (int back = 1; back <= 5; back++) {
                    LocalDate day = YearMonth.from(today).minusMonths(back).atDay(15);
                    samples.add(sample(id, day, "traffic_gb", Integer.toString(3 + 2 * back)));
                    samples.add(sample(id, day, "cpu_core_hours", Integer.toString(400 - 50 * back)));
                    samples.add(sample(id, day, "memory_mb_peak", Integer.toString(4000 + 300 * back)));
                    samples.add(sample(id, day, "storage_mb", Integer.toString(2500 - 200 * back)));
                }
            }
            rank++;
        }
        api("POST", "/api/admin/usage", admin, "{\"samples\": [" + String.join(",", samples) + "]}", 200);
        api("POST", "/api/admin/jobs/check_usage_limits_task/run", admin, "", 200);
    }

    private static String sample(String project, LocalDate day, String metric, String amount) {
        return "{\"project_id\": \"" + project + "\", \"day\": \"" + day + "\", \"metric\": \"" + metric
                + "\", \"amount\": " + amount + "}";
    }

    private JsonNode api(String method, String path, String token, String body, int status) {
        JarServer.ApiReply reply = server.api(method, path, token, body);
        assertThat(reply.status()).as(method + " " + path + ": " + reply).isEqualTo(status);
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openDashboard() {
        browser.open(server.base() + "/teams/" + TEAM + "/dashboard");
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return !!window.Chart && Array.from(document.querySelectorAll('canvas[data-chart]'))"
                        + ".every(c => !!Chart.getChart(c));")));
    }

    private static String text(WebElement element) {
        return element.getDomProperty("textContent").replaceAll("\\s+", " ").strip();
    }

    /** What the reader sees, with the no-break spaces of French numbers as plain spaces. */
    private static String shown(WebElement element) {
        return element.getText().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static BigDecimal raw(WebElement element) {
        return new BigDecimal(element.getDomAttribute("data-value"));
    }

    /** A figure as a French reader reads it ({@code 6 700}, {@code 108,5}), back to a number. */
    private static BigDecimal french(String shown) {
        return new BigDecimal(shown.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(',', '.'));
    }

    private static void assertSameNumber(WebElement cell, JsonNode api, String what) {
        assertThat(raw(cell)).as(what + " (data-value)").isEqualByComparingTo(api.decimalValue());
        assertThat(french(text(cell))).as(what + " (text)").isEqualByComparingTo(api.decimalValue());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(WebElement canvas) {
        return (Map<String, Object>) browser.driver().executeScript(CHART_STATE, canvas);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_chart_is_drawn_from_its_table_and_the_tables_hold_the_apis_numbers() {
        signIn(server.ownerToken());
        openDashboard();
        assertThat(browser.find("h1").getText()).isEqualTo("Tableau de bord");
        assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo("Tableau de bord");
        JsonNode summary = api("GET", "/api/usage/" + TEAM + "/summary", server.memberToken(), null, 200);
        JsonNode history = api("GET", "/api/usage/" + TEAM + "/history", server.memberToken(), null, 200);

        List<WebElement> canvases = browser.all("canvas[data-chart]");
        assertThat(canvases).hasSize(8);
        for (WebElement canvas : canvases) {
            String id = canvas.getDomAttribute("id");
            assertThat(canvas.getDomAttribute("aria-label")).as(id).isNotBlank();
            assertThat(canvas.getDomAttribute("role")).as(id).isEqualTo("img");
            Map<String, Object> state = chart(canvas);
            assertThat(state).as(id + ": a chart").isNotNull();
            assertThat(state.get("drawn")).as(id + ": painted").isEqualTo(true);
            assertThat(state.get("animated")).as(id + ": not animated").isEqualTo(false);
            List<Map<String, Object>> datasets = (List<Map<String, Object>>) state.get("datasets");
            assertThat(datasets).as(id).hasSizeGreaterThanOrEqualTo(2);
            assertThat(((Number) datasets.get(0).get("points")).intValue()).as(id).isPositive();
        }

        for (String metric : METRICS) {
            JsonNode api = summary.path("metrics").path(metric);
            WebElement card = browser.find("#metric-" + metric);
            assertSameNumber(card.findElement(By.cssSelector(".headline .used")), api.path("used"), metric + " used");
            assertSameNumber(card.findElement(By.cssSelector(".headline .limit")), api.path("limit"), metric + " limit");
            List<WebElement> rows = browser.all("#table-" + metric + " tbody tr");
            assertThat(rows).as(metric).hasSize(api.path("daily").size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode day = api.path("daily").get(i);
                assertThat(rows.get(i).getDomAttribute("data-date")).isEqualTo(day.path("date").asText());
                assertSameNumber(rows.get(i).findElement(By.cssSelector("td[data-value]")), day.path("cumulative"),
                        metric + " " + day.path("date").asText());
            }
            assertSameNumber(browser.find("#table-" + metric + " tfoot tr[data-series=limit] td"), api.path("limit"),
                    metric + " limit row");
            List<Map<String, Object>> datasets = (List<Map<String, Object>>) chart(browser.find("#chart-" + metric))
                    .get("datasets");
            if (api.path("forecast").isNull()) {
                assertThat(text(card.findElement(By.cssSelector(".forecast.none .reason"))))
                        .isEqualTo(api.path("forecast_reason").asText());
                assertThat(datasets).noneMatch(d -> Boolean.TRUE.equals(d.get("dashed")));
            } else {
                assertSameNumber(browser.find("#table-" + metric + " tfoot tr[data-series=forecast] td"),
                        api.path("forecast").path("month_end"), metric + " forecast");
                Map<String, Object> forecast = datasets.stream().filter(d -> Boolean.TRUE.equals(d.get("dashed")))
                        .findFirst().orElseThrow(() -> new AssertionError(metric + ": no dashed forecast"));
                int lastDay = api.path("daily").size();
                assertThat(((Number) forecast.get("first")).intValue()).as(metric).isEqualTo(lastDay);
                assertThat(((Number) forecast.get("last")).intValue()).as(metric)
                        .isEqualTo(YearMonth.parse(summary.path("month").asText()).lengthOfMonth());
                assertThat(new BigDecimal(forecast.get("lastValue").toString())).as(metric)
                        .isEqualByComparingTo(api.path("forecast").path("month_end").decimalValue());
            }
            JsonNode months = history.path("months");
            List<WebElement> historyRows = browser.all("#table-history-" + metric + " tbody tr");
            assertThat(historyRows).as(metric).hasSize(6).hasSize(months.size());
            for (int i = 0; i < historyRows.size(); i++) {
                JsonNode month = months.get(i).path("metrics").path(metric);
                assertThat(historyRows.get(i).getDomAttribute("data-month")).isEqualTo(months.get(i).path("month").asText());
                assertSameNumber(historyRows.get(i).findElement(By.cssSelector("td[data-series=total]")),
                        month.path("total"), metric + " " + months.get(i).path("month").asText());
                assertSameNumber(historyRows.get(i).findElement(By.cssSelector("td[data-series=limit]")),
                        month.path("limit"), metric + " limit " + months.get(i).path("month").asText());
            }
        }

        // the traffic forecast is the one the API gives, and the limit passed on the 1st
        assertThat(summary.path("traffic_gb").path("suggested_addon").path("type").asText()).isEqualTo("traffic");
        assertThat(browser.find("#metric-traffic_gb .suggestion a").getDomAttribute("href")).isEqualTo("/teams/" + TEAM
                + "/addons?type=traffic&quantity=" + summary.path("traffic_gb").path("suggested_addon")
                .path("quantity").asInt() + "#offer-traffic");

        List<WebElement> projects = browser.all("#projects tbody tr");
        JsonNode top = summary.path("top_projects");
        assertThat(top).hasSize(5);
        assertThat(projects).hasSize(5);
        for (int i = 0; i < projects.size(); i++) {
            assertThat(text(projects.get(i).findElement(By.cssSelector("th")))).isEqualTo(top.get(i).path("name").asText());
            for (String metric : METRICS) {
                assertSameNumber(projects.get(i).findElement(By.cssSelector("td[data-metric=" + metric + "]")),
                        top.get(i).path(metric), top.get(i).path("name").asText() + " " + metric);
            }
        }
        assertThat(text(projects.get(0).findElement(By.cssSelector("th")))).isEqualTo("boutique");

        JsonNode ram = summary.path("active_addons").get(0);
        assertThat(ram.path("id").asText()).isEqualTo(ramId);
        assertThat(ram.path("cliff").asBoolean()).isTrue();
        WebElement row = browser.find("#active-addons tr#" + ramId);
        assertThat(row.getDomAttribute("data-cliff")).isEqualTo("true");
        assertThat(shown(browser.find("#cliff-" + ramId))).startsWith("Falaise de limite").contains("6 144");
        assertThat(row.findElement(By.cssSelector("time")).getDomAttribute("datetime"))
                .isEqualTo(ram.path("expires_at").asText());

        JsonNode alerts = summary.path("alerts");
        assertThat(browser.all("#alerts tbody tr")).hasSize(alerts.size());
        assertThat(alerts.findValuesAsText("level")).contains("warning", "critical", "exceeded");
        for (JsonNode alert : alerts) {
            WebElement line = browser.find("#alerts tr#" + alert.path("id").asText());
            assertThat(line.getDomAttribute("data-level")).isEqualTo(alert.path("level").asText());
            assertThat(line.findElement(By.cssSelector("time")).getDomAttribute("datetime"))
                    .isEqualTo(alert.path("created_at").asText());
            if (!alert.path("reaches_limit_on").isNull()) {
                assertThat(line.findElement(By.cssSelector("time.reaches")).getDomAttribute("datetime"))
                        .isEqualTo(alert.path("reaches_limit_on").asText());
            }
        }
        checkPage("dashboard");

        browser.driver().manage().window().setSize(new Dimension(420, 1000));
        try {
            openDashboard();
            assertThat((Boolean) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("no sideways scrolling on a phone").isTrue();
            browser.assertNoConsoleErrors();
            browser.screenshot(database() + "-dashboard-narrow");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }

        browser.clickAndWait(browser.find(".languages a[hreflang=en]"));
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('canvas[data-chart]')).every(c => !!Chart.getChart(c));")));
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("h1").getText()).isEqualTo("Dashboard");
        assertThat(browser.find("#cliff-" + ramId).getText()).startsWith("Limit cliff").contains("6,144");
        for (WebElement canvas : browser.all("canvas[data-chart]")) {
            assertThat(chart(canvas).get("drawn")).isEqualTo(true);
        }
        checkPage("dashboard-english");
    }

    @Test
    void an_alerts_add_link_opens_the_add_ons_page_with_the_quantity_filled_in() {
        signIn(server.ownerToken());
        openDashboard();
        JsonNode alerts = api("GET", "/api/usage/" + TEAM + "/summary", server.memberToken(), null, 200)
                .path("alerts");
        JsonNode exceeded = null;
        for (JsonNode alert : alerts) {
            if (alert.path("level").asText().equals("exceeded") && alert.path("metric").asText().equals("traffic_gb")) {
                exceeded = alert;
            }
        }
        assertThat(exceeded).as("the traffic limit was passed").isNotNull();
        String quantity = exceeded.path("suggested_addon").path("quantity").asText();
        WebElement add = browser.find("#alerts tr#" + exceeded.path("id").asText() + " a.add");
        assertThat(add.getText()).startsWith("Ajouter " + quantity + " × ");

        browser.clickAndWait(add);
        assertThat(browser.url()).isEqualTo(server.base() + "/teams/" + TEAM + "/addons?type=traffic&quantity=" + quantity
                + "#offer-traffic");
        assertThat(browser.find("#quantity-traffic").getDomProperty("value")).isEqualTo(quantity);
        assertThat(browser.find("#offer-traffic").getDomAttribute("class")).contains("suggested");
        assertThat(browser.find("#quantity-ram").getDomProperty("value")).isEqualTo("1");
        checkPage("addons-suggested");

        for (String ignored : List.of("?type=traffic&quantity=101", "?type=traffic&quantity=2.5",
                "?type=traffic&quantity=-3", "?type=gold&quantity=3", "?quantity=3")) {
            browser.open(server.base() + "/teams/" + TEAM + "/addons" + ignored);
            assertThat(browser.find("#quantity-traffic").getDomProperty("value")).as(ignored).isEqualTo("1");
            assertThat(browser.all(".offer.suggested")).as(ignored).hasSizeLessThanOrEqualTo(1);
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    void the_cancel_confirmation_shows_the_limit_cliff_and_the_limits_after() {
        signIn(server.ownerToken());
        browser.open(server.base() + "/teams/" + TEAM + "/addons");
        browser.clickAndWait(browser.find("#resources tr#" + ramId + " a[href$='/cancel']"));
        assertThat(browser.find("h1").getText()).isEqualTo("Annuler une ressource");
        JsonNode preview = api("GET", "/api/resources/" + TEAM + "/cancel/" + ramId + "/preview", server.ownerToken(),
                null, 200);
        assertThat(preview.path("cliff").asBoolean()).isTrue();
        assertThat(browser.find("#cancel-preview").getDomAttribute("data-cliff")).isEqualTo("true");
        assertThat(shown(browser.find("#cliff-warning"))).startsWith("Attention, falaise de limite").contains("6 144");
        for (String metric : METRICS) {
            WebElement row = browser.find("#preview-metrics tr[data-metric=" + metric + "]");
            assertThat(row.getDomAttribute("data-over")).as(metric)
                    .isEqualTo(Boolean.toString(preview.path("metrics").path(metric).path("over_limit").asBoolean()));
        }
        assertThat(shown(browser.find("#preview-metrics tr[data-metric=memory_mb_peak]")))
                .contains("7 144").contains("6 144").contains("au-dessus de la limite");
        assertThat(shown(browser.find("#preview-limits"))).contains("7 144").contains("6 144");
        assertThat(browser.find("button.danger").isDisplayed()).isTrue();
        checkPage("addons-cancel-preview");

        browser.clickAndWait(browser.find(".languages a[hreflang=en]"));
        assertThat(browser.find("#cliff-warning").getText().toLowerCase(Locale.ROOT)).startsWith("careful, limit cliff");
        checkPage("addons-cancel-preview-english");
    }
}
