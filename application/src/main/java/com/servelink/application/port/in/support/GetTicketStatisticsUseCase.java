package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.TicketStatistics;

import java.util.Objects;

/**
 * Ticket figures of one team (members) or of all teams (staff, with the staff scope), over the
 * tickets created in a period (all time by default).
 */
public interface GetTicketStatisticsUseCase {

    record GetTicketStatisticsQuery(Actor actor, TicketScope scope, StatisticsPeriod period) {
        public GetTicketStatisticsQuery {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(period, "period");
        }

        /** Over all time. */
        public GetTicketStatisticsQuery(Actor actor, TicketScope scope) {
            this(actor, scope, StatisticsPeriod.ALL_TIME);
        }
    }

    TicketStatistics statistics(GetTicketStatisticsQuery query);
}
