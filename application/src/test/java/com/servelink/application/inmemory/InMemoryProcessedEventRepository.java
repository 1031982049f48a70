package com.servelink.application.inmemory;

import com.servelink.application.port.out.ProcessedEventRepository;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The processed provider events, as a set of provider and event id. */
public final class InMemoryProcessedEventRepository implements ProcessedEventRepository {
    private final Set<String> processed = new HashSet<>();

    @Override
    public synchronized boolean markProcessed(String provider, String eventId, Instant now) {
        return processed.add(provider + "\u0000" + eventId);
    }
}
