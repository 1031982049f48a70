package com.servelink.application.port.out;

import com.servelink.application.port.out.TicketRepository.QueuePosition;
import com.servelink.application.port.out.UsageAlertRepository.AlertPosition;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetCursorTest {
    private static final Instant AT = Instant.parse("2025-01-25T10:00:00.123456Z");

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_ticket_cursor_keeps_the_format_it_had_before_the_codec() {
        TicketId id = new TicketId("ticket_FFZ5L8ciZU0OWto72POd");
        assertThat(new TicketCursor(AT, id).encode()).isEqualTo(raw(AT.getEpochSecond() + ".123456000." + id.value()));
        assertThat(TicketCursor.decode(raw(AT.getEpochSecond() + ".123456000." + id.value())))
                .isEqualTo(new TicketCursor(AT, id));
    }

    @Test
    void each_position_round_trips_and_text_may_hold_dots() {
        RowPosition row = new RowPosition(AT, "pm.with.dots");
        assertThat(RowPosition.decode(row.encode())).isEqualTo(row);
        AlertPosition alert = new AlertPosition(AT, AlertLevel.CLIFF, UsageMetric.STORAGE_MB, "cliff:res_1:7");
        assertThat(AlertPosition.decode(alert.encode())).isEqualTo(alert);
        QueuePosition running = new QueuePosition(TicketPriority.URGENT, Optional.of(AT.plusSeconds(60)),
                AT.plusSeconds(7200), AT, new TicketId("ticket_abc"));
        assertThat(QueuePosition.decode(running.encode())).isEqualTo(running);
        QueuePosition paused = new QueuePosition(TicketPriority.LOW, Optional.empty(), AT, AT, new TicketId("ticket_x"));
        assertThat(QueuePosition.decode(paused.encode())).isEqualTo(paused);
    }

    @Test
    void anything_not_issued_here_is_an_invalid_cursor_naming_the_parameter() {
        for (String bad : new String[]{"", "!!!", "Zm9v", raw("1.2."), raw("1.x.id"), raw("x"),
                raw("-62135596801.0.id"), raw("99999999999999999999.0.id")}) {
            assertThatThrownBy(() -> RowPosition.decode(bad)).as(bad).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("cursor")));
        }
        for (String bad : new String[]{raw(AT.getEpochSecond() + ".0.9.2.key"), raw(AT.getEpochSecond() + ".0.-1.0.key"),
                raw(AT.getEpochSecond() + ".0.0.x.key")}) {
            assertThatThrownBy(() -> AlertPosition.decode(bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasMessageContaining("cursor");
        }
        for (String bad : new String[]{raw("7.-.1.0.1.0.ticket_a"), raw("3.1.0.1.0.1.0.not-a-ticket-id!"),
                raw("3.-.1.0.1.0.")}) {
            assertThatThrownBy(() -> QueuePosition.decode(bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasMessageContaining("cursor");
        }
    }
}
