package com.servelink.application.port.out;

/**
 * Thrown by storage adapters when their database cannot be reached. Driving adapters answer
 * "try again later" (HTTP 503), never a server error: nothing was decided.
 */
public final class StorageUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(Throwable cause) {
        super("the database is unavailable", cause);
    }
}
