package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.team.TeamSlug;

import java.util.Objects;
import java.util.Optional;

/** A team member asks support for help; the plan decides the lowest priority. */
public interface CreateTicketUseCase {

    record CreateTicketCommand(Actor actor, TeamSlug team, String subject, String description,
                               TicketCategory category, Optional<TicketPriority> requestedPriority) {
        public CreateTicketCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(requestedPriority, "requestedPriority");
            new FieldChecks()
                    .text(subject, "subject", 1, Ticket.SUBJECT_MAX)
                    .text(description, "description", 1, Ticket.DESCRIPTION_MAX)
                    .throwIfAny();
        }

        /** From raw input; every bad field is named at once. A missing category is {@code technical}. */
        public static CreateTicketCommand of(Actor actor, TeamSlug team, String subject, String description,
                                             String category, String priority) {
            FieldChecks checks = new FieldChecks()
                    .text(subject, "subject", 1, Ticket.SUBJECT_MAX)
                    .text(description, "description", 1, Ticket.DESCRIPTION_MAX);
            TicketCategory parsedCategory = TicketCategory.DEFAULT;
            TicketPriority parsedPriority = null;
            try {
                parsedCategory = category == null ? TicketCategory.DEFAULT : TicketCategory.fromCode(category, "category");
            } catch (DomainException e) {
                e.fieldErrors().forEach(checks::add);
            }
            try {
                parsedPriority = priority == null ? null : TicketPriority.fromCode(priority, "priority");
            } catch (DomainException e) {
                e.fieldErrors().forEach(checks::add);
            }
            checks.throwIfAny();
            return new CreateTicketCommand(actor, team, subject, description, parsedCategory,
                    Optional.ofNullable(parsedPriority));
        }
    }

    TicketView create(CreateTicketCommand command);
}
