package com.servelink.bootstrap;

import com.servelink.application.service.access.TokenUses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Writes the tokens' noted last uses every minute on a daemon thread, and once more at shutdown. */
final class TokenUseWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TokenUseWriter.class);

    private final TokenUses uses;
    private final ScheduledExecutorService timer;

    private TokenUseWriter(TokenUses uses) {
        this.uses = uses;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "servelink-token-uses");
            thread.setDaemon(true);
            return thread;
        });
    }

    static TokenUseWriter start(TokenUses uses) {
        TokenUseWriter writer = new TokenUseWriter(uses);
        writer.timer.scheduleWithFixedDelay(writer::flush, 1, 1, TimeUnit.MINUTES);
        return writer;
    }

    private void flush() {
        try {
            uses.flush();
        } catch (RuntimeException e) { // the database away: the uses are lost, the next minute's are written
            LOG.warn("tokens' last uses not written: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        flush();
    }
}
