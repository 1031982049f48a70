package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * Changes a ticket's status, priority or assignee. Members may only resolve or close their
 * team's tickets; staff may do everything the state machine allows.
 */
public interface UpdateTicketUseCase {

    /**
     * What to change; absent fields stay as they are. {@code assignee} is present when the
     * request names one, and then holds the new e-mail or empty to unassign.
     */
    record UpdateTicketCommand(Actor actor, TicketScope scope, TicketId ticketId, Optional<TicketStatus> status,
                               Optional<TicketPriority> priority, Optional<Optional<String>> assignee) {
        public UpdateTicketCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(assignee, "assignee");
            if (status.isEmpty() && priority.isEmpty() && assignee.isEmpty()) {
                throw DomainException.invalidField("status", "name at least one of status, priority, assigned_to");
            }
        }
    }

    TicketView update(UpdateTicketCommand command);
}
