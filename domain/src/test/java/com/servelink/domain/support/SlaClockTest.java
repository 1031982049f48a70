package com.servelink.domain.support;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static com.servelink.domain.support.Tickets.AGENT;
import static com.servelink.domain.support.Tickets.CREATED;
import static com.servelink.domain.support.Tickets.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

/** The SLA clock as a ticket lives: runs, pauses, re-targets, warns at 75 %, records breaches. */
class SlaClockTest {
    private static final SlaPolicy POLICY = SlaPolicy.DEFAULT;

    private static Instant at(long minutes) {
        return CREATED.plus(Duration.ofMinutes(minutes));
    }

    private static Ticket highTicket() {
        return Ticket.open(Tickets.ID, Tickets.TEAM, CUSTOMER, "Panne", "Le site ne répond plus",
                TicketCategory.TECHNICAL, TicketPriority.HIGH, true, POLICY, CREATED);
    }

    @Test
    void a_new_ticket_owes_its_first_response_and_its_resolution() {
        Ticket ticket = highTicket();

        assertThat(ticket.nextResponseDueAt()).contains(at(4 * 60));
        assertThat(ticket.firstResponseDueAt()).isEqualTo(at(4 * 60));
        assertThat(ticket.resolutionDueAt()).contains(at(24 * 60));
        assertThat(ticket.sla().nextResponseWarnAt()).isEqualTo(at(3 * 60));
        assertThat(ticket.sla().resolutionWarnAt()).isEqualTo(at(18 * 60));
        assertThat(ticket.slaBreached(at(60))).isEmpty();
        assertThat(ticket.slaStatus(POLICY, at(60))).isEqualTo(SlaStatus.OK);
    }

