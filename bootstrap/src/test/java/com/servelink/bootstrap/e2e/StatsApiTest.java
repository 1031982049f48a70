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
import java.util.List;

import static com.servelink.bootstrap.e2e.Replies.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics that state their method, end to end (issue 15): the period, the duration figures,
 * first-contact resolution, the team and staff histories and the staff CSV export, on the
 * tickets of {@link StatsSeed} (the expected figures are worked out by hand in its comment).
 */
abstract class StatsApiTest extends DemoServerFixture {
    private static final String MARCH = "from=2025-03-01&to=2025-03-31";
    private static final String WEEKS = "interval=week&from=2025-03-03&to=2025-03-23";

    @BeforeAll
    void seed() {
        StatsSeed.seed(server.servelink().database());
    }

    private void invalid(Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    }

    private static void figures(JsonNode node, long n, String mean, String median, String p90) {
        assertThat(node.path("n").asLong()).isEqualTo(n);
        assertThat(node.path("mean").decimalValue()).isEqualByComparingTo(mean);
        assertThat(node.path("median").decimalValue()).isEqualByComparingTo(median);
        assertThat(node.path("p90").decimalValue()).isEqualByComparingTo(p90);
    }

    @Test
    void team_statistics_over_march_state_n_mean_median_p90_and_first_contact_resolution() {
        JsonNode stats = ok(server.get("/api/support/my-team/stats?" + MARCH, member));
        assertThat(stats.path("period").path("from").asText()).isEqualTo("2025-03-01");
        assertThat(stats.path("period").path("to").asText()).isEqualTo("2025-03-31");
        assertThat(stats.path("total").asLong()).isEqualTo(4);
        assertThat(stats.path("by_status").path("resolved").asLong()).isEqualTo(2);
        assertThat(stats.path("avg_resolution_hours").decimalValue()).isEqualByComparingTo("85.00");
        figures(stats.path("resolution_hours"), 2, "85.00", "85.00", "151.40"); // 2 h and 168 h
        figures(stats.path("first_response_hours"), 3, "2.00", "2.00", "2.80"); // 1 h, 3 h, 2 h
        assertThat(stats.path("first_contact_resolution_rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(stats.path("first_contact_resolutions").asLong()).isEqualTo(1);
        assertThat(stats.path("method").path("percentiles").asText()).contains("PERCENTILE_CONT");
    }

    @Test
    void staff_statistics_count_every_team_and_an_empty_period_has_nulls_never_zeros() {
        JsonNode staffStats = ok(server.get("/api/staff/stats?" + MARCH, staff));
        assertThat(staffStats.path("total").asLong()).isEqualTo(5);
        figures(staffStats.path("resolution_hours"), 3, "58.00", "4.00", "135.20"); // 2 h, 4 h, 168 h
        figures(staffStats.path("first_response_hours"), 4, "1.75", "1.50", "2.70"); // 1, 1, 2, 3 h
        assertThat(staffStats.path("first_contact_resolution_rate").decimalValue()).isEqualByComparingTo("0.6667");

        JsonNode empty = ok(server.get("/api/support/my-team/stats?from=2024-01-01&to=2024-12-31", member));
        assertThat(empty.path("total").asLong()).isZero();
        assertThat(empty.path("resolution_hours").path("n").asLong()).isZero();
        for (String figure : List.of("mean", "median", "p90")) {
            assertThat(empty.path("resolution_hours").path(figure).isNull()).as(figure).isTrue();
            assertThat(empty.path("first_response_hours").path(figure).isNull()).as(figure).isTrue();
        }
        assertThat(empty.path("first_contact_resolution_rate").isNull()).isTrue();

        JsonNode allTime = ok(server.get("/api/support/my-team/stats", member));
        assertThat(allTime.path("period").path("from").isNull()).isTrue();
        assertThat(allTime.path("period").path("to").isNull()).isTrue();
        assertThat(allTime.path("total").asLong()).isGreaterThanOrEqualTo(4);
        JsonNode openEnded = ok(server.get("/api/support/my-team/stats?to=2025-03-10", member));
        assertThat(openEnded.path("total").asLong()).isEqualTo(2);
        assertThat(openEnded.path("period").path("from").isNull()).isTrue();
    }

    @Test
    void the_team_history_counts_each_iso_week_and_month() {
        JsonNode weeks = ok(server.get("/api/support/my-team/stats/history?" + WEEKS, member));
        assertThat(weeks.path("interval").asText()).isEqualTo("week");
        assertThat(weeks.path("period").path("from").asText()).isEqualTo("2025-03-03");
        JsonNode buckets = weeks.path("buckets");
        assertThat(buckets.findValuesAsText("bucket")).containsExactly("2025-W10", "2025-W11", "2025-W12");
        assertThat(buckets.get(0).path("start").asText()).isEqualTo("2025-03-03");
        assertThat(buckets.get(0).path("end").asText()).isEqualTo("2025-03-09");
        assertThat(buckets.findValues("created")).extracting(JsonNode::asLong).containsExactly(2L, 1L, 1L);
        assertThat(buckets.findValues("resolved")).extracting(JsonNode::asLong).containsExactly(1L, 1L, 0L);
        assertThat(buckets.findValues("backlog")).extracting(JsonNode::asLong).containsExactly(1L, 1L, 1L);
        assertThat(buckets.get(0).path("median_resolution_hours").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(buckets.get(1).path("median_resolution_hours").decimalValue()).isEqualByComparingTo("168.00");
        assertThat(buckets.get(2).path("median_resolution_hours").isNull()).isTrue();

        JsonNode month = ok(server.get("/api/support/my-team/stats/history?interval=month&" + MARCH, member));
        assertThat(month.path("buckets")).singleElement().satisfies(march -> {
            assertThat(march.path("bucket").asText()).isEqualTo("2025-03");
            assertThat(march.path("created").asLong()).isEqualTo(4);
            assertThat(march.path("resolved").asLong()).isEqualTo(2);
            assertThat(march.path("backlog").asLong()).isEqualTo(1);
            assertThat(march.path("median_resolution_hours").decimalValue()).isEqualByComparingTo("85.00");
        });

        JsonNode defaults = ok(server.get("/api/support/my-team/stats/history", member));
        assertThat(defaults.path("interval").asText()).isEqualTo("month");
        assertThat(defaults.path("buckets").size()).isEqualTo(12);
    }

    @Test
    void the_staff_export_is_the_staff_history_read_back_by_a_csv_parser() throws IOException {
        JsonNode history = ok(server.get("/api/staff/stats/history?" + WEEKS, staff));
        assertThat(history.path("buckets").findValues("created")).extracting(JsonNode::asLong)
                .containsExactly(3L, 1L, 1L);

        Reply csv = server.get("/api/staff/stats/export.csv?" + WEEKS, staff);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"ticket-statistics-week-2025-03-03-2025-03-23.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.text())).getRecords();
        assertThat(rows).hasSize(history.path("buckets").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode bucket = history.path("buckets").get(i);
            CSVRecord row = rows.get(i);
            assertThat(row.get("interval")).isEqualTo("week");
            assertThat(row.get("bucket")).isEqualTo(bucket.path("bucket").asText());
            assertThat(row.get("start")).isEqualTo(bucket.path("start").asText());
            assertThat(row.get("end")).isEqualTo(bucket.path("end").asText());
            assertThat(Long.parseLong(row.get("created"))).isEqualTo(bucket.path("created").asLong());
            assertThat(Long.parseLong(row.get("resolved"))).isEqualTo(bucket.path("resolved").asLong());
            assertThat(Long.parseLong(row.get("backlog"))).isEqualTo(bucket.path("backlog").asLong());
            JsonNode median = bucket.path("median_resolution_hours");
            if (median.isNull()) {
                assertThat(row.get("median_resolution_hours")).isEmpty();
            } else {
                assertThat(new BigDecimal(row.get("median_resolution_hours"))).isEqualByComparingTo(median.decimalValue());
            }
        }
        assertThat(rows.get(0).get("median_resolution_hours")).isEqualTo("3.00"); // 2 h and 4 h
    }

    @Test
    void bad_periods_and_intervals_are_422_naming_the_field_and_staff_routes_refuse_members() {
        invalid(server.get("/api/support/my-team/stats?from=2025-04-01&to=2025-03-01", member), "from", "to");
        invalid(server.get("/api/staff/stats?from=2025-02-30", staff), "from");
        invalid(server.get("/api/support/my-team/stats/history?interval=day", member), "interval");
        invalid(server.get("/api/staff/stats/history?interval=week&from=2000-01-01&to=2025-01-01", staff), "from");
        invalid(server.get("/api/staff/stats/export.csv?to=yesterday", staff), "to");
        for (String extreme : List.of("from=0000-01-01", "to=9999-12-31", "from=0001-01-01&to=9999-12-31")) {
            assertThat(server.get("/api/staff/stats?" + extreme, staff).status()).as(extreme).isEqualTo(200);
        }
        assertThat(server.get("/api/staff/stats/history?interval=month&from=9999-01-01&to=9999-12-31", staff)
                .status()).isEqualTo(200);
        assertThat(server.get("/api/staff/stats/history?interval=week&from=0000-01-03&to=0000-02-01", staff)
                .status()).isEqualTo(200);
        assertThat(server.get("/api/staff/stats/history", member).status()).isEqualTo(403);
        assertThat(server.get("/api/staff/stats/export.csv", member).status()).isEqualTo(403);
        assertThat(server.get("/api/support/" + StatsSeed.OTHER_TEAM + "/stats/history", member).status())
                .isEqualTo(404);
    }
}
