package com.servelink.domain.shared;

import java.time.Instant;

/** Something that happened in the business, published after the change that caused it is stored. */
public interface DomainEvent {
    Instant occurredAt();
}
