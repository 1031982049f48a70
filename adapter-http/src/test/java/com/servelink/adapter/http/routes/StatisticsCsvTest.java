package com.servelink.adapter.http.routes;

import com.servelink.application.port.in.support.GetTicketHistoryUseCase.TicketHistory;
import com.servelink.domain.support.HistoryBucket;
import com.servelink.domain.support.HistoryInterval;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff statistics export: RFC 4180, a header, one row per bucket, an empty cell for no median. */
class StatisticsCsvTest {

    @Test
    void one_crlf_record_per_bucket_read_back_by_a_csv_parser() throws IOException {
        TicketHistory history = new TicketHistory(HistoryInterval.WEEK, LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-12-07"), List.of(
                new HistoryBucket("2026-W49", LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06"), 4, 3, 7,
                        Optional.of(new BigDecimal("12.50"))),
                new HistoryBucket("2026-W50", LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-13"), 1, 0, 8,
                        Optional.empty())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsCsv.write(history, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("interval,bucket,start,end,created,resolved,backlog,median_resolution_hours\r\n")
                .endsWith("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toMap()).containsEntry("bucket", "2026-W49").containsEntry("start", "2026-11-30")
                .containsEntry("end", "2026-12-06").containsEntry("created", "4").containsEntry("resolved", "3")
                .containsEntry("backlog", "7").containsEntry("median_resolution_hours", "12.50")
                .containsEntry("interval", "week");
        assertThat(records.get(1).get("median_resolution_hours")).isEmpty();
    }
}
