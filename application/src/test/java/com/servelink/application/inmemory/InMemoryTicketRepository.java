package com.servelink.application.inmemory;

import com.servelink.application.port.out.TicketRepository.QueuePosition;
import com.servelink.application.port.out.TicketCursor;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.TicketRepository.ExportedTicket;
import com.servelink.domain.shared.SearchText;
import com.servelink.domain.kb.faq.SolvedTicket;
import com.servelink.domain.support.AuthorType;
import com.servelink.domain.support.DurationFigures;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.Percentiles;
import com.servelink.domain.support.ServiceFigures;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatistics;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.TeamId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Tickets and messages in maps; the reference for the persistence contract tests. */
public final class InMemoryTicketRepository implements TicketRepository {
    private static final Comparator<QueuePosition> QUEUE_ORDER = Comparator.comparing(QueuePosition::priority)
            .reversed()
            .thenComparing(p -> p.slaDueAt().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(QueuePosition::firstResponseDueAt)
            .thenComparing(QueuePosition::createdAt)
            .thenComparing(p -> p.id().value());

    private static final Comparator<Ticket> NEWEST_FIRST = Comparator.comparing(Ticket::createdAt)
            .thenComparing(t -> t.id().value()).reversed();

    private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
    private final Map<TicketId, List<Message>> messages = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(tickets.get(id)).map(t -> copy(t, t.version()));
    }

    @Override
    public synchronized void save(Ticket ticket) {
        Ticket stored = tickets.get(ticket.id());
        long version = Versions.next(stored == null ? null : stored.version(), ticket.version(),
                "ticket " + ticket.id());
        tickets.put(ticket.id(), copy(ticket, version));
    }

    @Override
    public synchronized void addMessage(Message message) {
        if (!tickets.containsKey(message.ticketId())) {
            throw new IllegalStateException("no ticket " + message.ticketId());
        }
        messages.computeIfAbsent(message.ticketId(), id -> new ArrayList<>()).add(message);
    }

    @Override
    public synchronized List<Message> messagesOf(TicketId ticket, boolean includeInternal) {
        return messages.getOrDefault(ticket, List.of()).stream()
                .filter(m -> includeInternal || m.visibleToTeam())
                .sorted(Comparator.comparing(Message::createdAt)) // stable: same instant keeps insertion order
                .toList();
    }

    @Override
    public synchronized List<Ticket> findPage(TicketFilter filter, Optional<TicketCursor> after, int limit) {
        Predicate<Ticket> matches = matching(filter).and(t -> after.map(cursor -> isAfter(t, cursor)).orElse(true));
        return tickets.values().stream().filter(matches).sorted(NEWEST_FIRST).limit(limit)
                .map(t -> copy(t, t.version())).toList();
    }

    @Override
    public long streamTickets(TicketFilter filter, Consumer<ExportedTicket> sink) {
        List<ExportedTicket> rows;
        synchronized (this) {
            rows = tickets.values().stream().filter(matching(filter)).sorted(NEWEST_FIRST).map(ExportedTicket::of)
                    .toList();
        }
        rows.forEach(sink);
        return rows.size();
    }

    private Predicate<Ticket> matching(TicketFilter filter) {
        return t -> t.teamId().equals(filter.team())
                && filter.status().map(s -> t.status() == s).orElse(true)
                && filter.category().map(c -> t.category() == c).orElse(true)
                && filter.priority().map(p -> t.priority() == p).orElse(true)
                && filter.text().map(text -> mentions(t, text)).orElse(true);
    }

    private boolean mentions(Ticket ticket, String text) {
        return SearchText.contains(ticket.subject(), text) || SearchText.contains(ticket.description(), text)
                || messages.getOrDefault(ticket.id(), List.of()).stream()
                .anyMatch(m -> m.visibleToTeam() && SearchText.contains(m.text(), text));
    }

    private static boolean isAfter(Ticket ticket, TicketCursor cursor) {
        int byTime = ticket.createdAt().compareTo(cursor.createdAt());
        return byTime < 0 || byTime == 0 && ticket.id().value().compareTo(cursor.ticketId().value()) < 0;
    }

    @Override
    public synchronized List<Ticket> findQueue(TicketPriority minPriority, Optional<QueuePosition> after, int limit) {
        return tickets.values().stream()
                .filter(t -> t.status().isOpen() && t.priority().isAtLeast(minPriority))
                .filter(t -> after.map(a -> QUEUE_ORDER.compare(QueuePosition.of(t), a) > 0).orElse(true))
                .sorted(Comparator.comparing(QueuePosition::of, QUEUE_ORDER))
                .limit(limit)
                .map(t -> copy(t, t.version()))
                .toList();
    }

