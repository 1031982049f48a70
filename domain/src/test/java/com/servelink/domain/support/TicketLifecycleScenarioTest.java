package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.servelink.domain.support.Tickets.AGENT;
import static com.servelink.domain.support.Tickets.CREATED;
import static com.servelink.domain.support.Tickets.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** One ticket's whole life, as a Pro team and support live it: open, answer, resolve, reopen, close. */
class TicketLifecycleScenarioTest {

    @Test
    void open_answer_resolve_reopen_resolve_close() {
        Ticket ticket = Tickets.fresh(TicketPriority.NORMAL, true);
        assertThat(ticket.priority()).as("Pro gets at least high").isEqualTo(TicketPriority.HIGH);
        assertThat(ticket.firstResponseDueAt()).isEqualTo(CREATED.plus(Duration.ofHours(4)));

        ticket.addInternalNote(Tickets.nextMessageId(), AGENT, "Probablement le build.", at(30));
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.firstRespondedAt()).isEmpty();

        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Pouvez-vous envoyer les logs ?", at(60));
        assertThat(ticket.status()).as("ball in the team's court").isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.isFirstResponseOverdue(at(600))).isFalse();

        ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Voici les logs.", at(90));
        assertThat(ticket.status()).as("ball in support's court").isEqualTo(TicketStatus.WAITING);

        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Corrigé, redéployez.", at(120));
        ticket.resolve(at(150));
        assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(ticket.resolvedAt()).contains(at(150));

        ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Ça recommence.", at(24 * 60));
        assertThat(ticket.status()).as("reopened").isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.resolvedAt()).isEmpty();

        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Vraiment corrigé.", at(25 * 60));
        ticket.resolve(at(26 * 60));
        ticket.close(at(27 * 60));

        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.resolvedAt()).contains(at(26 * 60));
        assertThat(ticket.closedAt()).contains(at(27 * 60));
        assertThat(ticket.firstRespondedAt()).contains(at(60));
        assertThat(ticket.updatedAt()).isEqualTo(at(27 * 60));

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Encore ?", at(28 * 60)))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION))
                .withMessageContaining("open a new ticket");
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
    }

    private static Instant at(long minutes) {
        return CREATED.plus(Duration.ofMinutes(minutes));
    }
}
