package com.servelink.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work as one unit: everything it stores is committed together or not at all. The
 * persistence adapter implements it with a database transaction; a concurrent change of the
 * same aggregate makes the loser fail with a {@code CONFLICT}.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
