package com.servelink.application.service.support;

import com.servelink.application.port.in.support.GetTicketStatisticsUseCase;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.support.TicketStatistics;

import java.util.Optional;

/** Ticket statistics, computed by the repository's aggregates: a team's for members, all for staff. */
public final class GetTicketStatisticsService implements GetTicketStatisticsUseCase {
    private final TeamAccess access;
    private final TicketRepository tickets;

    public GetTicketStatisticsService(TeamAccess access, TicketRepository tickets) {
        this.access = access;
        this.tickets = tickets;
    }

    @Override
    public TicketStatistics statistics(GetTicketStatisticsQuery query) {
        if (query.scope().team().isPresent()) {
            var team = access.requireMember(query.actor(), query.scope().team().get()).team();
            return tickets.statistics(Optional.of(team.id()), query.period());
        }
        TeamAccess.requireStaff(query.actor());
        return tickets.statistics(Optional.empty(), query.period());
    }
}
