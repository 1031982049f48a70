package com.servelink.adapter.http.routes;

import com.servelink.application.port.in.support.ExportTicketsUseCase.TicketExport;
import com.servelink.application.port.out.TicketRepository.ExportedTicket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.Team;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The ticket export's format: RFC 4180, UTF-8, a header, empty absent instants, no formula a spreadsheet runs. */
class TicketCsvTest {
    private static final Instant AT = Instant.parse("2025-01-25T10:00:00Z");

    private static String csv(List<ExportedTicket> rows) throws IOException {
        TicketExport export = new TicketExport() {
            @Override
            public Team team() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long writeTo(Consumer<ExportedTicket> sink) {
                rows.forEach(sink);
                return rows.size();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TicketCsv.write(export, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ExportedTicket row(String subject, Optional<String> assignee, Optional<Instant> resolved) {
        return new ExportedTicket(new TicketId("ticket_a1"), subject, TicketStatus.RESOLVED, TicketPriority.HIGH,
                TicketCategory.BILLING, assignee, AT, AT.plusSeconds(60), Optional.of(AT.plusSeconds(30)),
                AT.plusSeconds(3600), resolved, Optional.empty());
    }

    @Test
    void a_header_then_one_record_per_ticket_read_back_by_a_csv_parser() throws IOException {
        String text = csv(List.of(row("Facture, \"double\"\nligne", Optional.of("support@servelink.com"),
                Optional.of(AT.plusSeconds(60))), row("Café", Optional.empty(), Optional.empty())));
        assertThat(text).startsWith("id,subject,status,priority,category,assigned_to,created_at,updated_at,"
                + "first_responded_at,first_response_due_at,resolved_at,closed_at\r\n").endsWith("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.get("id")).isEqualTo("ticket_a1");
        assertThat(first.get("subject")).isEqualTo("Facture, \"double\"\nligne");
        assertThat(first.get("status")).isEqualTo("resolved");
        assertThat(first.get("priority")).isEqualTo("high");
        assertThat(first.get("category")).isEqualTo("billing");
        assertThat(first.get("assigned_to")).isEqualTo("support@servelink.com");
        assertThat(first.get("created_at")).isEqualTo("2025-01-25T10:00:00Z");
        assertThat(first.get("first_responded_at")).isEqualTo("2025-01-25T10:00:30Z");
        assertThat(first.get("first_response_due_at")).isEqualTo("2025-01-25T11:00:00Z");
        assertThat(first.get("resolved_at")).isEqualTo("2025-01-25T10:01:00Z");
        assertThat(first.get("closed_at")).isEmpty();
        assertThat(records.get(1).get("subject")).isEqualTo("Café");
        assertThat(records.get(1).get("assigned_to")).isEmpty();
        assertThat(records.get(1).get("resolved_at")).isEmpty();
    }

    @Test
    void a_subject_a_spreadsheet_would_run_as_a_formula_is_neutralised() throws IOException {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv(List.of(row(formula, Optional.of(formula), Optional.empty())))))
                    .getRecords();
            assertThat(records.get(0).get("subject")).isEqualTo("'" + formula);
            assertThat(records.get(0).get("assigned_to")).isEqualTo("'" + formula);
        }
        assertThat(csv(List.of(row("a = b", Optional.empty(), Optional.empty())))).contains(",a = b,");
    }

    @Test
    void an_empty_export_is_the_header_alone() throws IOException {
        assertThat(csv(List.of())).isEqualTo("id,subject,status,priority,category,assigned_to,created_at,updated_at,"
                + "first_responded_at,first_response_due_at,resolved_at,closed_at\r\n");
    }
}
