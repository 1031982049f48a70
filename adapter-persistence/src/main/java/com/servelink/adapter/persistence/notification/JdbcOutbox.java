package com.servelink.adapter.persistence.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.domain.team.TeamId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox in {@code outbox_event} and {@code outbox_delivery} (V9), in hand-written SQL on the
 * unit of work's connection: {@link #append} joins the caller's transaction, so the event commits
 * or rolls back with its change. A claim takes due rows and leases them with a conditional update
 * (no live lease, still pending): of two nodes claiming the same row, one updates it and the other
 * skips it; PostgreSQL's {@code SKIP LOCKED} also keeps them from waiting on each other.
 */
public final class JdbcOutbox implements Outbox {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {
    };
    private static final int ERROR_MAX = 1000;
    private static final String EVENT_COLUMNS = "e.id, e.event_type, e.team_id, e.occurred_at, e.data";

    private final JpaTransactions tx;
    private final boolean postgres;

    public JdbcOutbox(JpaTransactions tx, boolean postgres) {
        this.tx = tx;
        this.postgres = postgres;
    }

    @Override
    public void append(OutboxEvent event) {
        String data = json(event.data());
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event "
                    + "(id, event_type, team_id, occurred_at, data) values (?, ?, ?, ?, ?)")) {
                insert.setString(1, event.id());
                insert.setString(2, event.type());
                insert.setString(3, event.teamId().map(TeamId::value).orElse(null));
                insert.setObject(4, utc(event.occurredAt()));
                insert.setString(5, data);
                return insert.executeUpdate();
            }
        }));
    }

    @Override
    public List<OutboxEvent> pendingFanOut(int max) {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + EVENT_COLUMNS
                    + " from outbox_event e where e.fanned_out_at is null order by e.seq limit ?")) {
                select.setInt(1, max);
                try (ResultSet rows = select.executeQuery()) {
                    List<OutboxEvent> events = new ArrayList<>();
                    while (rows.next()) {
                        events.add(event(rows, 1));
                    }
                    return events;
                }
            }
        });
    }

    @Override
    public Set<String> fanOut(Map<String, List<NewDelivery>> deliveriesByEvent, Instant at) {
        if (deliveriesByEvent.isEmpty()) {
            return Set.of();
        }
        List<String> ids = List.copyOf(deliveriesByEvent.keySet());
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            Set<String> ours = new LinkedHashSet<>();
            try (PreparedStatement mark = connection.prepareStatement(
                    "update outbox_event set fanned_out_at = ? where id = ? and fanned_out_at is null")) {
                for (String id : ids) {
                    mark.setObject(1, utc(at));
                    mark.setString(2, id);
                    mark.addBatch();
                }
                int[] marked = mark.executeBatch();
                for (int i = 0; i < ids.size(); i++) {
                    if (marked[i] == 1) {
                        ours.add(ids.get(i));
                    }
                }
            }
            Map<String, List<NewDelivery>> won = new LinkedHashMap<>();
            ours.forEach(id -> won.put(id, deliveriesByEvent.get(id)));
            insertDeliveries(connection, won, at);
            return ours;
        }));
    }

    private static void insertDeliveries(Connection connection, Map<String, List<NewDelivery>> byEvent, Instant at)
            throws SQLException {
        if (byEvent.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox_delivery "
                + "(event_id, channel, target, state, attempts, created_at, next_attempt_at) "
                + "values (?, ?, ?, 'pending', 0, ?, ?)")) {
            for (Map.Entry<String, List<NewDelivery>> event : byEvent.entrySet()) {
                for (NewDelivery delivery : event.getValue()) {
                    insert.setString(1, event.getKey());
                    insert.setString(2, delivery.channel());
                    insert.setString(3, delivery.target());
                    insert.setObject(4, utc(at));
                    insert.setObject(5, utc(at));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<ClaimedDelivery> claimDue(Instant now, Duration lease, int max) {
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id from outbox_delivery "
                    + "where state = 'pending' and next_attempt_at <= ? and (lease_until is null or lease_until <= ?) "
                    + "order by next_attempt_at, id limit ?" + (postgres ? " for update skip locked" : ""))) {
                select.setObject(1, utc(now));
                select.setObject(2, utc(now));
                select.setInt(3, max);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        candidates.add(rows.getLong(1));
                    }
                }
            }
            List<Long> claimed = new ArrayList<>();
            try (PreparedStatement lock = connection.prepareStatement("update outbox_delivery "
                    + "set lease_until = ?, attempts = attempts + 1 where id = ? and state = 'pending' "
                    + "and (lease_until is null or lease_until <= ?)")) {
                for (long id : candidates) {
                    lock.setObject(1, utc(now.plus(lease)));
                    lock.setLong(2, id);
                    lock.setObject(3, utc(now));
                    if (lock.executeUpdate() == 1) {
                        claimed.add(id);
                    }
                }
            }
            return claimed.isEmpty() ? List.<ClaimedDelivery>of() : load(connection, claimed);
        }));
    }

    private static List<ClaimedDelivery> load(Connection connection, List<Long> ids) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("select " + EVENT_COLUMNS
                + ", d.id, d.channel, d.target, d.attempts, d.created_at from outbox_delivery d "
                + "join outbox_event e on e.id = d.event_id where d.id in (" + marks + ") order by d.next_attempt_at, d.id")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                List<ClaimedDelivery> claimed = new ArrayList<>();
                while (rows.next()) {
                    claimed.add(new ClaimedDelivery(rows.getLong(6), event(rows, 1), rows.getString(7),
                            rows.getString(8), rows.getInt(9), instant(rows, 10)));
                }
                return claimed;
            }
        }
    }

    /** One batch of updates in one transaction: one commit however many attempts ended. */
    @Override
    public void complete(List<Completion> completions) {
        if (completions.isEmpty()) {
            return;
        }
        tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement finish = connection.prepareStatement("update outbox_delivery set state = ?, "
                    + "finished_at = ?, lease_until = null, last_error = coalesce(?, last_error) "
                    + "where id = ? and state = 'pending'");
                 PreparedStatement retry = connection.prepareStatement("update outbox_delivery set "
                         + "next_attempt_at = ?, lease_until = null, last_error = ? where id = ? and state = 'pending'")) {
                for (Completion completion : completions) {
                    if (completion.state().equals("pending")) {
                        retry.setObject(1, utc(completion.at()));
                        retry.setString(2, truncated(completion.error()));
                        retry.setLong(3, completion.deliveryId());
                        retry.addBatch();
                    } else {
                        finish.setString(1, completion.state());
                        finish.setObject(2, utc(completion.at()));
                        finish.setString(3, truncated(completion.error()));
                        finish.setLong(4, completion.deliveryId());
                        finish.addBatch();
                    }
                }
                finish.executeBatch();
                retry.executeBatch();
                return null;
            }
        }));
    }

    @Override
    public void enqueue(String eventId, String channel, String target, Instant at) {
        tx.inTransaction(() -> tx.withConnection(connection -> {
            insertDeliveries(connection, Map.of(eventId, List.of(new NewDelivery(channel, target))), at);
            return null;
        }));
    }

    @Override
    public Optional<OutboxEvent> event(String eventId) {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + EVENT_COLUMNS + " from outbox_event e where e.id = ?")) {
                select.setString(1, eventId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(event(rows, 1)) : Optional.<OutboxEvent>empty();
                }
            }
        });
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff) {
        String finished = "select e.id from outbox_event e where e.fanned_out_at < ? and not exists "
                + "(select 1 from outbox_delivery p where p.event_id = e.id and p.state = 'pending')";
        return tx.inTransaction(() -> tx.withConnection(connection -> {
            try (PreparedStatement deliveries = connection.prepareStatement(
                    "delete from outbox_delivery where event_id in (" + finished + ")")) {
                deliveries.setObject(1, utc(cutoff));
                deliveries.executeUpdate();
            }
            try (PreparedStatement events = connection.prepareStatement("delete from outbox_event where "
                    + "fanned_out_at < ? and not exists (select 1 from outbox_delivery d where d.event_id = outbox_event.id)")) {
                events.setObject(1, utc(cutoff));
                return events.executeUpdate();
            }
        }));
    }

    @Override
    public Backlog backlog() {
        return tx.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select "
                    + "(select count(*) from outbox_event where fanned_out_at is null), "
                    + "(select count(*) from outbox_delivery where state = 'pending')");
                 ResultSet row = select.executeQuery()) {
                row.next();
                return new Backlog(row.getLong(1), row.getLong(2));
            }
        });
    }

    private static OutboxEvent event(ResultSet rows, int first) throws SQLException {
        return new OutboxEvent(rows.getString(first), rows.getString(first + 1), instant(rows, first + 3),
                Optional.ofNullable(rows.getString(first + 2)).map(TeamId::new), data(rows.getString(first + 4)));
    }

    private static String json(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not JSON-ready: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> data(String json) {
        try {
            return JSON.readValue(json, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String truncated(String error) {
        return error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