    @Override
    public synchronized List<TicketId> findSlaCheckDue(Instant now, int limit) {
        return tickets.values().stream()
                .filter(t -> t.status().isOpen() && t.sla().nextCheckAt().map(at -> !at.isAfter(now)).orElse(false))
                .sorted(Comparator.comparing((Ticket t) -> t.sla().nextCheckAt().orElseThrow())
                        .thenComparing(t -> t.id().value()))
                .limit(limit).map(Ticket::id).toList();
    }

    @Override
    public synchronized List<TicketId> findResolvedBefore(Instant cutoff, int limit) {
        return tickets.values().stream()
                .filter(t -> t.status() == TicketStatus.RESOLVED && !t.resolvedAt().orElseThrow().isAfter(cutoff))
                .sorted(Comparator.comparing((Ticket t) -> t.resolvedAt().orElseThrow())
                        .thenComparing(t -> t.id().value()))
                .limit(limit).map(Ticket::id).toList();
    }

    @Override
    public synchronized List<SolvedTicket> findSolvedSince(Instant since, int limit) {
        return tickets.values().stream()
                .filter(t -> t.resolvedAt().map(at -> !at.isBefore(since)).orElse(false))
                .sorted(Comparator.comparing((Ticket t) -> t.resolvedAt().orElseThrow()).reversed()
                        .thenComparing(t -> t.id().value()))
                .limit(limit)
                .map(t -> new SolvedTicket(t.id(), t.category(), t.subject(), t.description(),
                        messages.getOrDefault(t.id(), List.of()).stream()
                                .filter(m -> m.authorType() == AuthorType.SUPPORT && !m.internal())
                                .map(Message::text).toList(),
                        t.resolvedAt().orElseThrow()))
                .toList();
    }

    @Override
    public synchronized TicketStatistics statistics(Optional<TeamId> team, StatisticsPeriod period) {
        Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
        Map<TicketPriority, Long> byPriority = new EnumMap<>(TicketPriority.class);
        List<BigDecimal> resolution = new ArrayList<>();
        List<BigDecimal> firstResponse = new ArrayList<>();
        long atFirstContact = 0;
        for (Ticket ticket : tickets.values()) {
            if (team.isPresent() && !ticket.teamId().equals(team.get()) || !period.contains(ticket.createdAt())) {
                continue;
            }
            byStatus.merge(ticket.status(), 1L, Long::sum);
            if (ticket.status().isOpen()) {
                byPriority.merge(ticket.priority(), 1L, Long::sum);
            }
            if (ticket.resolvedAt().isPresent()) {
                resolution.add(seconds(ticket.createdAt(), ticket.resolvedAt().get()));
                long replies = messages.getOrDefault(ticket.id(), List.of()).stream()
                        .filter(m -> m.authorType() == AuthorType.SUPPORT && !m.internal()).count();
                if (replies == 1) {
                    atFirstContact++;
                }
            }
            ticket.firstRespondedAt().ifPresent(at -> firstResponse.add(seconds(ticket.createdAt(), at)));
        }
        BigDecimal resolutionSeconds = resolution.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return TicketStatistics.of(byStatus, byPriority, resolution.size(), resolutionSeconds,
                new ServiceFigures(DurationFigures.ofSeconds(resolution), DurationFigures.ofSeconds(firstResponse),
                        resolution.size(), atFirstContact));
    }

    @Override
    public synchronized List<BucketCounts> history(Optional<TeamId> team, List<Instant> boundaries) {
        List<BucketCounts> buckets = new ArrayList<>(boundaries.size() - 1);
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            Instant start = boundaries.get(i);
            Instant end = boundaries.get(i + 1);
            long created = 0;
            long backlog = 0;
            List<BigDecimal> resolution = new ArrayList<>();
            for (Ticket ticket : tickets.values()) {
                if (team.isPresent() && !ticket.teamId().equals(team.get())) {
                    continue;
                }
                if (within(ticket.createdAt(), start, end)) {
                    created++;
                }
                if (ticket.resolvedAt().map(at -> within(at, start, end)).orElse(false)) {
                    resolution.add(seconds(ticket.createdAt(), ticket.resolvedAt().get()));
                }
                Optional<Instant> done = ticket.resolvedAt().or(ticket::closedAt);
                if (ticket.createdAt().isBefore(end) && done.map(at -> !at.isBefore(end)).orElse(true)) {
                    backlog++;
                }
            }
            buckets.add(new BucketCounts(created, resolution.size(), backlog,
                    Percentiles.continuous(resolution, DurationFigures.MEDIAN)));
        }
        return buckets;
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    private static BigDecimal seconds(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toNanos(), 9);
    }

    private static Ticket copy(Ticket t, long version) {
        return Ticket.reconstitute(t.id(), t.teamId(), t.userId(), t.subject(), t.description(), t.category(),
                t.priority(), t.status(), t.assignedTo().orElse(null), t.createdAt(), t.updatedAt(),
                t.resolvedAt().orElse(null), t.closedAt().orElse(null), t.firstRespondedAt().orElse(null), t.sla(),
                version);
    }
}
