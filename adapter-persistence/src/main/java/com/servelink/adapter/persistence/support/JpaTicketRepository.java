package com.servelink.adapter.persistence.support;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.TicketCursor;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.SearchText;
import com.servelink.domain.support.AuthorType;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.SlaClock;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatistics;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.UserId;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Tickets and messages in {@code support_ticket} and {@code support_message}. Lists use keyset
 * pagination; search matches the folded text columns with {@code LIKE} (trigram-indexed on
 * PostgreSQL); statistics are one {@code GROUP BY}.
 */
public final class JpaTicketRepository implements TicketRepository {
    private static final List<String> OPEN_STATUSES = Arrays.stream(TicketStatus.values())
            .filter(TicketStatus::isOpen).map(TicketStatus::code).toList();

    private static final String STATISTICS = """
            select status, priority, count(*), count(resolved_at),
                   sum(extract(epoch from resolved_at) - extract(epoch from created_at))
            from support_ticket %s group by status, priority""";
    private static final String TEAM_STATISTICS = STATISTICS.formatted("where team_id = ?");
    private static final String PLATFORM_STATISTICS = STATISTICS.formatted("");

    private static final String EXPORT = """
            select t.id, t.subject, t.status, t.priority, t.category, t.assigned_to, t.created_at, t.updated_at,
                   t.first_responded_at, t.first_response_due_at, t.resolved_at, t.closed_at
            from support_ticket t where t.team_id = ?%s
            order by t.created_at desc, t.id desc""";
    /** Rows the PostgreSQL driver fetches at a time through the export's cursor. */
    static final int EXPORT_FETCH_SIZE = 1000;

    private final JpaTransactions tx;

