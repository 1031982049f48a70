package com.servelink.adapter.http.routes;

import com.servelink.application.port.in.usage.ExportUsageUseCase.UsageExport;
import com.servelink.application.port.out.UsageRepository.ExportedSample;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.Team;
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
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export's format: RFC 4180, UTF-8, a header, and no formula a spreadsheet would run. */
class UsageCsvTest {

    private static String csv(List<ExportedSample> rows) throws IOException {
        UsageExport export = new UsageExport() {
            @Override
            public Team team() {
                throw new UnsupportedOperationException();
            }

            @Override
            public LocalDate from() {
                return LocalDate.MIN;
            }

            @Override
            public LocalDate to() {
                return LocalDate.MAX;
            }

            @Override
            public long writeTo(Consumer<ExportedSample> sink) {
                rows.forEach(sink);
                return rows.size();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UsageCsv.write(export, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ExportedSample row(String name, String amount) {
        return new ExportedSample(LocalDate.parse("2025-01-02"), new ProjectId("prj_a1"), name, UsageMetric.TRAFFIC_GB,
                new BigDecimal(amount));
    }

    @Test
    void a_header_then_one_crlf_terminated_record_per_sample_read_back_by_a_csv_parser() throws IOException {
        String text = csv(List.of(row("blog", "1.500000"), row("Café, \"quoted\"\nline", "2")));
        assertThat(text).startsWith("date,project_id,project_name,metric,amount\r\n");
        assertThat(text).endsWith("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("amount")).isEqualTo("1.500000");
        assertThat(records.get(1).get("project_name")).isEqualTo("Café, \"quoted\"\nline");
        assertThat(records.get(1).get("date")).isEqualTo("2025-01-02");
        assertThat(records.get(1).get("metric")).isEqualTo("traffic_gb");
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_neutralised() throws IOException {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(UsageCsv.neutralised(formula)).isEqualTo("'" + formula);
        }
        assertThat(UsageCsv.neutralised("blog = web")).isEqualTo("blog = web");
        assertThat(UsageCsv.neutralised("")).isEmpty();
        String text = csv(List.of(row("=cmd|' /C calc'!A0", "1")));
        assertThat(text).contains(",'=cmd|' /C calc'!A0,");
    }

    @Test
    void an_empty_export_is_the_header_alone() throws IOException {
        assertThat(csv(List.of())).isEqualTo("date,project_id,project_name,metric,amount\r\n");
    }
}
