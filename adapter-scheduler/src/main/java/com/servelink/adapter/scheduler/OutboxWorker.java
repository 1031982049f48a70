package com.servelink.adapter.scheduler;

import com.servelink.application.port.in.notification.DispatchOutboxUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drives the outbox's dispatcher on every node: a round every poll interval, and rounds back to
 * back while there is work. Not a Quartz job: the deliveries' leases already give one node at a
 * time per message, every node helps with a burst, and a round every second would flood the job
 * store and the job-run log. A failed round (the database away) is logged and tried again at the
 * next interval; nothing is lost, the outbox keeps it.
 */
public final class OutboxWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    /** Rounds in a row before the worker yields to the next interval, so a flood cannot starve shutdown. */
    private static final int MAX_ROUNDS_IN_A_ROW = 1_000;

    private final DispatchOutboxUseCase dispatcher;
    private final Duration pollInterval;
    private final ScheduledExecutorService timer;
    private volatile boolean failing;

    public OutboxWorker(DispatchOutboxUseCase dispatcher, Duration pollInterval) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "servelink-outbox-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    public OutboxWorker start() {
        timer.scheduleWithFixedDelay(this::drain, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void drain() {
        try {
            for (int round = 0; round < MAX_ROUNDS_IN_A_ROW && !timer.isShutdown(); round++) {
                if (dispatcher.dispatch() == 0) {
                    break;
                }
            }
            if (failing) {
                LOG.info("outbox dispatch works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) { // once per outage, not once per second
                LOG.warn("outbox dispatch failed, retrying every {}: {}", pollInterval, e.toString());
                failing = true;
            }
        }
    }

    /** Stops after the round in progress; its deliveries end or keep their lease. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(15, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
