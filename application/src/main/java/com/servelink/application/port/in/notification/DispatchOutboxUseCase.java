package com.servelink.application.port.in.notification;

/** Works off the outbox once: fans out new events, then attempts the deliveries that are due. */
public interface DispatchOutboxUseCase {
    /** One round; returns how many events and deliveries it handled (0: nothing was due). */
    int dispatch();
}
