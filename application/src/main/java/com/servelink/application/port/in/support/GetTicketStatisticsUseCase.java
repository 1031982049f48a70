package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.support.TicketStatistics;

/** Ticket figures of one team (members) or of all teams (staff, with the staff scope). */
public interface GetTicketStatisticsUseCase {

    record GetTicketStatisticsQuery(Actor actor, TicketScope scope) {
    }

    TicketStatistics statistics(GetTicketStatisticsQuery query);
}
