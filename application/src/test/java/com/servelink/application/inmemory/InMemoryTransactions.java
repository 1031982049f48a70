package com.servelink.application.inmemory;

import com.servelink.application.port.out.Transactions;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work for the in-memory repositories: one at a time, so each is isolated. There is no
 * rollback; use cases validate before they write, so a refused request writes nothing anyway.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock(true);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
