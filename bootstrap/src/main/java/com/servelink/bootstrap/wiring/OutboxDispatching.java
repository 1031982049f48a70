package com.servelink.bootstrap.wiring;

import com.servelink.adapter.scheduler.OutboxWorker;
import com.servelink.application.service.notification.DeliveryChannel;
import com.servelink.application.service.notification.DispatchOutboxService;
import com.servelink.application.service.notification.RetrySchedule;
import com.servelink.bootstrap.config.OutboxTuning;
import com.servelink.bootstrap.metrics.Metrics;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The outbox's worker (on every node, unless turned off) and its delivery threads, stopped together. */
public record OutboxDispatching(Optional<OutboxWorker> worker, ExecutorService deliveries) implements AutoCloseable {

    public static OutboxDispatching start(Core core, List<DeliveryChannel> channels, Metrics metrics) {
        OutboxTuning tuning = core.configuration().outbox();
        ExecutorService deliveryThreads = Executors.newFixedThreadPool(tuning.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "servelink-outbox-delivery");
            thread.setDaemon(true);
            return thread;
        });
        var dispatcher = new DispatchOutboxService(core.outbox(), channels, deliveryThreads, core.clock(),
                new DispatchOutboxService.Settings(tuning.lease(), tuning.concurrency() * 4,
                        new RetrySchedule(tuning.retryBase(), RetrySchedule.DEFAULT.max(), tuning.retryWindow())),
                metrics.outbox(core.outbox()));
        Optional<OutboxWorker> worker = tuning.dispatch()
                ? Optional.of(new OutboxWorker(dispatcher, tuning.pollInterval()).start()) : Optional.empty();
        return new OutboxDispatching(worker, deliveryThreads);
    }

    @Override
    public void close() {
        try {
            worker.ifPresent(OutboxWorker::close);
        } finally {
            deliveries.shutdown();
            try {
                if (!deliveries.awaitTermination(15, TimeUnit.SECONDS)) {
                    deliveries.shutdownNow();
                }
            } catch (InterruptedException e) {
                deliveries.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
