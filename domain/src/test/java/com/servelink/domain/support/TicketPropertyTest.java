package com.servelink.domain.support;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.servelink.domain.support.TicketStatus.CLOSED;
import static com.servelink.domain.support.TicketStatus.IN_PROGRESS;
import static com.servelink.domain.support.TicketStatus.OPEN;
import static com.servelink.domain.support.TicketStatus.RESOLVED;
import static com.servelink.domain.support.TicketStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any sequence of events on a fresh ticket, refusals ignored, leaves it in a state SPEC §5
 * allows. The expected status is computed from the specification's table, written out here.
 */
class TicketPropertyTest {

    enum Kind { USER_REPLY, STAFF_REPLY, INTERNAL_NOTE, RESOLVE, CLOSE, MOVE_TO, CHANGE_PRIORITY }

    record Step(Kind kind, TicketStatus target, TicketPriority priority, long secondsLater) {
        void applyTo(Ticket ticket, Instant now) {
            switch (kind) {
                case USER_REPLY -> ticket.replyAsUser(Tickets.nextMessageId(), Tickets.CUSTOMER, "Et alors ?", now);
                case STAFF_REPLY -> ticket.replyAsStaff(Tickets.nextMessageId(), Tickets.AGENT, "C'est noté.", now);
                case INTERNAL_NOTE -> ticket.addInternalNote(Tickets.nextMessageId(), Tickets.AGENT, "Note", now);
                case RESOLVE -> ticket.resolve(now);
                case CLOSE -> ticket.close(now);
                case MOVE_TO -> ticket.moveTo(target, now);
                case CHANGE_PRIORITY -> ticket.changePriority(priority, now);
            }
        }

        @Override
        public String toString() {
            return kind == Kind.MOVE_TO ? "move to " + target
                    : kind == Kind.CHANGE_PRIORITY ? "priority " + priority : kind.toString();
        }
    }

    /** SPEC §5 and the staff moves: the status after {@code step}, or empty when it is refused. */
    static Optional<TicketStatus> allowed(Step step, TicketStatus from) {
        if (from == CLOSED) {
            return Optional.empty();
        }
        switch (step.kind()) {
            case STAFF_REPLY:
                return Optional.of(IN_PROGRESS);
            case USER_REPLY:
                return Optional.of(from == OPEN ? OPEN : WAITING);
            case INTERNAL_NOTE:
            case CHANGE_PRIORITY:
                return Optional.of(from);
            case RESOLVE:
                return from == RESOLVED ? Optional.empty() : Optional.of(RESOLVED);
            case CLOSE:
                return Optional.of(CLOSED);
            case MOVE_TO:
                return step.target() == RESOLVED && from == RESOLVED ? Optional.empty() : Optional.of(step.target());
            default:
                throw new IllegalStateException(step.toString());
        }
    }

    @Property(tries = 2000)
    void any_sequence_of_events_keeps_the_ticket_in_a_state_the_table_allows(
            @ForAll TicketPriority requested, @ForAll boolean prioritySupport, @ForAll("steps") List<Step> steps) {
        Ticket ticket = Tickets.fresh(requested, prioritySupport);
        Instant now = ticket.createdAt();
        Instant expectedResolvedAt = null;
        Instant expectedFirstResponse = null;
        boolean everClosed = false;
        boolean reopened = false;

        for (Step step : steps) {
            now = now.plusSeconds(step.secondsLater());
            TicketStatus from = ticket.status();
            Optional<TicketStatus> expected = allowed(step, from);
            Snapshot before = Snapshot.of(ticket);

            boolean refused = false;
            try {
                step.applyTo(ticket, now);
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
                assertThat(e.getMessage()).contains(from.code());
                refused = true;
            }

            assertThat(refused).as("%s on %s refused", step, from).isEqualTo(expected.isEmpty());
            if (refused) {
                assertThat(Snapshot.of(ticket)).as("a refusal changes nothing").isEqualTo(before);
            } else {
                TicketStatus to = expected.get();
                assertThat(ticket.status()).as("%s on %s", step, from).isEqualTo(to);
                assertThat(ticket.updatedAt()).isEqualTo(now);
                if (to == RESOLVED && from != RESOLVED) {
                    expectedResolvedAt = now;
                } else if (from == RESOLVED && to.isOpen()) {
                    expectedResolvedAt = null;
                    reopened = true;
                }
                if (step.kind() == Kind.STAFF_REPLY && expectedFirstResponse == null) {
                    expectedFirstResponse = now;
                }
            }

            if (everClosed) {
                assertThat(refused).as("closed is terminal: %s refused", step).isTrue();
            }
            everClosed |= ticket.status() == CLOSED;

            assertThat(ticket.resolvedAt()).isEqualTo(Optional.ofNullable(expectedResolvedAt));
            if (ticket.status() == RESOLVED) {
                assertThat(ticket.resolvedAt()).isPresent();
            }
            if (ticket.status() == OPEN || ticket.status() == IN_PROGRESS || ticket.status() == WAITING) {
                assertThat(ticket.resolvedAt()).isEmpty();
            }
            assertThat(ticket.closedAt().isPresent()).isEqualTo(ticket.status() == CLOSED);
            assertThat(ticket.updatedAt()).isAfterOrEqualTo(ticket.createdAt());
            assertThat(ticket.updatedAt()).isAfterOrEqualTo(before.updatedAt());
            assertThat(ticket.firstRespondedAt()).isEqualTo(Optional.ofNullable(expectedFirstResponse));
        }
        Statistics.label("final status").collect(ticket.status());
        Statistics.label("reopened").collect(reopened);
        Statistics.label("final status").coverage(check -> {
            check.check(CLOSED).percentage(p -> p > 10);
            check.check(RESOLVED).percentage(p -> p > 5);
        });
        Statistics.label("reopened").coverage(check -> check.check(true).percentage(p -> p > 10));
    }

    record Snapshot(TicketStatus status, TicketPriority priority, Instant updatedAt, Optional<Instant> resolvedAt,
                    Optional<Instant> closedAt, Optional<Instant> firstRespondedAt) {
        static Snapshot of(Ticket ticket) {
            return new Snapshot(ticket.status(), ticket.priority(), ticket.updatedAt(), ticket.resolvedAt(),
                    ticket.closedAt(), ticket.firstRespondedAt());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                kinds(),
                Arbitraries.of(TicketStatus.class),
                Arbitraries.of(TicketPriority.class),
                Arbitraries.longs().between(0, 7 * 24 * 3600)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    /** Closing is rarer than the rest, so that most sequences live long enough to reopen. */
    private static Arbitrary<Kind> kinds() {
        return Arbitraries.frequency(
                Tuple.of(5, Kind.USER_REPLY),
                Tuple.of(5, Kind.STAFF_REPLY),
                Tuple.of(3, Kind.INTERNAL_NOTE),
                Tuple.of(4, Kind.RESOLVE),
                Tuple.of(1, Kind.CLOSE),
                Tuple.of(3, Kind.MOVE_TO),
                Tuple.of(2, Kind.CHANGE_PRIORITY));
    }
}
