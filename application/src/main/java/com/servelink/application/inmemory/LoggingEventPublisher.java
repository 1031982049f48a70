package com.servelink.application.inmemory;

import com.servelink.application.port.out.EventPublisher;
import com.servelink.domain.shared.DomainEvent;

/**
 * Publishes domain events to the platform log (the JDK's {@link System.Logger}, at debug level)
 * until notifications and integrations subscribe to them.
 */
public final class LoggingEventPublisher implements EventPublisher {
    private static final System.Logger LOG = System.getLogger("com.servelink.events");

    @Override
    public void publish(DomainEvent event) {
        LOG.log(System.Logger.Level.DEBUG, "{0}", event);
    }
}
