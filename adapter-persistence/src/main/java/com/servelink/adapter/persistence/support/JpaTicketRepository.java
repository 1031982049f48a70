package com.servelink.adapter.persistence.support;

import com.servelink.application.port.out.TicketRepository.QueuePosition;
import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.TicketCursor;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.domain.kb.faq.SolvedTicket;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.SearchText;
import com.servelink.domain.support.AuthorType;
import com.servelink.domain.support.DurationFigures;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.ServiceFigures;
import com.servelink.domain.support.SlaClock;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.StatisticsPeriod;
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
import java.time.ZoneOffset;
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
                   sum(resolution_us)
            from support_ticket %s group by status, priority""";
    /*
     * The service figures in one pass over the period's tickets, from the columns V16 stores:
     * the durations in microseconds and the public support replies (first-contact resolution is a
     * resolved ticket with exactly one). PERCENTILE_CONT is the SQL standard's continuous
     * percentile (linear interpolation), the same on PostgreSQL and H2 2.3; it skips nulls, so each
     * figure is over the tickets that have its timestamp. The columns are ordered as they are (bigint):
     * PostgreSQL casts them to double precision itself, and H2 interpolates doubles this large wrongly.
     */
    private static final String SERVICE = """
            select count(resolution_us), sum(resolution_us),
                   percentile_cont(0.5) within group (order by resolution_us),
                   percentile_cont(0.9) within group (order by resolution_us),
                   count(first_response_us), sum(first_response_us),
                   percentile_cont(0.5) within group (order by first_response_us),
                   percentile_cont(0.9) within group (order by first_response_us),
                   count(case when resolved_at is not null and public_support_replies = 1 then 1 end)
            from support_ticket %s""";
    private static final String COUNT_SUPPORT_REPLY =
            "update support_ticket set public_support_replies = public_support_replies + 1 where id = ?";

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
            if (message.authorType() == AuthorType.SUPPORT && !message.internal()) {
                em.createNativeQuery(COUNT_SUPPORT_REPLY).setParameter(1, message.ticketId().value())
                        .executeUpdate();
            }
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
    public List<Ticket> findQueue(TicketPriority minPriority, Optional<QueuePosition> after, int limit) {
        String rest = "(t.firstResponseDueAt > :firstResponse or (t.firstResponseDueAt = :firstResponse"
                + " and (t.createdAt > :created or (t.createdAt = :created and t.id > :id))))";
        // the queue's whole order, written out; a running SLA due time sorts before none (nulls last)
        String sameRank = after.flatMap(QueuePosition::slaDueAt).isPresent()
                ? "(t.slaDueAt is null or t.slaDueAt > :sla or (t.slaDueAt = :sla and " + rest + "))"
                : "(t.slaDueAt is null and " + rest + ")";
        return tx.withEntityManager(em -> {
            TypedQuery<TicketEntity> query = em.createQuery("select t from TicketEntity t"
                    + " where t.status in :open and t.priorityRank >= :minRank"
                    + (after.isPresent() ? " and (t.priorityRank < :rank or (t.priorityRank = :rank and " + sameRank
                    + "))" : "")
                    + " order by t.priorityRank desc, t.slaDueAt nulls last, t.firstResponseDueAt, t.createdAt, t.id",
                    TicketEntity.class)
                    .setParameter("open", OPEN_STATUSES)
                    .setParameter("minRank", rank(minPriority))
                    .setMaxResults(limit);
            after.ifPresent(p -> {
                query.setParameter("rank", rank(p.priority()))
                        .setParameter("firstResponse", p.firstResponseDueAt())
                        .setParameter("created", p.createdAt())
                        .setParameter("id", p.id().value());
                p.slaDueAt().ifPresent(sla -> query.setParameter("sla", sla));
            });
            return query.getResultStream().map(JpaTicketRepository::toDomain).toList();
        });
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

    private static final String SOLVED = """
            select id, category, subject, description, resolved_at from support_ticket
            where resolved_at >= ? order by resolved_at desc, id limit ?""";
    private static final String SOLVED_REPLIES = """
            select m.ticket_id, m.message from support_message m
            join (select id from support_ticket where resolved_at >= ? order by resolved_at desc, id limit ?) t
              on t.id = m.ticket_id
            where m.author_type = 'support' and m.is_internal = false
            order by m.ticket_id, m.created_at, m.seq""";

    @Override
    public List<SolvedTicket> findSolvedSince(Instant since, int limit) {
        // two statements whatever the number of tickets: the tickets, then all their public replies
        return tx.withConnection(connection -> {
            Map<String, List<String>> replies = new java.util.HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(SOLVED_REPLIES)) {
                statement.setObject(1, utc(since));
                statement.setInt(2, limit);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        replies.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
                    }
                }
            }
            List<SolvedTicket> solved = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(SOLVED)) {
                statement.setObject(1, utc(since));
                statement.setInt(2, limit);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        String id = row.getString(1);
                        solved.add(new SolvedTicket(new TicketId(id), TicketCategory.fromCode(row.getString(2),
                                "category"), row.getString(3), row.getString(4), replies.getOrDefault(id, List.of()),
                                row.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return solved;
        });
    }

    /** The priority's place in the queue order, stored in {@code priority_rank}. */
    private static short rank(TicketPriority priority) {
        return (short) priority.ordinal();
    }

    @Override
    public TicketStatistics statistics(Optional<TeamId> team, StatisticsPeriod period) {
        // read on every statistics request: plain SQL, no session (Hibernate's query path allocated
        // about 20 KiB per request, which grew the heap under load)
        List<Object> parameters = new ArrayList<>();
        String where = where("", team, period, parameters);
        return tx.withConnection(connection -> {
            Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
            Map<TicketPriority, Long> openByPriority = new EnumMap<>(TicketPriority.class);
            long resolved = 0;
            BigDecimal seconds = BigDecimal.ZERO;
            try (PreparedStatement statement = connection.prepareStatement(STATISTICS.formatted(where))) {
                bind(statement, parameters);
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
                        BigDecimal sum = seconds(row, 5);
                        if (sum != null) {
                            seconds = seconds.add(sum);
                        }
                    }
                }
            }
            ServiceFigures service;
            try (PreparedStatement statement = connection.prepareStatement(SERVICE.formatted(where))) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    DurationFigures resolution = DurationFigures.ofAggregates(row.getLong(1),
                            seconds(row, 2), seconds(row, 3),
                            seconds(row, 4));
                    DurationFigures firstResponse = DurationFigures.ofAggregates(row.getLong(5),
                            seconds(row, 6), seconds(row, 7),
                            seconds(row, 8));
                    service = new ServiceFigures(resolution, firstResponse, resolution.n(), row.getLong(9));
                }
            }
            return TicketStatistics.of(byStatus, openByPriority, resolved, seconds, service);
        });
    }

    /**
     * A column of microseconds (a V16 column, its sum or its percentile) in seconds; null stays null
     * (no ticket had one). Read as whatever number the driver gives: H2 refuses to hand a large
     * double over as a BigDecimal (its scale would be negative).
     */
    private static BigDecimal seconds(ResultSet row, int column) throws java.sql.SQLException {
        Object micros = row.getObject(column);
        return micros == null ? null : new BigDecimal(micros.toString()).movePointLeft(6);
    }

    /** The team and period conditions ({@code where …} or nothing), their values appended to {@code parameters}. */
    private static String where(String alias, Optional<TeamId> team, StatisticsPeriod period,
                                List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        team.ifPresent(id -> {
            conditions.add(alias + "team_id = ?");
            parameters.add(id.value());
        });
        period.start().ifPresent(start -> {
            conditions.add(alias + "created_at >= ?");
            parameters.add(utc(start));
        });
        period.end().ifPresent(end -> {
            conditions.add(alias + "created_at < ?");
            parameters.add(utc(end));
        });
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws java.sql.SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /*
     * A history in one statement over a table of the buckets (a VALUES list of their bounds),
     * each part a range join that an index on the timestamp serves (V12): per bucket, the tickets
     * created in it, those resolved in it with their median time, those closed in it without a
     * resolution; and (bucket -1) the backlog before the first bucket. The backlog at a bucket's
     * end is that backlog plus the created minus the done (resolved, or closed unresolved) so far.
     */
    private static final String HISTORY = """
            with bucket (i, starts, ends) as (values %1$s)
            select -1, count(*), cast(null as double precision) from support_ticket t
            where %2$s t.created_at < ? and (t.resolved_at is null and t.closed_at is null
                  or t.resolved_at >= ? or t.resolved_at is null and t.closed_at >= ?)
            union all
            select b.i * 3, count(*), cast(null as double precision)
            from bucket b join support_ticket t on %2$s t.created_at >= b.starts and t.created_at < b.ends
            group by b.i
            union all
            select b.i * 3 + 1, count(*), percentile_cont(0.5) within group (order by t.resolution_us)
            from bucket b join support_ticket t on %2$s t.resolved_at >= b.starts and t.resolved_at < b.ends
            group by b.i
            union all
            select b.i * 3 + 2, count(*), cast(null as double precision)
            from bucket b join support_ticket t on %2$s t.resolved_at is null
                 and t.closed_at >= b.starts and t.closed_at < b.ends
            group by b.i""";

    @Override
    public List<BucketCounts> history(Optional<TeamId> team, List<Instant> boundaries) {
        if (boundaries.size() < 2) {
            throw new IllegalArgumentException("a history needs at least two boundaries");
        }
        int count = boundaries.size() - 1;
        StringBuilder values = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.append(i == 0 ? "" : ", ").append('(').append(i)
                    .append(", cast(? as timestamp with time zone), cast(? as timestamp with time zone))");
            parameters.add(utc(boundaries.get(i)));
            parameters.add(utc(boundaries.get(i + 1)));
        }
        String teamCondition = team.isPresent() ? "t.team_id = ? and" : "";
        OffsetDateTime first = utc(boundaries.get(0));
        team.ifPresent(id -> parameters.add(id.value()));
        parameters.addAll(List.of(first, first, first));
        for (int part = 0; part < 3; part++) {
            team.ifPresent(id -> parameters.add(id.value()));
        }
        return tx.withConnection(connection -> {
            long backlog = 0;
            long[] created = new long[count];
            long[] resolved = new long[count];
            long[] closedUnresolved = new long[count];
            BigDecimal[] median = new BigDecimal[count];
            try (PreparedStatement statement = connection.prepareStatement(HISTORY.formatted(values, teamCondition))) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        int key = row.getInt(1);
                        long n = row.getLong(2);
                        if (key < 0) {
                            backlog = n;
                        } else if (key % 3 == 0) {
                            created[key / 3] = n;
                        } else if (key % 3 == 1) {
                            resolved[key / 3] = n;
                            median[key / 3] = seconds(row, 3);
                        } else {
                            closedUnresolved[key / 3] = n;
                        }
                    }
                }
            }
            List<BucketCounts> buckets = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                backlog += created[i] - resolved[i] - closedUnresolved[i];
                buckets.add(new BucketCounts(created[i], resolved[i], backlog, Optional.ofNullable(median[i])));
            }
            return buckets;
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
