package com.servelink.application.service.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketId;

/**
 * Finds a ticket for a caller through the door it used: a member through its team's routes
 * (a ticket of another team is "not found"), staff through the staff routes.
 */
final class TicketAccess {
    private final TeamAccess teams;
    private final TicketRepository tickets;

    TicketAccess(TeamAccess teams, TicketRepository tickets) {
        this.teams = teams;
        this.tickets = tickets;
    }

    /** A ticket reached by a caller; {@code staff} tells whether the caller is support staff. */
    record Reached(Ticket ticket, boolean staff) {
    }

    /** Checks the caller may reach tickets through {@code scope}, without loading any. */
    boolean authorise(Actor actor, TicketScope scope) {
        if (scope.team().isPresent()) {
            teams.requireMember(actor, scope.team().get());
            return false;
        }
        TeamAccess.requireStaff(actor);
        return true;
    }

    Reached reach(Actor actor, TicketScope scope, TicketId id) {
        if (scope.team().isPresent()) {
            var team = teams.requireMember(actor, scope.team().get()).team();
            Ticket ticket = tickets.findById(id).filter(t -> t.teamId().equals(team.id()))
                    .orElseThrow(() -> DomainException.notFound("ticket " + id));
            return new Reached(ticket, false);
        }
        TeamAccess.requireStaff(actor);
        return new Reached(tickets.findById(id).orElseThrow(() -> DomainException.notFound("ticket " + id)), true);
    }
}
