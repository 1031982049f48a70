package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Walks every cell of the status table of SPEC §5, and of the staff's explicit status changes,
 * on a ticket stored in each starting status. The expected outcomes are copied from the
 * specification, not from the production table.
 */
class TicketStateMachineTest {
    private static final Instant NOW = Tickets.LAST_CHANGE.plusSeconds(3600);
    private static final String REFUSED = "refused";
    private static final String UNCHANGED = "unchanged";

    /** Columns: open, in_progress, waiting, resolved, closed. */
    private static final TicketStatus[] COLUMNS = {
            TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.WAITING, TicketStatus.RESOLVED,
            TicketStatus.CLOSED};

    /** SPEC §5, "Status state machine". */
    private static final Object[][] SPEC_TABLE = {
            {Event.STAFF_PUBLIC_REPLY, "in_progress", "in_progress", "in_progress", "in_progress", REFUSED},
            {Event.USER_REPLY, "open", "waiting", "waiting", "waiting", REFUSED},
            {Event.INTERNAL_NOTE, UNCHANGED, UNCHANGED, UNCHANGED, UNCHANGED, REFUSED},
            {Event.RESOLVE, "resolved", "resolved", "resolved", REFUSED, REFUSED},
            {Event.CLOSE, "closed", "closed", "closed", "closed", REFUSED},
    };

    /** Staff set a status by hand; never out of closed, and resolving twice stays refused. */
    private static final Object[][] STAFF_MOVES = {
            {Event.STAFF_SETS_OPEN, "open", "open", "open", "open", REFUSED},
            {Event.STAFF_SETS_IN_PROGRESS, "in_progress", "in_progress", "in_progress", "in_progress", REFUSED},
            {Event.STAFF_SETS_WAITING, "waiting", "waiting", "waiting", "waiting", REFUSED},
            {Event.STAFF_SETS_RESOLVED, "resolved", "resolved", "resolved", REFUSED, REFUSED},
            {Event.STAFF_SETS_CLOSED, "closed", "closed", "closed", "closed", REFUSED},
    };

    enum Event {
        STAFF_PUBLIC_REPLY("staff public reply",
                (t, now) -> t.replyAsStaff(Tickets.nextMessageId(), Tickets.AGENT, "Nous regardons.", now)),
        USER_REPLY("user reply",
                (t, now) -> t.replyAsUser(Tickets.nextMessageId(), Tickets.CUSTOMER, "Toujours en panne.", now)),
        INTERNAL_NOTE("internal note",
                (t, now) -> t.addInternalNote(Tickets.nextMessageId(), Tickets.AGENT, "Voir le nœud 3.", now)),
        RESOLVE("resolve", Ticket::resolve),
        CLOSE("close", Ticket::close),
        STAFF_SETS_OPEN("staff sets open", (t, now) -> t.moveTo(TicketStatus.OPEN, now)),
        STAFF_SETS_IN_PROGRESS("staff sets in_progress", (t, now) -> t.moveTo(TicketStatus.IN_PROGRESS, now)),
        STAFF_SETS_WAITING("staff sets waiting", (t, now) -> t.moveTo(TicketStatus.WAITING, now)),
        STAFF_SETS_RESOLVED("staff sets resolved", (t, now) -> t.moveTo(TicketStatus.RESOLVED, now)),
        STAFF_SETS_CLOSED("staff sets closed", (t, now) -> t.moveTo(TicketStatus.CLOSED, now));

        private final String label;
        private final BiConsumer<Ticket, Instant> action;

        Event(String label, BiConsumer<Ticket, Instant> action) {
            this.label = label;
            this.action = action;
        }

        void applyTo(Ticket ticket, Instant now) {
            action.accept(ticket, now);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> specCells() {
        return cells(SPEC_TABLE);
    }

    static Stream<Arguments> staffMoveCells() {
        return cells(STAFF_MOVES);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("specCells")
    void every_cell_of_the_spec_table(Event event, TicketStatus from, String expected) {
        checkCell(event, from, expected);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource("staffMoveCells")
    void every_cell_of_the_staff_status_changes(Event event, TicketStatus from, String expected) {
        checkCell(event, from, expected);
    }

    private static void checkCell(Event event, TicketStatus from, String expected) {
        Ticket ticket = Tickets.storedIn(from);
        Optional<Instant> resolvedBefore = ticket.resolvedAt();
        Optional<Instant> closedBefore = ticket.closedAt();

        if (expected.equals(REFUSED)) {
            assertThatExceptionOfType(DomainException.class).isThrownBy(() -> event.applyTo(ticket, NOW))
                    .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION))
                    .withMessageContaining(from.code());
            assertThat(ticket.status()).isEqualTo(from);
            assertThat(ticket.updatedAt()).isEqualTo(Tickets.LAST_CHANGE);
            assertThat(ticket.resolvedAt()).isEqualTo(resolvedBefore);
            assertThat(ticket.closedAt()).isEqualTo(closedBefore);
            assertThat(ticket.firstRespondedAt()).isEmpty();
            return;
        }

        event.applyTo(ticket, NOW);

        TicketStatus to = expected.equals(UNCHANGED) ? from : TicketStatus.fromCode(expected, "status");
        assertThat(ticket.status()).isEqualTo(to);
        assertThat(ticket.updatedAt()).isEqualTo(NOW);

        boolean reopened = from == TicketStatus.RESOLVED
                && (to == TicketStatus.OPEN || to == TicketStatus.IN_PROGRESS || to == TicketStatus.WAITING);
        if (to == TicketStatus.RESOLVED && from != TicketStatus.RESOLVED) {
            assertThat(ticket.resolvedAt()).as("resolved_at on entering resolved").contains(NOW);
        } else if (reopened) {
            assertThat(ticket.resolvedAt()).as("resolved_at cleared on reopen").isEmpty();
        } else {
            assertThat(ticket.resolvedAt()).as("resolved_at untouched").isEqualTo(resolvedBefore);
        }

        if (to == TicketStatus.CLOSED) {
            assertThat(ticket.closedAt()).as("closed_at on closing").contains(NOW);
        } else {
            assertThat(ticket.closedAt()).isEmpty();
        }

        if (event == Event.STAFF_PUBLIC_REPLY) {
            assertThat(ticket.firstRespondedAt()).as("first staff public reply").contains(NOW);
        } else {
            assertThat(ticket.firstRespondedAt()).as("only a staff public reply is a response").isEmpty();
        }
    }

    private static Stream<Arguments> cells(Object[][] table) {
        List<Arguments> cells = new ArrayList<>();
        for (Object[] row : table) {
            assertThat(row).hasSize(COLUMNS.length + 1);
            for (int column = 0; column < COLUMNS.length; column++) {
                cells.add(Arguments.of(row[0], COLUMNS[column], row[column + 1]));
            }
        }
        return cells.stream();
    }
}
