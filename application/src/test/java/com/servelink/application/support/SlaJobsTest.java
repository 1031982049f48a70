package com.servelink.application.support;

import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.GetStaffQueueUseCase.GetStaffQueueQuery;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.in.support.UpdateTicketUseCase.UpdateTicketCommand;
import com.servelink.application.service.support.CloseResolvedTicketsService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.support.AuthorType;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.SlaStatus;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.SupportEvent;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.START;
import static org.assertj.core.api.Assertions.assertThat;

/** The two SLA jobs on in-memory adapters: what they raise, close and publish, and that a rerun does nothing more. */
class SlaJobsTest {
    private final TestCore core = new TestCore();

    private TicketId open(String subject) {
        return core.createTicket.create(CreateTicketCommand.of(core.member, ACME, subject, "Rien ne marche", null,
                null)).ticket().id();
    }

    private TicketView asStaff(TicketId ticket) {
        return core.getTicket.get(new GetTicketQuery(core.staff, TicketScope.staff(), ticket));
    }

    private void setStatus(TicketId ticket, TicketStatus status) {
        core.updateTicket.update(new UpdateTicketCommand(core.member, TicketScope.ofTeam(ACME), ticket,
                Optional.of(status), Optional.empty(), Optional.empty()));
    }

    @Test
    void check_sla_warns_then_breaches_once_and_records_the_breach() {
        TicketId ticket = open("Panne"); // pro team: high, first response within 4 h

        core.clock.set(START.plus(Duration.ofHours(3)));
        assertThat(core.checkSla.checkSla()).isEqualTo(1);
        assertThat(core.checkSla.checkSla()).as("idempotent").isZero();
        assertThat(core.events.eventsOf(SupportEvent.SlaWarning.class)).singleElement()
                .satisfies(w -> {
                    assertThat(w.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
                    assertThat(w.dueAt()).isEqualTo(START.plus(Duration.ofHours(4)));
                });
        assertThat(asStaff(ticket).slaStatus()).isEqualTo(SlaStatus.WARNING);

        core.clock.set(START.plus(Duration.ofHours(5)));
        assertThat(core.checkSla.checkSla()).isEqualTo(1);
        assertThat(core.checkSla.checkSla()).isZero();
        assertThat(core.events.eventsOf(SupportEvent.SlaBreached.class)).singleElement()
                .satisfies(b -> assertThat(b.target()).isEqualTo(SlaTarget.FIRST_RESPONSE));
        TicketView view = asStaff(ticket);
        assertThat(view.slaBreached()).containsExactly(SlaTarget.FIRST_RESPONSE);
        assertThat(view.slaStatus()).isEqualTo(SlaStatus.BREACHED);
        assertThat(core.tickets.findById(ticket).orElseThrow().sla().breached()).containsExactly(SlaTarget.FIRST_RESPONSE);

        // staff answer: the response is met (late), the breach stays, the queue shows the resolution only
        core.postMessage.post(new PostMessageCommand(core.staff, TicketScope.staff(), ticket, "Désolé", false));
        assertThat(asStaff(ticket).slaBreached()).containsExactly(SlaTarget.FIRST_RESPONSE);
        assertThat(core.staffQueue.queue(GetStaffQueueQuery.of(core.staff)).items()).singleElement()
                .satisfies(v -> {
                    assertThat(v.nextResponseDueAt()).isEmpty();
                    assertThat(v.resolutionDueAt()).as("paused in in_progress").isEmpty();
                });
    }

    @Test
    void close_resolved_tickets_closes_those_quiet_for_seven_days_with_a_system_message() {
        TicketId old = open("Ancien");
        TicketId recent = open("Récent");
        TicketId reopened = open("Rouvert");
        setStatus(old, TicketStatus.RESOLVED);
        setStatus(reopened, TicketStatus.RESOLVED);
        core.clock.set(START.plus(Duration.ofDays(2)));
        setStatus(recent, TicketStatus.RESOLVED);
        core.postMessage.post(new PostMessageCommand(core.member, TicketScope.ofTeam(ACME), reopened, "Encore", false));

        core.clock.set(START.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(core.closeResolved.closeResolved()).isEqualTo(1);
        assertThat(core.closeResolved.closeResolved()).as("idempotent").isZero();

        TicketView closed = asStaff(old);
        assertThat(closed.ticket().status()).isEqualTo(TicketStatus.CLOSED);
        Message last = closed.messages().get(closed.messages().size() - 1);
        assertThat(last.authorType()).isEqualTo(AuthorType.SYSTEM);
        assertThat(last.internal()).isFalse();
        assertThat(last.userId()).isEmpty();
        assertThat(last.text()).isEqualTo(CloseResolvedTicketsService.MESSAGE);
        assertThat(asStaff(recent).ticket().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(asStaff(reopened).ticket().status()).isEqualTo(TicketStatus.WAITING);
        assertThat(core.events.eventsOf(SupportEvent.StatusChanged.class).stream()
                .filter(e -> e.to() == TicketStatus.CLOSED)).singleElement().satisfies(e -> {
                    assertThat(e.ticketId()).isEqualTo(old);
                    assertThat(e.from()).isEqualTo(TicketStatus.RESOLVED);
                });
        assertThat(core.events.eventsOf(SupportEvent.MessagePosted.class).stream()
                .filter(e -> e.authorType() == AuthorType.SYSTEM)).singleElement()
                .satisfies(e -> assertThat(e.ticketId()).isEqualTo(old));

        core.clock.set(START.plus(Duration.ofDays(9)).plusSeconds(1));
        assertThat(core.closeResolved.closeResolved()).isEqualTo(1);
        assertThat(asStaff(recent).ticket().status()).isEqualTo(TicketStatus.CLOSED);
    }
}
