package com.servelink.bootstrap;

import com.servelink.application.port.out.EventPublisher;
import com.servelink.domain.shared.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes domain events to the log until notifications and integrations subscribe to them. */
final class LoggingEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger("com.servelink.events");

    @Override
    public void publish(DomainEvent event) {
        LOG.info("{}", event);
    }
}
