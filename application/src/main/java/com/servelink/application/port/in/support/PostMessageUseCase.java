package com.servelink.application.port.in.support;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.TicketId;

import java.util.Objects;

/**
 * Someone writes on a ticket: a member replies, staff reply publicly or write an internal note.
 * The status follows who writes (SPEC §5).
 */
public interface PostMessageUseCase {

    record PostMessageCommand(Actor actor, TicketScope scope, TicketId ticketId, String text, boolean internal) {
        public PostMessageCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(ticketId, "ticketId");
            new FieldChecks().text(text, "message", 1, Message.MAX_LENGTH).throwIfAny();
        }
    }

    Message post(PostMessageCommand command);
}
