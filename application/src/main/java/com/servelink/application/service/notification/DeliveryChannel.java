package com.servelink.application.service.notification;

import com.servelink.application.port.out.OutboxEvent;

import java.util.List;

/**
 * One way an event leaves the platform (e-mail, webhooks). The dispatcher asks each channel once
 * per event who should receive it, stores one delivery per target, then calls {@link #deliver}
 * until it succeeds, the channel drops it, or its retry window ends.
 */
public interface DeliveryChannel {
    /** Stored with each delivery: {@code email}, {@code webhook}. */
    String name();

    /**
     * The targets of this event on this channel (a user id, an endpoint id), decided when the
     * event is fanned out; empty when no one here wants it.
     */
    List<String> targets(OutboxEvent event);

    /** One attempt to deliver; never throws for a failure of the receiver. */
    DeliveryResult deliver(OutboxEvent event, String target, int attempt);

    /** The dispatcher gave up on this delivery after its retry window. */
    default void gaveUp(OutboxEvent event, String target, String lastError) {
    }
}
