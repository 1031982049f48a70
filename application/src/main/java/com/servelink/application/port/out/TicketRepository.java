package com.servelink.application.port.out;

import com.servelink.domain.kb.faq.SolvedTicket;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatistics;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.TeamId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Stores tickets and their messages, and answers the support desk's queries. */
public interface TicketRepository {

    /**
     * Which of a team's tickets to list. {@code text} matches, as a literal substring folded by
     * {@link com.servelink.domain.shared.SearchText}, the subject, the description or a public message.
     */
    record TicketFilter(TeamId team, Optional<TicketStatus> status, Optional<TicketCategory> category,
                        Optional<TicketPriority> priority, Optional<String> text) {
        public TicketFilter {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(text, "text");
        }

        public static TicketFilter allOf(TeamId team) {
            return new TicketFilter(team, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * One row of a ticket export: the ticket's fields a member may read, without its description
     * or messages (which can be long, and are not read for an export).
     */
    record ExportedTicket(TicketId id, String subject, TicketStatus status, TicketPriority priority,
                          TicketCategory category, Optional<String> assignedTo, Instant createdAt,
                          Instant updatedAt, Optional<Instant> firstRespondedAt, Instant firstResponseDueAt,
                          Optional<Instant> resolvedAt, Optional<Instant> closedAt) {
        public ExportedTicket {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(assignedTo, "assignedTo");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
            Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
            Objects.requireNonNull(firstResponseDueAt, "firstResponseDueAt");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
            Objects.requireNonNull(closedAt, "closedAt");
        }

        public static ExportedTicket of(Ticket t) {
            return new ExportedTicket(t.id(), t.subject(), t.status(), t.priority(), t.category(), t.assignedTo(),
                    t.createdAt(), t.updatedAt(), t.firstRespondedAt(), t.firstResponseDueAt(), t.resolvedAt(),
                    t.closedAt());
        }
    }

    Optional<Ticket> findById(TicketId id);

    /** Inserts or updates; an update from a stale version is a {@code CONFLICT}. */
    void save(Ticket ticket);

    void addMessage(Message message);

    /**
     * The ticket's messages, oldest first (messages of the same instant in the order they were
     * added); internal notes only when asked for.
     */
    List<Message> messagesOf(TicketId ticket, boolean includeInternal);

    /** Up to {@code limit} matching tickets, newest first, strictly after {@code after}. */
    List<Ticket> findPage(TicketFilter filter, Optional<TicketCursor> after, int limit);

    /**
     * Hands every ticket matching {@code filter} to {@code sink}, in the list's order (newest
     * first), streaming from the store (a database cursor: the rows are never all in memory);
     * returns how many.
     */
    long streamTickets(TicketFilter filter, Consumer<ExportedTicket> sink);

    /**
     * The staff queue: tickets not resolved or closed, of priority {@code minPriority} or above,
     * across all teams; highest priority first, then the earliest running SLA due time (tickets
     * whose clock is paused after those), then earliest first-response due time, then oldest.
     */
    default List<Ticket> findQueue(TicketPriority minPriority, int limit) {
        return findQueue(minPriority, Optional.empty(), limit);
    }

    /** Up to {@code limit} of the queue's tickets, in its order, strictly after {@code after}. */
    List<Ticket> findQueue(TicketPriority minPriority, Optional<QueuePosition> after, int limit);

    /**
     * A ticket's place in the staff queue: the queue's whole order (priority, running SLA due time
     * or none, first-response due time, creation, id). A ticket whose priority or SLA changes
     * between two pages moves in the queue; the next page starts after the place the previous
     * page ended, not after the ticket.
     */
    record QueuePosition(TicketPriority priority, Optional<Instant> slaDueAt, Instant firstResponseDueAt,
                         Instant createdAt, TicketId id) {
        public QueuePosition {
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(slaDueAt, "slaDueAt");
            Objects.requireNonNull(firstResponseDueAt, "firstResponseDueAt");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(id, "id");
        }

        public static QueuePosition of(Ticket ticket) {
            return new QueuePosition(ticket.priority(), ticket.sla().earliestDueAt(), ticket.firstResponseDueAt(),
                    ticket.createdAt(), ticket.id());
        }

        public String encode() {
            return KeysetCursor.writer().number(priority.ordinal()).optionalInstant(slaDueAt.orElse(null))
                    .instant(firstResponseDueAt).instant(createdAt).text(id.value()).encode();
        }

        /** Parses a cursor a client sent back; anything we did not issue is an invalid {@code cursor}. */
        public static QueuePosition decode(String cursor) {
            KeysetCursor.Reader reader = KeysetCursor.reader(cursor);
            long rank = reader.number();
            Optional<Instant> sla = Optional.ofNullable(reader.optionalInstant());
            Instant firstResponse = reader.instant();
            Instant created = reader.instant();
            String id = reader.text();
            if (rank < 0 || rank >= TicketPriority.values().length) {
                throw KeysetCursor.invalid();
            }
            try {
                return new QueuePosition(TicketPriority.values()[(int) rank], sla, firstResponse, created,
                        new TicketId(id));
            } catch (RuntimeException e) {
                throw KeysetCursor.invalid();
            }
        }
    }

    /**
     * Up to {@code limit} open tickets whose next SLA check ({@link com.servelink.domain.support.SlaClock#nextCheckAt})
     * is at or before {@code now}, earliest first.
     */
    List<TicketId> findSlaCheckDue(Instant now, int limit);

    /** Up to {@code limit} {@code resolved} tickets resolved at or before {@code cutoff}, earliest first. */
    List<TicketId> findResolvedBefore(Instant cutoff, int limit);

    /**
     * Up to {@code limit} tickets resolved at or after {@code since} (resolved, or closed since),
     * latest resolution first, each with its public support replies oldest first; internal notes
     * are left out. What the FAQ job reads.
     */
    List<SolvedTicket> findSolvedSince(Instant since, int limit);

    /** Statistics of one team's tickets, or of all tickets when {@code team} is empty, over all time. */
    default TicketStatistics statistics(Optional<TeamId> team) {
        return statistics(team, StatisticsPeriod.ALL_TIME);
    }

    /**
     * Statistics of the tickets created in {@code period}, of one team or of all when {@code team}
     * is empty: the seed's counts and the {@link com.servelink.domain.support.ServiceFigures}
     * (percentiles continuous, computed by the database's aggregates).
     */
    TicketStatistics statistics(Optional<TeamId> team, StatisticsPeriod period);

    /**
     * One bucket of a history, between two consecutive boundaries {@code [start, end)}: tickets
     * created in it, tickets resolved in it ({@code resolved_at} in it), the backlog at its end
     * (created before {@code end}, and neither {@code resolved_at} nor else {@code closed_at}
     * before it), and the median seconds from creation to resolution of those resolved in it.
     */
    record BucketCounts(long created, long resolved, long backlog, Optional<BigDecimal> medianResolutionSeconds) {
        public BucketCounts {
            Objects.requireNonNull(medianResolutionSeconds, "medianResolutionSeconds");
        }
    }

    /**
     * The buckets between consecutive {@code boundaries} (ascending, at least two), of one team or
     * of all: {@code boundaries.size() - 1} of them, in order.
     */
    List<BucketCounts> history(Optional<TeamId> team, List<Instant> boundaries);
}
