package com.servelink.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.bootstrap.e2e.RunningServer.Reply;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage dashboard's API end to end (issue 12), on a dataset that does not depend on today's
 * date: last month complete for two projects (and one whose name is a formula), plus today's
 * memory peak, which only a RAM add-on keeps under the limit.
 */
abstract class UsageApiTest extends DemoServerFixture {
    private final YearMonth current = YearMonth.now(ZoneOffset.UTC);
    private final YearMonth last = current.minusMonths(1);
    private String ramId;

    private void problem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactly(field);
        }
    }

    private String project(String name) {
        return ok(server.post("/api/admin/teams/my-team/projects", RunningServer.ADMIN_TOKEN,
                "{\"name\":\"" + name.replace("\"", "\\\"") + "\"}"), 201).path("id").asText();
    }

    private static String sample(String project, LocalDate day, String metric, String amount) {
        return "{\"project_id\":\"" + project + "\",\"day\":\"" + day + "\",\"metric\":\"" + metric + "\",\"amount\":"
                + amount + "}";
    }

    private void report(List<String> samples) {
        ok(server.post("/api/admin/usage", RunningServer.ADMIN_TOKEN, "{\"samples\":[" + String.join(",", samples) + "]}"),
                200);
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
        String shop = project("shop");
        String blog = project("blog");
        String evil = project("=SUM(A1)");
        List<String> samples = new ArrayList<>();
        for (int day = 1; day <= last.lengthOfMonth(); day++) {
            LocalDate date = last.atDay(day);
            samples.add(sample(shop, date, "traffic_gb", "1"));
            samples.add(sample(shop, date, "cpu_core_hours", "10"));
            samples.add(sample(shop, date, "memory_mb_peak", "3000"));
            samples.add(sample(blog, date, "traffic_gb", "0.5"));
            samples.add(sample(blog, date, "memory_mb_peak", "1000"));
        }
        samples.add(sample(evil, last.atDay(1), "traffic_gb", "0.1"));
        report(samples);
        report(List.of(sample(shop, LocalDate.now(ZoneOffset.UTC), "memory_mb_peak", "6500")));
        ramId = paidAddOn("ram");
    }

    private BigDecimal lastMonthTraffic() {
        return new BigDecimal("1.5").multiply(BigDecimal.valueOf(last.lengthOfMonth())).add(new BigDecimal("0.1"));
    }

    @Test
    void a_past_month_summary_has_every_metric_its_days_top_projects_and_what_covers_it() {
        JsonNode summary = ok(server.get("/api/usage/my-team/summary?month=" + last, member), 200);
        assertThat(summary.path("month").asText()).isEqualTo(last.toString());
        assertThat(summary.path("metrics").size()).isEqualTo(4);
        JsonNode traffic = summary.path("traffic_gb");
        assertThat(traffic).isEqualTo(summary.path("metrics").path("traffic_gb"));
        assertThat(traffic.path("used").decimalValue()).isEqualByComparingTo(lastMonthTraffic());
        assertThat(traffic.path("limit").decimalValue()).isEqualByComparingTo("10");
        assertThat(traffic.path("daily").size()).isEqualTo(last.lengthOfMonth());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode day : traffic.path("daily")) {
            sum = sum.add(day.path("value").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(lastMonthTraffic());
        assertThat(traffic.path("daily").get(0).path("date").asText()).isEqualTo(last.atDay(1).toString());
        JsonNode forecast = traffic.path("forecast");
        assertThat(forecast.path("month_end").decimalValue()).as("a month that is over").isEqualByComparingTo(lastMonthTraffic());
        assertThat(forecast.path("method").asText()).isEqualTo("linear_daily_rate");
        // 1.6 GB on the 1st, then 1.5 GB a day: 10 GB is passed on the 7th
        assertThat(forecast.path("reaches_limit_on").asText()).isEqualTo(last.atDay(7).toString());
        JsonNode suggestion = traffic.path("suggested_addon");
        assertThat(suggestion.path("resource_type").asText()).isEqualTo("traffic");
        assertThat(suggestion.path("quantity").asInt()).isEqualTo(4);
        assertThat(suggestion.path("price").decimalValue()).isEqualByComparingTo("4.00");

        assertThat(summary.path("memory_mb_peak").path("used").decimalValue()).isEqualByComparingTo("4000");
        assertThat(summary.path("memory_mb_peak").path("suggested_addon").isNull()).isTrue();
        assertThat(summary.path("cpu_core_hours").path("used").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(10L * last.lengthOfMonth()));
        assertThat(summary.path("storage_mb").path("forecast").isNull()).isTrue();
        assertThat(summary.path("storage_mb").path("forecast_reason").asText()).contains("fewer than 3 days");

        assertThat(summary.path("top_projects").findValuesAsText("name")).containsExactly("shop", "blog", "=SUM(A1)");
        assertThat(summary.path("top_projects").get(0).path("traffic_gb").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(last.lengthOfMonth()));
        assertThat(summary.path("active_addons").findValuesAsText("id")).contains(ramId);
    }

    @Test
    void this_month_by_default_with_the_ram_add_on_flagged_as_a_cliff() {
        JsonNode summary = ok(server.get("/api/usage/my-team/summary", member), 200);
        assertThat(summary.path("month").asText()).isEqualTo(current.toString());
        assertThat(summary.path("as_of").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(summary.path("memory_mb_peak").path("used").decimalValue()).isEqualByComparingTo("6500");
        assertThat(summary.path("memory_mb_peak").path("limit").decimalValue()).isEqualByComparingTo("6644");
        assertThat(summary.path("memory_mb_peak").path("daily").size()).isEqualTo(current.atDay(1)
                .until(LocalDate.now(ZoneOffset.UTC)).getDays() + 1);
        JsonNode ram = null;
        for (JsonNode addOn : summary.path("active_addons")) {
            if (addOn.path("id").asText().equals(ramId)) {
                ram = addOn;
            }
        }
        assertThat(ram).isNotNull();
        assertThat(ram.path("cliff").asBoolean()).isTrue();
        assertThat(ram.path("expires_at").asText()).isNotBlank();
        assertThat(ram.path("limit_without").decimalValue()).isEqualByComparingTo("6144");
    }

    @Test
    void the_history_has_each_month_oldest_first_with_its_limit() {
        JsonNode history = ok(server.get("/api/usage/my-team/history?months=2", member), 200);
        assertThat(history.path("months").findValuesAsText("month")).containsExactly(last.toString(), current.toString());
        JsonNode lastTraffic = history.path("months").get(0).path("traffic_gb");
        assertThat(lastTraffic.path("total").decimalValue()).isEqualByComparingTo(lastMonthTraffic());
        assertThat(lastTraffic.path("limit").decimalValue()).isEqualByComparingTo("10");
        assertThat(history.path("months").get(0).path("memory_mb_peak").path("limit").decimalValue())
                .as("the RAM add-on was bought this month").isEqualByComparingTo("6144");
        assertThat(history.path("months").get(1).path("memory_mb_peak").path("limit").decimalValue())
                .isEqualByComparingTo("6644");
        assertThat(ok(server.get("/api/usage/my-team/history", member), 200).path("months").size()).isEqualTo(6);
    }

    @Test
    void the_csv_export_reads_back_to_the_same_sums() throws IOException {
        Reply csv = server.get("/api/usage/my-team/export.csv?from=" + last.atDay(1) + "&to=" + last.atEndOfMonth(),
                member);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
        assertThat(rows).hasSize(5 * last.lengthOfMonth() + 1);
        BigDecimal traffic = BigDecimal.ZERO;
        for (CSVRecord row : rows) {
            if (row.get("metric").equals("traffic_gb")) {
                traffic = traffic.add(new BigDecimal(row.get("amount")));
            }
        }
        assertThat(traffic).isEqualByComparingTo(lastMonthTraffic());
        assertThat(rows.get(0).get("date")).isEqualTo(last.atDay(1).toString());
        assertThat(rows).extracting(r -> r.get("project_name")).contains("'=SUM(A1)").doesNotContain("=SUM(A1)");
        assertThat(csv.text()).startsWith("date,project_id,project_name,metric,amount\r\n");
    }

    @Test
    void the_cancel_preview_shows_the_cliff_and_the_cancellation_is_not_gated_by_it() {
        JsonNode preview = ok(server.get("/api/resources/my-team/cancel/" + ramId + "/preview", member), 200);
        assertThat(preview.path("cliff").asBoolean()).isTrue();
        assertThat(preview.path("limits_before").path("memory_mb").asLong()).isEqualTo(6644);
        assertThat(preview.path("limits_after").path("memory_mb").asLong()).isEqualTo(6144);
        assertThat(preview.path("metrics").path("memory_mb_peak").path("over_limit").asBoolean()).isTrue();
        assertThat(preview.path("metrics").path("traffic_gb").path("over_limit").asBoolean()).isFalse();
        assertThat(preview.path("metrics_over_limit").toString()).contains("\"memory_mb_peak\"");

        String storage = paidAddOn("storage");
        assertThat(ok(server.get("/api/resources/my-team/cancel/" + storage + "/preview", member), 200)
                .path("cliff").asBoolean()).isFalse();
        ok(server.delete("/api/resources/my-team/cancel/" + storage, owner), 200);
        problem(server.get("/api/resources/my-team/cancel/" + storage + "/preview", member), 409, null);
        problem(server.get("/api/resources/my-team/cancel/res_doesnotexist/preview", member), 404, null);
    }

    @Test
    void refusals_are_problems_naming_the_field() {
        problem(server.get("/api/usage/my-team/summary", null), 401, null);
        for (String path : List.of("/api/usage/my-team/summary", "/api/usage/my-team/history",
                "/api/usage/my-team/export.csv", "/api/resources/my-team/cancel/" + ramId + "/preview",
                "/api/usage/no-such-team/summary")) {
            problem(server.get(path, staff), 404, null);
        }
        problem(server.get("/api/usage/my-team/summary?month=2025-13", member), 422, "month");
        problem(server.get("/api/usage/my-team/summary?month=abc", member), 422, "month");
        problem(server.get("/api/usage/my-team/summary?month=" + current.plusMonths(1), member), 422, "month");
        for (String months : List.of("0", "25", "x", "-1", "1.5")) {
            problem(server.get("/api/usage/my-team/history?months=" + months, member), 422, "months");
        }
        problem(server.get("/api/usage/my-team/export.csv?from=2025-02-30", member), 422, "from");
        problem(server.get("/api/usage/my-team/export.csv?from=2025-01-02&to=2025-01-01", member), 422, "to");
        problem(server.get("/api/usage/my-team/export.csv?from=2024-01-01&to=2025-01-01", member), 422, "to");
        problem(server.get("/api/usage/my-team/export.csv?to=31-01-2025", member), 422, "to");
    }
}
