package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.support.TicketId;

/** One ticket with its messages: public ones for members, internal ones too for staff. */
public interface GetTicketUseCase {

    record GetTicketQuery(Actor actor, TicketScope scope, TicketId ticketId) {
    }

    TicketView get(GetTicketQuery query);
}
