package com.servelink.application.port.out;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.TicketId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketCursorTest {
    private static final TicketId TICKET = new TicketId("ticket_FFZ5L8ciZU0OWto72POd");

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_cursor_round_trips() {
        TicketCursor cursor = new TicketCursor(Instant.parse("2025-01-25T10:00:00.123456Z"), TICKET);
        assertThat(TicketCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void an_instant_no_timestamp_column_holds_is_an_invalid_cursor_not_a_database_error() {
        for (String seconds : new String[]{"-31557014167219200", "31556889864403199", "-62135596801"}) {
            assertThatThrownBy(() -> TicketCursor.decode(cursor(seconds + ".0." + TICKET.value())))
                    .as(seconds).isInstanceOf(DomainException.class).hasMessageContaining("cursor");
        }
    }
}
