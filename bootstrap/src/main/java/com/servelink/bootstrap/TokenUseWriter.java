package com.servelink.bootstrap;

import com.servelink.application.service.access.CachedAuthenticateService;
import com.servelink.application.service.access.TokenUses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The tokens' background work, on one daemon thread: their noted last uses written every minute
 * and once more at shutdown, and every 2 s the sweep that forgets the tokens other nodes revoked
 * (decision 211).
 */
final class TokenUseWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TokenUseWriter.class);

    private static final long SWEEP_MILLIS = 2_000;

    private final TokenUses uses;
    private final CachedAuthenticateService authentication;
    private final ScheduledExecutorService timer;

    private TokenUseWriter(TokenUses uses, CachedAuthenticateService authentication) {
        this.uses = uses;
        this.authentication = authentication;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "servelink-token-uses");
            thread.setDaemon(true);
            return thread;
        });
    }

    static TokenUseWriter start(TokenUses uses, CachedAuthenticateService authentication) {
        TokenUseWriter writer = new TokenUseWriter(uses, authentication);
        writer.timer.scheduleWithFixedDelay(writer::flush, 1, 1, TimeUnit.MINUTES);
        writer.timer.scheduleWithFixedDelay(writer::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        return writer;
    }

    private void sweep() {
        try {
            authentication.forgetRevoked();
        } catch (RuntimeException e) { // the database away: answers older than 10 s are looked up again
            LOG.debug("revoked tokens not swept: {}", e.toString());
        }
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
