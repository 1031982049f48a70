package com.servelink.application.inmemory;

import com.servelink.application.port.in.access.TokenHash;
import com.servelink.application.port.out.CallerMemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The reference memory: each answer, hit or miss, kept {@code maxAge} by the clock; no refresh ahead. */
public final class InMemoryCallerMemory implements CallerMemory {
    private record Entry(Optional<Caller> caller, Instant until) {
    }

    private final Source source;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<TokenHash, Entry> entries = new HashMap<>();

    public InMemoryCallerMemory(Source source, Clock clock, Duration maxAge) {
        this.source = source;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public synchronized Optional<Caller> recall(TokenHash token) {
        Instant now = clock.instant();
        Entry entry = entries.get(token);
        if (entry == null || !now.isBefore(entry.until())) {
            entry = new Entry(source.resolve(token), now.plus(maxAge));
            entries.put(token, entry);
        }
        return entry.caller();
    }

    @Override
    public synchronized void forget(TokenHash token) {
        entries.remove(token);
    }
}
