package com.servelink.application.service;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Re-runs a whole unit of work (load, decide, save) when it lost an optimistic-locking race.
 * Used where the loser's intention is still valid on the fresh state (a reply to a ticket),
 * never where the race itself is the answer (two cancellations of one add-on).
 */
public final class ConflictRetry {
    public static final int DEFAULT_ATTEMPTS = 100;

    private ConflictRetry() {
    }

    public static <T> T retrying(Supplier<T> unitOfWork) {
        return retrying(unitOfWork, DEFAULT_ATTEMPTS);
    }

    public static <T> T retrying(Supplier<T> unitOfWork, int attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.get();
            } catch (DomainException e) {
                if (e.code() != ErrorCode.CONFLICT || attempt >= attempts) {
                    throw e;
                }
                // jittered back-off, growing with the attempts, so racers stop colliding in lockstep
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1, 2 + Math.min(attempt, 20)) * 500_000L);
            }
        }
    }
}