    public JpaTicketRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(TicketEntity.class, id.value()))
                .map(JpaTicketRepository::toDomain));
    }

    @Override
    public void save(Ticket ticket) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            TicketEntity entity = em.find(TicketEntity.class, ticket.id().value());
            if (entity == null) {
                entity = new TicketEntity();
                entity.id = ticket.id().value();
                copy(ticket, entity);
                em.persist(entity);
            } else {
                if (entity.version != ticket.version()) {
                    throw new DomainException(ErrorCode.CONFLICT,
                            "ticket " + ticket.id() + " was changed concurrently; reload and retry");
                }
                copy(ticket, entity);
            }
            em.flush();
            return null;
        }));
    }

    @Override
    public void addMessage(Message message) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            MessageEntity entity = new MessageEntity();
            entity.id = message.id().value();
            entity.ticketId = message.ticketId().value();
            entity.userId = message.userId().map(UserId::value).orElse(null);
            entity.authorType = message.authorType().code();
            entity.message = message.text();
            entity.internal = message.internal();
            entity.createdAt = message.createdAt();
            entity.searchText = SearchText.fold(message.text());
            em.persist(entity);
            em.flush();
            return null;
        }));
    }

    @Override
    public List<Message> messagesOf(TicketId ticket, boolean includeInternal) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select m from MessageEntity m
                        where m.ticketId = :ticket and (:all = true or m.internal = false)
                        order by m.createdAt, m.seq""", MessageEntity.class)
                .setParameter("ticket", ticket.value())
                .setParameter("all", includeInternal)
                .getResultStream().map(JpaTicketRepository::toDomain).toList());
    }

    @Override
    public List<Ticket> findPage(TicketFilter filter, Optional<TicketCursor> after, int limit) {
        StringBuilder jpql = new StringBuilder("select t from TicketEntity t where t.teamId = :team");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("team", filter.team().value());
        filter.status().ifPresent(s -> {
            jpql.append(" and t.status = :status");
            parameters.put("status", s.code());
        });
        filter.category().ifPresent(c -> {
            jpql.append(" and t.category = :category");
            parameters.put("category", c.code());
        });
        filter.priority().ifPresent(p -> {
            jpql.append(" and t.priority = :priority");
            parameters.put("priority", p.code());
        });
        filter.text().ifPresent(text -> {
            jpql.append(" and (t.searchText like :pattern escape '\\' or exists (select 1 from MessageEntity m"
                    + " where m.ticketId = t.id and m.internal = false and m.searchText like :pattern escape '\\'))");
            parameters.put("pattern", "%" + escapeLike(SearchText.fold(text)) + "%");
        });
        after.ifPresent(cursor -> {
            jpql.append(" and (t.createdAt < :afterTime or (t.createdAt = :afterTime and t.id < :afterId))");
            parameters.put("afterTime", cursor.createdAt());
            parameters.put("afterId", cursor.ticketId().value());
        });
        jpql.append(" order by t.createdAt desc, t.id desc");
        return tx.withEntityManager(em -> {
            TypedQuery<TicketEntity> query = em.createQuery(jpql.toString(), TicketEntity.class);
            parameters.forEach(query::setParameter);
            return query.setMaxResults(limit).getResultStream().map(JpaTicketRepository::toDomain).toList();
        });
    }

    @Override
    public long streamTickets(TicketFilter filter, Consumer<ExportedTicket> sink) {
        StringBuilder where = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        parameters.add(filter.team().value());
        filter.status().ifPresent(s -> {
            where.append(" and t.status = ?");
            parameters.add(s.code());
        });
        filter.category().ifPresent(c -> {
            where.append(" and t.category = ?");
            parameters.add(c.code());
        });
        filter.priority().ifPresent(p -> {
            where.append(" and t.priority = ?");
            parameters.add(p.code());
        });
        filter.text().ifPresent(text -> {
            // the list's search (findPage), as SQL: the folded subject and description, or a public message
            where.append(" and (t.search_text like ? escape '\\' or exists (select 1 from support_message m"
                    + " where m.ticket_id = t.id and m.is_internal = false and m.search_text like ? escape '\\'))");
            String pattern = "%" + escapeLike(SearchText.fold(text)) + "%";
            parameters.add(pattern);
            parameters.add(pattern);
        });
        // a transaction, as the PostgreSQL driver only reads by fetch size with autocommit off (as the
        // usage export); a failing sink (the client went away) ends it and rolls back nothing written
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(EXPORT.formatted(where))) {
                statement.setFetchSize(EXPORT_FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setString(i + 1, parameters.get(i));
                }
                long count = 0;
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        sink.accept(new ExportedTicket(new TicketId(row.getString(1)), row.getString(2),
                                TicketStatus.fromCode(row.getString(3), "status"),
                                TicketPriority.fromCode(row.getString(4), "priority"),
                                TicketCategory.fromCode(row.getString(5), "category"),
                                Optional.ofNullable(row.getString(6)), instant(row, 7).orElseThrow(),
                                instant(row, 8).orElseThrow(), instant(row, 9), instant(row, 10).orElseThrow(),
                                instant(row, 11), instant(row, 12)));
                        count++;
                    }
                }
                return count;
            }
        }));
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws java.sql.SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    /** {@code %}, {@code _} and the escape character itself are literal in a search. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<Ticket> findQueue(TicketPriority minPriority, int limit) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select t from TicketEntity t
                        where t.status in :open and t.priorityRank >= :minRank
                        order by t.priorityRank desc, t.slaDueAt nulls last, t.firstResponseDueAt, t.createdAt, t.id""",
                        TicketEntity.class)
                .setParameter("open", OPEN_STATUSES)
                .setParameter("minRank", rank(minPriority))
                .setMaxResults(limit)
                .getResultStream().map(JpaTicketRepository::toDomain).toList());
    }

    @Override
    public List<TicketId> findSlaCheckDue(Instant now, int limit) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select t.id from TicketEntity t
                        where t.slaNextCheckAt <= :now and t.status in :open
                        order by t.slaNextCheckAt, t.id""", String.class)
                .setParameter("now", now)
                .setParameter("open", OPEN_STATUSES)
                .setMaxResults(limit)
                .getResultStream().map(TicketId::new).toList());
    }

    @Override
    public List<TicketId> findResolvedBefore(Instant cutoff, int limit) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select t.id from TicketEntity t
                        where t.status = :resolved and t.resolvedAt <= :cutoff
                        order by t.resolvedAt, t.id""", String.class)
                .setParameter("resolved", TicketStatus.RESOLVED.code())
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultStream().map(TicketId::new).toList());
    }

    /** The priority's place in the queue order, stored in {@code priority_rank}. */
    private static short rank(TicketPriority priority) {
        return (short) priority.ordinal();
    }

    @Override
    public TicketStatistics statistics(Optional<TeamId> team) {
        // read on every statistics request: plain SQL, no session (Hibernate's query path allocated
        // about 20 KiB per request, which grew the heap under load)
        return tx.withConnection(connection -> {
            Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
            Map<TicketPriority, Long> openByPriority = new EnumMap<>(TicketPriority.class);
            long resolved = 0;
            BigDecimal seconds = BigDecimal.ZERO;
            try (PreparedStatement statement = connection.prepareStatement(
                    team.isPresent() ? TEAM_STATISTICS : PLATFORM_STATISTICS)) {
                if (team.isPresent()) {
                    statement.setString(1, team.get().value());
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        TicketStatus status = TicketStatus.fromCode(row.getString(1), "status");
                        TicketPriority priority = TicketPriority.fromCode(row.getString(2), "priority");
                        long count = row.getLong(3);
                        byStatus.merge(status, count, Long::sum);
                        if (status.isOpen()) {
                            openByPriority.merge(priority, count, Long::sum);
                        }
                        resolved += row.getLong(4);
                        BigDecimal sum = row.getBigDecimal(5);
                        if (sum != null) {
                            seconds = seconds.add(sum);
                        }
                    }
                }
            }
            return TicketStatistics.of(byStatus, openByPriority, resolved, seconds);
        });
    }

    private static void copy(Ticket t, TicketEntity e) {
        e.teamId = t.teamId().value();
        e.userId = t.userId().value();
        e.subject = t.subject();
        e.description = t.description();
        e.priority = t.priority().code();
        e.priorityRank = rank(t.priority());
        e.status = t.status().code();
        e.category = t.category().code();
        e.assignedTo = t.assignedTo().orElse(null);
        e.createdAt = t.createdAt();
        e.updatedAt = t.updatedAt();
        e.resolvedAt = t.resolvedAt().orElse(null);
        e.closedAt = t.closedAt().orElse(null);
        e.firstRespondedAt = t.firstRespondedAt().orElse(null);
        e.firstResponseDueAt = t.firstResponseDueAt();
        SlaClock sla = t.sla();
        e.slaResponseTarget = sla.owedResponse().map(SlaTarget::code).orElse(null);
        e.slaResponseStartedAt = sla.responseStartedAt();
        e.slaResponseConsumedMicros = micros(sla.responseConsumed());
        e.slaResolutionConsumedMicros = micros(sla.resolutionConsumed());
        e.slaRunningSince = sla.runningSince();
        e.nextResponseDueAt = sla.nextResponseDueAt();
        e.nextResponseWarnAt = sla.nextResponseWarnAt();
        e.resolutionDueAt = sla.resolutionDueAt();
        e.resolutionWarnAt = sla.resolutionWarnAt();
        e.slaDueAt = sla.earliestDueAt().orElse(null);
        e.slaNextCheckAt = t.status().isOpen() ? sla.nextCheckAt().orElse(null) : null;
        e.slaBreached = codes(sla.breached());
        e.slaWarned = codes(sla.warned());
        e.slaBreachRaised = codes(sla.breachRaised());
        e.searchText = SearchText.fold(t.subject() + "\n" + t.description());
    }

    static Ticket toDomain(TicketEntity e) {
        return Ticket.reconstitute(new TicketId(e.id), new TeamId(e.teamId), new UserId(e.userId), e.subject,
                e.description, TicketCategory.fromCode(e.category, "category"),
                TicketPriority.fromCode(e.priority, "priority"), TicketStatus.fromCode(e.status, "status"),
                e.assignedTo, e.createdAt, e.updatedAt, e.resolvedAt, e.closedAt, e.firstRespondedAt,
                new SlaClock(e.slaResponseTarget == null ? null : SlaTarget.fromCode(e.slaResponseTarget, "sla"),
                        e.slaResponseStartedAt, Duration.of(e.slaResponseConsumedMicros, ChronoUnit.MICROS),
                        Duration.of(e.slaResolutionConsumedMicros, ChronoUnit.MICROS), e.slaRunningSince,
                        e.firstResponseDueAt, e.nextResponseDueAt, e.nextResponseWarnAt, e.resolutionDueAt,
                        e.resolutionWarnAt, targets(e.slaWarned), targets(e.slaBreachRaised), targets(e.slaBreached)),
                e.version);
    }

    private static long micros(Duration duration) {
        return duration.getSeconds() * 1_000_000L + duration.getNano() / 1_000;
    }

    /** Target sets as sorted comma-separated codes ({@code first_response,resolution}); empty for none. */
    static String codes(Set<SlaTarget> targets) {
        return targets.stream().sorted().map(SlaTarget::code).collect(Collectors.joining(","));
    }

    static Set<SlaTarget> targets(String codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(codes.split(",")).map(code -> SlaTarget.fromCode(code, "sla"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SlaTarget.class)));
    }

    static Message toDomain(MessageEntity e) {
        return new Message(new MessageId(e.id), new TicketId(e.ticketId),
                Optional.ofNullable(e.userId).map(UserId::new), AuthorType.fromCode(e.authorType, "author_type"),
                e.message, e.internal, e.createdAt);
    }
}
