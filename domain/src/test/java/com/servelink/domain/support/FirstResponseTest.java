package com.servelink.domain.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static com.servelink.domain.support.Tickets.AGENT;
import static com.servelink.domain.support.Tickets.CREATED;
import static com.servelink.domain.support.Tickets.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

class FirstResponseTest {

    @ParameterizedTest(name = "{0}: answer within {1} h")
    @CsvSource({"URGENT, 2", "HIGH, 4", "NORMAL, 24", "LOW, 48"})
    void the_due_time_follows_the_priority(TicketPriority priority, long hours) {
        Ticket ticket = Tickets.fresh(priority, priority.isAtLeast(TicketPriority.HIGH));
        assertThat(ticket.priority()).isEqualTo(priority);
        Instant due = CREATED.plus(Duration.ofHours(hours));

        assertThat(ticket.firstResponseDueAt()).isEqualTo(due);
        assertThat(ticket.isFirstResponseOverdue(CREATED)).isFalse();
        assertThat(ticket.isFirstResponseOverdue(due.minusSeconds(1))).isFalse();
        assertThat(ticket.isFirstResponseOverdue(due)).as("at exactly the due time").isFalse();
        assertThat(ticket.isFirstResponseOverdue(due.plusNanos(1))).isTrue();
        assertThat(ticket.isFirstResponseOverdue(due.plus(Duration.ofDays(10)))).isTrue();
    }

    @Test
    void a_ticket_answered_in_time_is_never_overdue() {
        Ticket ticket = Tickets.fresh(TicketPriority.HIGH, true);

        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "On regarde.", CREATED.plus(Duration.ofHours(1)));

        assertThat(ticket.firstRespondedAt()).contains(CREATED.plus(Duration.ofHours(1)));
        assertThat(ticket.isFirstResponseOverdue(CREATED.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void a_ticket_answered_late_is_no_longer_overdue_once_answered() {
        Ticket ticket = Tickets.fresh(TicketPriority.URGENT, true);
        Instant late = CREATED.plus(Duration.ofHours(3));
        assertThat(ticket.isFirstResponseOverdue(late)).isTrue();

        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Désolé du délai.", late);

        assertThat(ticket.isFirstResponseOverdue(late.plusSeconds(1))).isFalse();
    }

    @Test
    void a_ticket_the_team_resolved_or_closed_itself_is_no_longer_overdue() {
        Ticket resolved = Tickets.fresh(TicketPriority.URGENT, true);
        Ticket closed = Tickets.fresh(TicketPriority.URGENT, true);
        Instant late = CREATED.plus(Duration.ofHours(5));

        resolved.resolve(late);
        closed.close(late);

        assertThat(resolved.isFirstResponseOverdue(late.plusSeconds(1))).isFalse();
        assertThat(closed.isFirstResponseOverdue(late.plusSeconds(1))).isFalse();
        assertThat(resolved.firstRespondedAt()).isEmpty();
    }

    @Test
    void customer_messages_and_internal_notes_are_not_a_response() {
        Ticket ticket = Tickets.fresh(TicketPriority.HIGH, true);

        ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Des nouvelles ?", CREATED.plus(Duration.ofHours(1)));
        ticket.addInternalNote(Tickets.nextMessageId(), AGENT, "À prendre.", CREATED.plus(Duration.ofHours(2)));

        assertThat(ticket.firstRespondedAt()).isEmpty();
        assertThat(ticket.isFirstResponseOverdue(CREATED.plus(Duration.ofHours(5)))).isTrue();
    }

    @Test
    void raising_the_priority_brings_the_due_time_forward() {
        Ticket ticket = Tickets.fresh(TicketPriority.NORMAL, false);
        Instant threeHoursIn = CREATED.plus(Duration.ofHours(3));
        assertThat(ticket.isFirstResponseOverdue(threeHoursIn)).isFalse();

        ticket.changePriority(TicketPriority.URGENT, threeHoursIn);

        assertThat(ticket.priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(ticket.firstResponseDueAt()).isEqualTo(CREATED.plus(Duration.ofHours(2)));
        assertThat(ticket.isFirstResponseOverdue(threeHoursIn)).isTrue();
        assertThat(ticket.updatedAt()).isEqualTo(threeHoursIn);
    }

    @Test
    void lowering_the_priority_pushes_the_due_time_back() {
        Ticket ticket = Tickets.fresh(TicketPriority.HIGH, true);
        Instant fiveHoursIn = CREATED.plus(Duration.ofHours(5));
        assertThat(ticket.isFirstResponseOverdue(fiveHoursIn)).isTrue();

        ticket.changePriority(TicketPriority.LOW, fiveHoursIn);

        assertThat(ticket.firstResponseDueAt()).isEqualTo(CREATED.plus(Duration.ofHours(48)));
        assertThat(ticket.isFirstResponseOverdue(fiveHoursIn)).isFalse();
    }
}