    @Test
    void the_default_keeps_the_first_response_figures_of_the_spec() {
        assertThat(POLICY.target(SlaTarget.FIRST_RESPONSE, TicketPriority.URGENT)).isEqualTo(Duration.ofHours(2));
        assertThat(POLICY.target(SlaTarget.NEXT_RESPONSE, TicketPriority.LOW)).isEqualTo(Duration.ofHours(48));
        assertThat(POLICY.target(SlaTarget.RESOLUTION, TicketPriority.NORMAL)).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void the_clock_pauses_while_the_ball_is_in_the_customers_court() {
        Ticket ticket = highTicket();
        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Pouvez-vous préciser ?", POLICY, at(60));

        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.nextResponseDueAt()).isEmpty();
        assertThat(ticket.resolutionDueAt()).as("paused").isEmpty();

        // five hours with the customer cost nothing; the next response is owed from the reply
        ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Voici les détails", POLICY, at(6 * 60));

        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.sla().owedResponse()).contains(SlaTarget.NEXT_RESPONSE);
        assertThat(ticket.nextResponseDueAt()).contains(at(10 * 60));
        assertThat(ticket.resolutionDueAt()).as("23 h left of 24").contains(at(6 * 60 + 23 * 60));
        assertThat(ticket.firstResponseDueAt()).as("the first response keeps its due time").isEqualTo(at(4 * 60));
    }

    @Test
    void a_staff_status_change_to_in_progress_pauses_the_owed_response_too() {
        Ticket ticket = highTicket();
        ticket.moveTo(TicketStatus.IN_PROGRESS, POLICY, at(60));
        ticket.moveTo(TicketStatus.OPEN, POLICY, at(120));

        assertThat(ticket.nextResponseDueAt()).as("one hour consumed, three left").contains(at(120 + 180));
        assertThat(ticket.firstResponseDueAt()).isEqualTo(at(300));
    }

    @Test
    void a_priority_change_retargets_from_the_same_start() {
        Ticket ticket = highTicket();

        ticket.changePriority(TicketPriority.URGENT, POLICY, at(30));

        assertThat(ticket.nextResponseDueAt()).contains(at(120));
        assertThat(ticket.firstResponseDueAt()).isEqualTo(at(120));
        assertThat(ticket.resolutionDueAt()).contains(at(8 * 60));

        ticket.changePriority(TicketPriority.LOW, POLICY, at(40));
        assertThat(ticket.nextResponseDueAt()).contains(at(48 * 60));
    }

    @Test
    void a_priority_change_while_paused_retargets_what_was_consumed() {
        Ticket ticket = highTicket();
        ticket.moveTo(TicketStatus.IN_PROGRESS, POLICY, at(150));

        ticket.changePriority(TicketPriority.URGENT, POLICY, at(200));

        assertThat(ticket.nextResponseDueAt()).isEmpty();
        assertThat(ticket.slaBreached(at(200))).as("150 min consumed of a 120 min target")
                .containsExactly(SlaTarget.FIRST_RESPONSE);
        assertThat(ticket.slaStatus(POLICY, at(200))).isEqualTo(SlaStatus.BREACHED);
    }

    @Test
    void the_check_warns_at_75_percent_and_breaches_after_the_due_time_once_each() {
        Ticket ticket = highTicket();

        assertThat(ticket.checkSla(POLICY, at(179))).isEmpty();
        assertThat(ticket.slaStatus(POLICY, at(179))).isEqualTo(SlaStatus.OK);

        List<SupportEvent> warning = ticket.checkSla(POLICY, at(180));
        assertThat(warning).containsExactly(new SupportEvent.SlaWarning(ticket.id(), ticket.teamId(),
                SlaTarget.FIRST_RESPONSE, at(240), at(180)));
        assertThat(ticket.slaStatus(POLICY, at(180))).isEqualTo(SlaStatus.WARNING);
        assertThat(ticket.checkSla(POLICY, at(200))).as("raised once").isEmpty();
        assertThat(ticket.sla().nextCheckAt()).contains(at(240).plusNanos(1000));

        assertThat(ticket.checkSla(POLICY, at(240))).as("at exactly the due time").isEmpty();
        List<SupportEvent> breach = ticket.checkSla(POLICY, at(241));
        assertThat(breach).containsExactly(new SupportEvent.SlaBreached(ticket.id(), ticket.teamId(),
                SlaTarget.FIRST_RESPONSE, at(240), at(241)));
        assertThat(ticket.checkSla(POLICY, at(300))).isEmpty();
        assertThat(ticket.sla().breached()).containsExactly(SlaTarget.FIRST_RESPONSE);
        assertThat(ticket.slaStatus(POLICY, at(241))).isEqualTo(SlaStatus.BREACHED);
        assertThat(ticket.sla().nextCheckAt()).as("the resolution's warning").contains(at(18 * 60));
    }

    @Test
    void a_breach_stays_recorded_after_a_late_answer() {
        Ticket ticket = highTicket();
        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Désolé du retard", POLICY, at(5 * 60));

        assertThat(ticket.slaBreached(at(5 * 60))).containsExactly(SlaTarget.FIRST_RESPONSE);

        ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Merci", POLICY, at(6 * 60));
        assertThat(ticket.slaBreached(at(6 * 60))).containsExactly(SlaTarget.FIRST_RESPONSE);
        assertThat(ticket.slaStatus(POLICY, at(6 * 60))).as("the next response is on time").isEqualTo(SlaStatus.OK);
    }

    @Test
    void each_customer_reply_is_a_new_occurrence_of_the_next_response() {
        Ticket ticket = highTicket();
        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Bonjour", POLICY, at(10));
        ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Toujours en panne", POLICY, at(20));
        assertThat(ticket.checkSla(POLICY, at(20 + 250))).extracting(e -> ((SupportEvent.SlaBreached) e).target())
                .containsExactly(SlaTarget.NEXT_RESPONSE);

        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "On regarde", POLICY, at(300));
        ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Encore", POLICY, at(400));
        assertThat(ticket.checkSla(POLICY, at(400 + 180))).hasSize(1).first()
                .isInstanceOf(SupportEvent.SlaWarning.class);
    }

    @Test
    void resolving_stops_the_clock_and_a_reopening_goes_on_from_what_was_consumed() {
        Ticket ticket = highTicket();
        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Corrigé", POLICY, at(60));
        ticket.resolve(POLICY, at(120));

        assertThat(ticket.nextResponseDueAt()).isEmpty();
        assertThat(ticket.resolutionDueAt()).isEmpty();
        assertThat(ticket.checkSla(POLICY, at(100 * 60))).isEmpty();
        assertThat(ticket.slaStatus(POLICY, at(100 * 60))).isEqualTo(SlaStatus.OK);

        ticket.replyAsUser(Tickets.nextMessageId(), CUSTOMER, "Ça recommence", POLICY, at(200));
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.resolutionDueAt()).as("one hour consumed before the answer").contains(at(200 + 23 * 60));
    }

    @Test
    void business_hours_carry_a_friday_ticket_over_the_weekend() {
        SlaPolicy office = POLICY.withCalendar(BusinessHours.of(ZoneId.of("Europe/Paris"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0)));
        Instant friday = Instant.parse("2025-01-24T16:00:00Z"); // 17:00 in Paris
        Ticket ticket = Ticket.open(Tickets.ID, Tickets.TEAM, CUSTOMER, "Panne", "Le site ne répond plus",
                TicketCategory.TECHNICAL, TicketPriority.HIGH, true, office, friday);

        assertThat(ticket.nextResponseDueAt()).contains(Instant.parse("2025-01-27T11:00:00Z"));
        assertThat(ticket.sla().nextResponseWarnAt()).isEqualTo(Instant.parse("2025-01-27T10:00:00Z"));
        assertThat(ticket.checkSla(office, Instant.parse("2025-01-26T20:00:00Z"))).as("nothing ran on Sunday")
                .isEmpty();
        assertThat(ticket.slaStatus(office, Instant.parse("2025-01-26T20:00:00Z"))).isEqualTo(SlaStatus.OK);
    }

    @Test
    void a_stored_clock_rebuilds_the_same_ticket() {
        Ticket ticket = highTicket();
        ticket.replyAsStaff(Tickets.nextMessageId(), AGENT, "Bonjour", POLICY, at(10));
        SlaClock clock = ticket.sla();

        Ticket again = Ticket.reconstitute(ticket.id(), ticket.teamId(), ticket.userId(), ticket.subject(),
                ticket.description(), ticket.category(), ticket.priority(), ticket.status(), null,
                ticket.createdAt(), ticket.updatedAt(), null, null, ticket.firstRespondedAt().orElse(null), clock, 1);

        assertThat(again.sla()).isEqualTo(clock);
        assertThat(clock.resolutionConsumed()).isEqualTo(Duration.ofMinutes(10));
    }
}
