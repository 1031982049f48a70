package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.DispatchOutboxUseCase;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.OutboxEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;

/**
 * The outbox's dispatcher. A round fans the new events out (each channel names its targets; one
 * delivery per target, stored in one transaction with the event's mark, so two nodes never fan
 * the same event out twice), then leases as many due deliveries as it has free slots and hands
 * them to the delivery threads. At least once: a delivery is marked done only after its channel
 * reported success, so a node that dies mid-delivery leaves it leased, and it is due again when
 * the lease runs out.
 *
 * <p>Attempts are pipelined: a round does not wait for the previous round's attempts, only for a
 * free slot ({@code 2 × batch} in flight at most, so a claimed delivery never waits long in a
 * queue while its lease runs). A round that finds every slot taken waits up to a second for one.
 */
public final class DispatchOutboxService implements DispatchOutboxUseCase {
    private static final System.Logger LOG = System.getLogger(DispatchOutboxService.class.getName());

    /** How the dispatcher works; the lease must outlast the slowest attempt (webhooks: 5 s + 5 s). */
    public record Settings(Duration lease, int batch, RetrySchedule retries) {
        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(1), 64, RetrySchedule.DEFAULT);

        public Settings {
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(retries, "retries");
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be at least 1");
            }
        }
    }

    /** What happened to each attempt, for the metrics. */
    public interface Observer {
        Observer NONE = (channel, result, sinceEvent) -> {
        };

        /** {@code sinceEvent}: from the event to the end of this attempt. */
        void attempted(String channel, DeliveryResult.Outcome result, Duration sinceEvent);
    }

    private final Outbox outbox;
    private final Map<String, DeliveryChannel> channels = new LinkedHashMap<>();
    private final Executor executor;
    private final Clock clock;
    private final Settings settings;
    private final DoubleSupplier random;
    private final Observer observer;
    private final Semaphore slots;
    /** Attempts ended but not yet recorded: written by whichever attempt thread gets the writer. */
    private final ConcurrentLinkedQueue<Outbox.Completion> ended = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    public DispatchOutboxService(Outbox outbox, List<DeliveryChannel> channels, Executor executor, Clock clock,
                                 Settings settings, Observer observer) {
        this(outbox, channels, executor, clock, settings, () -> ThreadLocalRandom.current().nextDouble(), observer);
    }

    /** With the jitter's random draws given, for tests. */
    public DispatchOutboxService(Outbox outbox, List<DeliveryChannel> channels, Executor executor, Clock clock,
                                 Settings settings, DoubleSupplier random, Observer observer) {
        this.outbox = outbox;
        channels.forEach(channel -> {
            if (this.channels.put(channel.name(), channel) != null) {
                throw new IllegalArgumentException("two channels named " + channel.name());
            }
        });
        this.executor = executor;
        this.clock = clock;
        this.settings = settings;
        this.random = random;
        this.observer = observer;
        this.slots = new Semaphore(settings.batch() * 2);
    }

    @Override
    public int dispatch() {
        int fannedOut = fanOut();
        int free = freeSlots();
        if (free == 0) {
            return fannedOut;
        }
        List<Outbox.ClaimedDelivery> due = outbox.claimDue(clock.instant(), settings.lease(),
                Math.min(free, settings.batch()));
        slots.release(free - due.size());
        for (Outbox.ClaimedDelivery delivery : due) {
            try {
                executor.execute(() -> {
                    try {
                        attempt(delivery);
                    } finally {
                        slots.release();
                    }
                });
            } catch (RejectedExecutionException stopping) {
                slots.release(); // shutting down: the lease will free it for the next start
            }
        }
        return fannedOut + due.size();
    }

    /** Takes every free slot, waiting up to a second for one when all are in flight. */
    private int freeSlots() {
        int free = slots.drainPermits();
        if (free > 0) {
            return free;
        }
        try {
            if (slots.tryAcquire(1, TimeUnit.SECONDS)) {
                return 1 + slots.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private int fanOut() {
        // more events than deliveries per round: fanning one out is cheap, and a burst's events
        // should reach the deliveries' queue before their lease-bound attempts
        List<OutboxEvent> events = outbox.pendingFanOut(settings.batch() * 4);
        Map<String, List<Outbox.NewDelivery>> byEvent = new LinkedHashMap<>();
        for (OutboxEvent event : events) {
            List<Outbox.NewDelivery> deliveries = new ArrayList<>();
            for (DeliveryChannel channel : channels.values()) {
                for (String target : channel.targets(event)) {
                    deliveries.add(new Outbox.NewDelivery(channel.name(), target));
                }
            }
            byEvent.put(event.id(), deliveries);
        }
        outbox.fanOut(byEvent, clock.instant());
        return events.size();
    }

    private void attempt(Outbox.ClaimedDelivery delivery) {
        DeliveryChannel channel = channels.get(delivery.channel());
        if (channel == null) {
            // a node configured without this channel (e-mail off): every node should get the same settings
            record(Outbox.Completion.gaveUp(delivery.id(), clock.instant(),
                    "channel " + delivery.channel() + " is not configured"));
            return;
        }
        DeliveryResult result;
        try {
            result = channel.deliver(delivery.event(), delivery.target(), delivery.attempt());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "delivery " + delivery.id() + " failed unexpectedly", e);
            result = DeliveryResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant now = clock.instant();
        observer.attempted(delivery.channel(), result.outcome(), Duration.between(delivery.event().occurredAt(), now));
        switch (result.outcome()) {
            case DELIVERED -> record(Outbox.Completion.delivered(delivery.id(), now));
            case DROPPED -> record(Outbox.Completion.gaveUp(delivery.id(), now, result.detail()));
            case RETRY -> retryOrGiveUp(delivery, channel, result.detail(), now);
        }
    }

    /**
     * Group commit: the ended attempts queue up while one thread writes the previous ones, then
     * that thread (or the next to come) writes them all in one transaction. Idle, each is written
     * at once; busy, one commit serves many. A write that fails (database away) leaves those
     * deliveries leased: they are attempted again when the lease ends (at least once).
     */
    private void record(Outbox.Completion completion) {
        ended.add(completion);
        while (!ended.isEmpty() && writer.tryLock()) {
            try {
                List<Outbox.Completion> batch = new ArrayList<>();
                for (Outbox.Completion next; (next = ended.poll()) != null; ) {
                    batch.add(next);
                }
                if (!batch.isEmpty()) {
                    outbox.complete(batch);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "recording ended deliveries failed; they will be retried "
                        + "when their lease ends: " + e);
            } finally {
                writer.unlock();
            }
        }
    }

    private void retryOrGiveUp(Outbox.ClaimedDelivery delivery, DeliveryChannel channel, String error, Instant now) {
        Optional<Instant> next = settings.retries().next(delivery.createdAt(), delivery.attempt(), now, random);
        if (next.isPresent()) {
            record(Outbox.Completion.retryAt(delivery.id(), next.get(), error));
            return;
        }
        record(Outbox.Completion.gaveUp(delivery.id(), now, error));
        LOG.log(System.Logger.Level.WARNING, "gave up delivery {0} ({1} to {2}) after {3} attempts: {4}",
                delivery.id(), delivery.channel(), delivery.target(), delivery.attempt(), error);
        channel.gaveUp(delivery.event(), delivery.target(), error);
    }
}
