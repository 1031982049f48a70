package com.servelink.application.support;

import com.servelink.domain.support.SlaPolicy;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.GetStaffQueueUseCase.GetStaffQueueQuery;
import com.servelink.application.port.in.support.GetTicketStatisticsUseCase.GetTicketStatisticsQuery;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.ListTicketsUseCase.ListTicketsQuery;
import com.servelink.application.port.in.support.ListTicketsUseCase.TicketPage;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.in.support.UpdateTicketUseCase.UpdateTicketCommand;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.support.PostMessageService;
import com.servelink.application.service.support.UpdateTicketService;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.AuthorType;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.TeamSlug;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.Refusals.refusedFields;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.RIVAL;
import static com.servelink.application.testing.TestCore.START;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class SupportDeskTest {
    private final TestCore core = new TestCore();

    private TicketView open(Actor actor, TeamSlug team, String subject, String priority) {
        return core.createTicket.create(CreateTicketCommand.of(actor, team, subject, "Mon application ne démarre pas...",
                null, priority));
    }

    private TicketId openAcme(String subject) {
        return open(core.member, ACME, subject, null).ticket().id();
    }

    private Message post(Actor actor, TicketScope scope, TicketId ticket, String text, boolean internal) {
        return core.postMessage.post(new PostMessageCommand(actor, scope, ticket, text, internal));
    }

    private TicketView asMember(TicketId ticket) {
        return core.getTicket.get(new GetTicketQuery(core.member, TicketScope.ofTeam(ACME), ticket));
    }

    private TicketView asStaff(TicketId ticket) {
        return core.getTicket.get(new GetTicketQuery(core.staff, TicketScope.staff(), ticket));
    }

    private TicketPage search(String text) {
        return core.listTickets.list(new ListTicketsQuery(core.member, ACME, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(text), 50, Optional.empty()));
    }

    @Nested
    class Creating {
        @Test
        void a_pro_team_ticket_is_at_least_high_and_keeps_urgent() {
            assertThat(open(core.member, ACME, "Sans priorité", null).ticket().priority()).isEqualTo(TicketPriority.HIGH);
            assertThat(open(core.member, ACME, "Basse", "low").ticket().priority()).isEqualTo(TicketPriority.HIGH);
            assertThat(open(core.member, ACME, "Urgent", "urgent").ticket().priority()).isEqualTo(TicketPriority.URGENT);
        }

        @Test
        void a_free_team_gets_what_it_asks_up_to_normal() {
            assertThat(open(core.freeOwner, TINY, "Bas", "low").ticket().priority()).isEqualTo(TicketPriority.LOW);
            assertThat(open(core.freeOwner, TINY, "Urgent", "urgent").ticket().priority())
                    .isEqualTo(TicketPriority.NORMAL);
            assertThat(open(core.freeOwner, TINY, "Rien", null).ticket().priority()).isEqualTo(TicketPriority.NORMAL);
        }

        @Test
        void the_description_is_the_first_message_and_the_ticket_starts_open() {
            TicketView created = open(core.member, ACME, "Problème de déploiement", null);
            assertThat(created.ticket().status()).isEqualTo(TicketStatus.OPEN);
            assertThat(created.firstResponseDueAt()).isEqualTo(START.plus(Duration.ofHours(4)));
            assertThat(asMember(created.ticket().id()).messages()).singleElement().satisfies(m -> {
                assertThat(m.authorType()).isEqualTo(AuthorType.USER);
                assertThat(m.text()).isEqualTo("Mon application ne démarre pas...");
            });
        }

        @Test
        void bad_fields_are_all_named_and_lengths_count_code_points() {
            refusedFields(() -> CreateTicketCommand.of(core.member, ACME, "", null, "hardware", "critical"),
                    "subject", "description", "category", "priority");
            String twoHundredEmoji = "😀".repeat(200);
            assertThat(CreateTicketCommand.of(core.member, ACME, twoHundredEmoji, "d", null, null).subject())
                    .isEqualTo(twoHundredEmoji);
            refusedFields(() -> CreateTicketCommand.of(core.member, ACME, twoHundredEmoji + "x", "d", null, null),
                    "subject");
        }

        @Test
        void outsiders_cannot_open_tickets_for_a_team() {
            refused(() -> open(core.rivalOwner, ACME, "Intrus", null), ErrorCode.NOT_FOUND);
            refused(() -> open(core.staff, ACME, "Staff", null), ErrorCode.NOT_FOUND);
            assertThat(core.statistics.statistics(new GetTicketStatisticsQuery(core.staff, TicketScope.staff()))
                    .total()).isZero();
        }
    }

    @Nested
    class Internal_notes {
        @Test
        void are_never_shown_to_members_nor_found_by_their_search() {
            TicketId ticket = openAcme("Base de données lente");
            post(core.staff, TicketScope.staff(), ticket, "Client difficile, voir facture 42", true);

            assertThat(asMember(ticket).messages()).noneMatch(Message::internal)
                    .extracting(Message::text).doesNotContain("Client difficile, voir facture 42");
            assertThat(asStaff(ticket).messages()).anyMatch(Message::internal);
            assertThat(search("facture 42").tickets()).isEmpty();
            assertThat(asMember(ticket).ticket().status()).isEqualTo(TicketStatus.OPEN);
        }

        @Test
        void a_member_asking_for_one_is_forbidden_and_nothing_is_written() {
            TicketId ticket = openAcme("Question");
            TicketRepository tickets = mock(TicketRepository.class);
            Transactions transactions = mock(Transactions.class);
            IdSource ids = mock(IdSource.class);
            EventPublisher events = mock(EventPublisher.class);
            var service = new PostMessageService(core.access, tickets, transactions, ids, core.clock, events,
                    SlaPolicy.DEFAULT);

            refused(() -> service.post(new PostMessageCommand(core.member, TicketScope.ofTeam(ACME), ticket, "x", true)),
                    ErrorCode.FORBIDDEN);
            verifyNoInteractions(tickets, transactions, ids, events);
        }
    }

    @Nested
    class Changing {
        @Test
        void members_may_only_resolve_or_close_and_refusals_write_nothing() {
            TicketId ticket = openAcme("Statut");
            TicketRepository tickets = mock(TicketRepository.class);
            Transactions transactions = mock(Transactions.class);
            EventPublisher events = mock(EventPublisher.class);
            var service = new UpdateTicketService(core.access, tickets, transactions, core.clock, events,
                    SlaPolicy.DEFAULT);
            var scope = TicketScope.ofTeam(ACME);

            refused(() -> service.update(new UpdateTicketCommand(core.member, scope, ticket,
                    Optional.of(TicketStatus.IN_PROGRESS), Optional.empty(), Optional.empty())), ErrorCode.FORBIDDEN);
            refused(() -> service.update(new UpdateTicketCommand(core.member, scope, ticket,
                    Optional.empty(), Optional.of(TicketPriority.URGENT), Optional.empty())), ErrorCode.FORBIDDEN);
            refused(() -> service.update(new UpdateTicketCommand(core.member, scope, ticket,
                    Optional.empty(), Optional.empty(), Optional.of(Optional.of("me@example.com")))), ErrorCode.FORBIDDEN);
            verifyNoInteractions(tickets, transactions, events);
        }

        @Test
        void a_member_resolves_and_staff_reprioritise_and_assign() {
            TicketId ticket = openAcme("Résolu");
            core.clock.advance(Duration.ofHours(2));
            var resolved = core.updateTicket.update(new UpdateTicketCommand(core.member, TicketScope.ofTeam(ACME), ticket,
                    Optional.of(TicketStatus.RESOLVED), Optional.empty(), Optional.empty()));
            assertThat(resolved.ticket().resolvedAt()).contains(START.plus(Duration.ofHours(2)));

            var changed = core.updateTicket.update(new UpdateTicketCommand(core.staff, TicketScope.staff(), ticket,
                    Optional.of(TicketStatus.IN_PROGRESS), Optional.of(TicketPriority.LOW),
                    Optional.of(Optional.of("support@servelink.com"))));
            assertThat(changed.ticket().status()).isEqualTo(TicketStatus.IN_PROGRESS);
            assertThat(changed.ticket().resolvedAt()).isEmpty();
            assertThat(changed.ticket().priority()).isEqualTo(TicketPriority.LOW);
            assertThat(changed.ticket().assignedTo()).contains("support@servelink.com");
            assertThat(changed.firstResponseDueAt()).isEqualTo(START.plus(Duration.ofHours(48)));
        }

        @Test
        void a_closed_ticket_refuses_replies_naming_its_status() {
            TicketId ticket = openAcme("Fermé");
            core.updateTicket.update(new UpdateTicketCommand(core.member, TicketScope.ofTeam(ACME), ticket,
                    Optional.of(TicketStatus.CLOSED), Optional.empty(), Optional.empty()));
            var refusal = refused(() -> post(core.member, TicketScope.ofTeam(ACME), ticket, "encore", false),
                    ErrorCode.INVALID_TRANSITION);
            assertThat(refusal.getMessage()).contains("closed");
            refused(() -> post(core.staff, TicketScope.staff(), ticket, "encore", false), ErrorCode.INVALID_TRANSITION);
            assertThat(asStaff(ticket).messages()).hasSize(1);
        }

        @Test
        void another_team_s_ticket_is_not_found_and_staff_routes_are_for_staff() {
            TicketId ticket = openAcme("Privé");
            refused(() -> core.getTicket.get(new GetTicketQuery(core.rivalOwner, TicketScope.ofTeam(RIVAL), ticket)),
                    ErrorCode.NOT_FOUND);
            refused(() -> core.getTicket.get(new GetTicketQuery(core.member, TicketScope.staff(), ticket)),
                    ErrorCode.FORBIDDEN);
            refused(() -> post(core.rivalOwner, TicketScope.ofTeam(RIVAL), ticket, "hi", false), ErrorCode.NOT_FOUND);
        }
    }

    @Nested
    class Listing_and_searching {
        @Test
        void search_ignores_case_and_accents_and_treats_wildcards_literally() {
            openAcme("Problème de DÉPLOIEMENT");
            openAcme("Facturation 100%");
            openAcme("Facturation 1000");

            assertThat(search("deploiement").tickets()).extracting(v -> v.ticket().subject())
                    .containsExactly("Problème de DÉPLOIEMENT");
            assertThat(search("100%").tickets()).extracting(v -> v.ticket().subject())
                    .containsExactly("Facturation 100%");
            assertThat(search("_").tickets()).isEmpty();
        }

        @Test
        void search_finds_public_replies() {
            TicketId ticket = openAcme("Lenteur");
            post(core.staff, TicketScope.staff(), ticket, "Avez-vous essayé de redémarrer le conteneur ?", false);
            assertThat(search("REDEMARRER").tickets()).hasSize(1);
        }

        @Test
        void pages_follow_each_other_newest_first_without_gaps_or_repeats() {
            List<TicketId> created = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                created.add(openAcme("Ticket " + i));
                core.clock.advance(Duration.ofMinutes(i % 2)); // some share a creation instant
            }
            List<TicketId> seen = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            do {
                TicketPage page = core.listTickets.list(new ListTicketsQuery(core.member, ACME, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), 3, cursor));
                page.tickets().forEach(v -> seen.add(v.ticket().id()));
                cursor = page.nextCursor();
            } while (cursor.isPresent());
            assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
            assertThat(seen.get(0)).isEqualTo(created.get(6));
        }

        @Test
        void limits_and_cursors_are_checked() {
            refusedFields(() -> new ListTicketsQuery(core.member, ACME, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), 101, Optional.empty()), "limit");
            refusedFields(() -> core.listTickets.list(new ListTicketsQuery(core.member, ACME, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), 10, Optional.of("../../etc/passwd"))),
                    "cursor");
        }
    }

    @Nested
    class Queue_and_statistics {
        @Test
        void the_queue_puts_urgent_first_then_earliest_due_and_flags_overdue() {
            TicketId high1 = openAcme("Haute 1");
            core.clock.advance(Duration.ofMinutes(10));
            TicketId urgent = open(core.rivalOwner, RIVAL, "Urgent", "urgent").ticket().id();
            core.clock.advance(Duration.ofMinutes(10));
            TicketId high2 = openAcme("Haute 2");
            open(core.freeOwner, TINY, "Normal", null);
            core.clock.advance(Duration.ofHours(4).plusMinutes(1));

            var queue = core.staffQueue.queue(GetStaffQueueQuery.of(core.staff)).items();
            assertThat(queue).extracting(v -> v.ticket().id()).containsExactly(urgent, high1, high2);
            assertThat(queue).allMatch(TicketView::firstResponseOverdue);

            var wide = core.staffQueue.queue(new GetStaffQueueQuery(core.staff, TicketPriority.LOW, 100)).items();
            assertThat(wide).hasSize(4);
            refused(() -> core.staffQueue.queue(GetStaffQueueQuery.of(core.member)), ErrorCode.FORBIDDEN);
        }

        @Test
        void statistics_count_by_status_and_open_priority_and_average_resolution() {
            TicketId a = openAcme("A");
            TicketId b = openAcme("B");
            openAcme("C");
            open(core.rivalOwner, RIVAL, "Other team", null);
            core.clock.advance(Duration.ofHours(3));
            post(core.staff, TicketScope.staff(), a, "On regarde", false);
            core.updateTicket.update(new UpdateTicketCommand(core.member, TicketScope.ofTeam(ACME), b,
                    Optional.of(TicketStatus.RESOLVED), Optional.empty(), Optional.empty()));

            var stats = core.statistics.statistics(new GetTicketStatisticsQuery(core.member, TicketScope.ofTeam(ACME)));
            assertThat(stats.total()).isEqualTo(3);
            assertThat(stats.open()).isEqualTo(2);
            assertThat(stats.closed()).isEqualTo(1);
            assertThat(stats.byStatus()).containsOnlyKeys(TicketStatus.OPEN, TicketStatus.IN_PROGRESS,
                    TicketStatus.RESOLVED);
            assertThat(stats.byPriority()).containsExactly(org.assertj.core.api.Assertions.entry(TicketPriority.HIGH, 2L));
            assertThat(stats.avgResolutionHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("3.00"));

            var all = core.statistics.statistics(new GetTicketStatisticsQuery(core.staff, TicketScope.staff()));
            assertThat(all.total()).isEqualTo(4);
            refused(() -> core.statistics.statistics(new GetTicketStatisticsQuery(core.member, TicketScope.staff())),
                    ErrorCode.FORBIDDEN);
        }
    }
}
