package com.servelink.application.port.out;

import com.servelink.domain.shared.DomainEvent;

/** Tells the rest of the platform what happened; called only after the change is committed. */
public interface EventPublisher {
    void publish(DomainEvent event);
}
