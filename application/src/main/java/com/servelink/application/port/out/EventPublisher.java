package com.servelink.application.port.out;

import com.servelink.domain.shared.DomainEvent;

/**
 * Tells the rest of the platform what happened. Called inside the transaction of the change, so
 * that the event is stored with it (the outbox) or not at all: a rolled-back change never leaves
 * an event behind.
 */
public interface EventPublisher {
    void publish(DomainEvent event);
}
