package com.servelink.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transactional outbox: events are appended in the transaction of the change that caused
 * them (no event without its change, no change without its event); the dispatcher then fans
 * each event out into deliveries, one per channel and target, and works them off with leases so
 * that one node at a time holds a delivery, and a delivery whose node died is due again when
 * its lease runs out.
 */
public interface Outbox {
    /** Appends an event; must be called inside the transaction of the change. */
    void append(OutboxEvent event);

    /** Events not fanned out yet, oldest first. */
    List<OutboxEvent> pendingFanOut(int max);

    /**
     * Marks each event fanned out and stores its deliveries, all in one transaction (one commit
     * for a whole batch: a commit waits for the disk); an event another node fanned out first is
     * skipped, nothing stored for it. Returns the ids this call fanned out.
     */
    Set<String> fanOut(Map<String, List<NewDelivery>> deliveriesByEvent, Instant at);

    /** {@link #fanOut(Map, Instant)} for one event: false when another node fanned it out first. */
    default boolean fanOut(String eventId, List<NewDelivery> deliveries, Instant at) {
        return !fanOut(Map.of(eventId, deliveries), at).isEmpty();
    }

    /**
     * Leases up to {@code max} deliveries due at {@code now} (pending, next attempt reached, no
     * live lease) until {@code now + lease}, counting the attempt.
     */
    List<ClaimedDelivery> claimDue(Instant now, Duration lease, int max);

    /** Records how attempts ended, all in one transaction; each releases its delivery's lease. */
    void complete(List<Completion> completions);

    default void delivered(long deliveryId, Instant at) {
        complete(List.of(Completion.delivered(deliveryId, at)));
    }

    /** Releases the lease; the delivery is due again at {@code next}. */
    default void retryAt(long deliveryId, Instant next, String error) {
        complete(List.of(Completion.retryAt(deliveryId, next, error)));
    }

    /** Ends the delivery without success: given up after its retry window, or dropped on purpose. */
    default void gaveUp(long deliveryId, Instant at, String error) {
        complete(List.of(Completion.gaveUp(deliveryId, at, error)));
    }

    /**
     * How one attempt ended: {@code delivered}, {@code failed} (given up) at {@code at}, or
     * {@code pending} again from {@code at} on (a retry); {@code error} is kept as the last one.
     */
    record Completion(long deliveryId, String state, Instant at, String error) {
        public static Completion delivered(long deliveryId, Instant at) {
            return new Completion(deliveryId, "delivered", at, null);
        }

        public static Completion retryAt(long deliveryId, Instant next, String error) {
            return new Completion(deliveryId, "pending", next, error);
        }

        public static Completion gaveUp(long deliveryId, Instant at, String error) {
            return new Completion(deliveryId, "failed", at, error);
        }
    }

    /** A new delivery of an already fanned-out event (a manual redelivery), due at {@code at}. */
    void enqueue(String eventId, String channel, String target, Instant at);

    Optional<OutboxEvent> event(String eventId);

    /**
     * Removes the events fanned out before {@code cutoff} whose deliveries have all ended
     * (delivered or given up), with those deliveries; returns how many events went.
     */
    int purgeFinishedBefore(Instant cutoff);

    /** What is waiting, for the metrics and the operator: pending deliveries and events not fanned out. */
    Backlog backlog();

    record NewDelivery(String channel, String target) {
    }

    /** A delivery this node holds until its lease ends; {@code attempt} counts from 1. */
    record ClaimedDelivery(long id, OutboxEvent event, String channel, String target, int attempt,
                           Instant createdAt) {
    }

    record Backlog(long pendingEvents, long pendingDeliveries) {
    }
}
