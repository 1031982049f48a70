package com.servelink.application.scenario;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.in.support.UpdateTicketUseCase.UpdateTicketCommand;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.support.AuthorType;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Pro team's ticket through every automatic status change of the seed's §7 flow, to closed:
 * the status follows who writes.
 */
class TicketLifecycleScenarioTest {
    private final TestCore core = new TestCore();
    private final TicketScope team = TicketScope.ofTeam(ACME);
    private final TicketScope desk = TicketScope.staff();
    private TicketId ticket;

    @Test
    void a_ticket_from_creation_to_closed() {
        // 1–4. A member of a Pro team opens a ticket: high priority, open, description as first message.
        TicketView created = core.createTicket.create(CreateTicketCommand.of(core.member, ACME,
                "Problème de déploiement", "Mon application ne démarre pas...", "technical", null));
        ticket = created.ticket().id();
        assertThat(created.ticket().priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(status()).isEqualTo(TicketStatus.OPEN);

        // The member adds details before anyone answers: still open, still support's turn.
        later(10);
        write(core.member, team, "J'ai aussi ce message d'erreur : exit 137");
        assertThat(status()).isEqualTo(TicketStatus.OPEN);

        // 5–7. Support answers: in progress, first response recorded in time.
        later(30);
        write(core.staff, desk, "Votre conteneur manque de mémoire.");
        assertThat(status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(staffView().ticket().firstRespondedAt()).contains(START.plus(Duration.ofMinutes(40)));
        assertThat(staffView().firstResponseOverdue()).isFalse();

        // An internal note does not move the status.
        note("Proposer l'add-on RAM");
        assertThat(status()).isEqualTo(TicketStatus.IN_PROGRESS);

        // 8–9. The member answers: waiting for support.
        later(60);
        write(core.member, team, "Comment ajouter de la mémoire ?");
        assertThat(status()).isEqualTo(TicketStatus.WAITING);

        // Support answers again, then 10–11 resolves it.
        later(15);
        write(core.staff, desk, "Achetez une unité de RAM dans les paramètres.");
        assertThat(status()).isEqualTo(TicketStatus.IN_PROGRESS);
        change(core.staff, desk, TicketStatus.RESOLVED);
        assertThat(status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(staffView().ticket().resolvedAt()).isPresent();

        // The member writes on the resolved ticket: it reopens, waiting, resolved_at cleared.
        later(5);
        write(core.member, team, "Ça ne marche toujours pas.");
        assertThat(status()).isEqualTo(TicketStatus.WAITING);
        assertThat(staffView().ticket().resolvedAt()).isEmpty();

        // Support fixes it and resolves again; 12. the member closes it.
        write(core.staff, desk, "Redémarrez après l'achat.");
        change(core.staff, desk, TicketStatus.RESOLVED);
        later(5);
        change(core.member, team, TicketStatus.CLOSED);
        TicketView closed = staffView();
        assertThat(closed.ticket().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.ticket().closedAt()).contains(START.plus(Duration.ofMinutes(125)));
        assertThat(closed.ticket().resolvedAt()).isPresent();

        // The member saw every public message, never the note.
        TicketView memberView = core.getTicket.get(new GetTicketQuery(core.member, team, ticket));
        assertThat(memberView.messages()).extracting(Message::authorType).containsExactly(AuthorType.USER,
                AuthorType.USER, AuthorType.SUPPORT, AuthorType.USER, AuthorType.SUPPORT, AuthorType.USER,
                AuthorType.SUPPORT);
        assertThat(staffView().messages()).hasSize(8);
    }

    private void later(int minutes) {
        core.clock.advance(Duration.ofMinutes(minutes));
    }

    private void write(Actor actor, TicketScope scope, String text) {
        core.postMessage.post(new PostMessageCommand(actor, scope, ticket, text, false));
    }

    private void note(String text) {
        core.postMessage.post(new PostMessageCommand(core.staff, desk, ticket, text, true));
    }

    private void change(Actor actor, TicketScope scope, TicketStatus status) {
        core.updateTicket.update(new UpdateTicketCommand(actor, scope, ticket, Optional.of(status), Optional.empty(),
                Optional.empty()));
    }

    private TicketView staffView() {
        return core.getTicket.get(new GetTicketQuery(core.staff, desk, ticket));
    }

    private TicketStatus status() {
        return staffView().ticket().status();
    }
}
