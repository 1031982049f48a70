package com.servelink.application.inmemory;

import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.OutboxEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The outbox in memory, for tests: the same leases and states as the database's. */
public final class InMemoryOutbox implements Outbox {
    private final Map<String, OutboxEvent> events = new LinkedHashMap<>();
    private final Map<String, Instant> fannedOut = new LinkedHashMap<>();
    private final Map<Long, Row> deliveries = new LinkedHashMap<>();
    private long nextId = 1;

    /** One delivery as stored; {@code state} is {@code pending}, {@code delivered} or {@code failed}. */
    public static final class Row {
        public final long id;
        public final String eventId;
        public final String channel;
        public final String target;
        public final Instant createdAt;
        public String state = "pending";
        public int attempts;
        public Instant nextAttemptAt;
        public Instant leaseUntil;
        public String lastError;

        Row(long id, String eventId, String channel, String target, Instant createdAt) {
            this.id = id;
            this.eventId = eventId;
            this.channel = channel;
            this.target = target;
            this.createdAt = createdAt;
            this.nextAttemptAt = createdAt;
        }
    }

    @Override
    public synchronized void append(OutboxEvent event) {
        events.put(event.id(), event);
    }

    @Override
    public synchronized List<OutboxEvent> pendingFanOut(int max) {
        return events.values().stream().filter(event -> !fannedOut.containsKey(event.id())).limit(max).toList();
    }

    @Override
    public synchronized Set<String> fanOut(Map<String, List<NewDelivery>> deliveriesByEvent, Instant at) {
        Set<String> done = new LinkedHashSet<>();
        deliveriesByEvent.forEach((eventId, newDeliveries) -> {
            if (!fannedOut.containsKey(eventId)) {
                fannedOut.put(eventId, at);
                newDeliveries.forEach(delivery -> enqueue(eventId, delivery.channel(), delivery.target(), at));
                done.add(eventId);
            }
        });
        return done;
    }

    @Override
    public synchronized List<ClaimedDelivery> claimDue(Instant now, Duration lease, int max) {
        List<ClaimedDelivery> claimed = new ArrayList<>();
        for (Row row : deliveries.values()) {
            if (claimed.size() == max) {
                break;
            }
            boolean due = row.state.equals("pending") && !row.nextAttemptAt.isAfter(now)
                    && (row.leaseUntil == null || !row.leaseUntil.isAfter(now));
            if (due) {
                row.leaseUntil = now.plus(lease);
                row.attempts++;
                claimed.add(new ClaimedDelivery(row.id, events.get(row.eventId), row.channel, row.target,
                        row.attempts, row.createdAt));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void complete(List<Completion> completions) {
        for (Completion completion : completions) {
            Row row = deliveries.get(completion.deliveryId());
            if (!row.state.equals("pending")) {
                continue;
            }
            row.state = completion.state();
            row.leaseUntil = null;
            if (completion.state().equals("pending")) {
                row.nextAttemptAt = completion.at();
            }
            if (completion.error() != null) {
                row.lastError = completion.error();
            }
        }
    }

    @Override
    public synchronized void enqueue(String eventId, String channel, String target, Instant at) {
        long id = nextId++;
        deliveries.put(id, new Row(id, eventId, channel, target, at));
    }

    @Override
    public synchronized Optional<OutboxEvent> event(String eventId) {
        return Optional.ofNullable(events.get(eventId));
    }

    @Override
    public synchronized Backlog backlog() {
        long pendingEvents = events.keySet().stream().filter(id -> !fannedOut.containsKey(id)).count();
        long pending = deliveries.values().stream().filter(row -> row.state.equals("pending")).count();
        return new Backlog(pendingEvents, pending);
    }

    @Override
    public synchronized int purgeFinishedBefore(Instant cutoff) {
        List<String> done = fannedOut.entrySet().stream()
                .filter(entry -> entry.getValue().isBefore(cutoff))
                .map(Map.Entry::getKey)
                .filter(id -> deliveries.values().stream().noneMatch(row -> row.eventId.equals(id)
                        && row.state.equals("pending")))
                .toList();
        done.forEach(id -> {
            events.remove(id);
            fannedOut.remove(id);
            deliveries.values().removeIf(row -> row.eventId.equals(id));
        });
        return done.size();
    }

    /** Every stored event, in order: what tests assert on. */
    public synchronized List<OutboxEvent> events() {
        return List.copyOf(events.values());
    }

    public synchronized List<Row> deliveries() {
        return List.copyOf(deliveries.values());
    }
}
