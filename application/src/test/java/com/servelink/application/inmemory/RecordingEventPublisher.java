package com.servelink.application.inmemory;

import com.servelink.application.port.out.EventPublisher;
import com.servelink.domain.shared.DomainEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every published event in memory, in order: for tests and for embedders who poll. */
public final class RecordingEventPublisher implements EventPublisher {
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        events.add(event);
    }

    public List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
