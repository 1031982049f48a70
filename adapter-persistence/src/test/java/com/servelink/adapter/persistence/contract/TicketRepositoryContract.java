package com.servelink.adapter.persistence.contract;

import com.servelink.application.port.out.TicketRepository;
import com.servelink.application.port.out.TicketCursor;
import com.servelink.application.port.out.TicketRepository.ExportedTicket;
import com.servelink.application.port.out.TicketRepository.TicketFilter;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.kb.faq.SolvedTicket;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatistics;
import com.servelink.domain.support.DurationFigures;
import com.servelink.domain.support.ServiceFigures;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.application.port.out.TicketRepository.BucketCounts;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The contract of the ticket repository: storage, lists, search, queue and statistics. */
abstract class TicketRepositoryContract extends ContractBase {
    private static final UserId USER = new UserId(42);
    private static final UserId STAFF = new UserId(7);

    private Ticket open(Team team, String subject, TicketPriority priority, boolean pro, Instant at) {
        Ticket ticket = Ticket.open(TicketId.fromOpaque(unique()), team.id(), USER, subject, "Description de " + subject,
                TicketCategory.TECHNICAL, priority, pro, at);
        Message first = ticket.descriptionMessage(MessageId.fromOpaque(unique()));
        fixture.transactions().run(() -> {
            fixture.tickets().save(ticket);
            fixture.tickets().addMessage(first);
        });
        return fixture.tickets().findById(ticket.id()).orElseThrow();
    }

    private Ticket change(TicketId id, java.util.function.BiFunction<Ticket, MessageId, Optional<Message>> action) {
        return fixture.transactions().inTransaction(() -> {
            Ticket ticket = fixture.tickets().findById(id).orElseThrow();
            Optional<Message> message = action.apply(ticket, MessageId.fromOpaque(unique()));
            fixture.tickets().save(ticket);
            message.ifPresent(fixture.tickets()::addMessage);
            return ticket;
        });
    }

    private List<Ticket> page(TicketFilter filter) {
        return fixture.tickets().findPage(filter, Optional.empty(), 100);
    }

    private TicketFilter search(Team team, String text) {
        return new TicketFilter(team.id(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text));
    }

    @Test
    void a_ticket_comes_back_with_every_field() {
        Team team = newTeam(PlanId.PRO);
        Ticket opened = open(team, "Problème de déploiement", null, true, T0);
        change(opened.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "On regarde", T0.plusSeconds(60))));
        change(opened.id(), (t, id) -> {
            t.assignTo("support@servelink.com", T0.plusSeconds(61));
            t.resolve(T0.plusSeconds(62));
            return Optional.empty();
        });

        Ticket ticket = fixture.tickets().findById(opened.id()).orElseThrow();
        assertThat(ticket.teamId()).isEqualTo(team.id());
        assertThat(ticket.userId()).isEqualTo(USER);
        assertThat(ticket.subject()).isEqualTo("Problème de déploiement");
        assertThat(ticket.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(ticket.category()).isEqualTo(TicketCategory.TECHNICAL);
        assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(ticket.assignedTo()).contains("support@servelink.com");
        assertThat(ticket.createdAt()).isEqualTo(T0);
        assertThat(ticket.updatedAt()).isEqualTo(T0.plusSeconds(62));
        assertThat(ticket.resolvedAt()).contains(T0.plusSeconds(62));
        assertThat(ticket.firstRespondedAt()).contains(T0.plusSeconds(60));
        assertThat(ticket.closedAt()).isEmpty();
    }

    private List<ExportedTicket> exported(TicketFilter filter) {
        List<ExportedTicket> rows = new ArrayList<>();
        long count = fixture.tickets().streamTickets(filter, rows::add);
        assertThat(count).as("the count returned").isEqualTo(rows.size());
        return rows;
    }

    @Test
    void the_export_streams_every_ticket_the_list_would_show_in_its_order_with_every_field() {
        Team team = newTeam(PlanId.PRO);
        Ticket deploy = open(team, "Problème de DÉPLOIEMENT", TicketPriority.URGENT, true, T0);
        Ticket billing = open(team, "=HYPERLINK(\"x\") facture", TicketPriority.LOW, false, T0.plusSeconds(1));
        Ticket same = open(team, "même instant", null, true, T0.plusSeconds(1));
        change(deploy.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "On regarde", T0.plusSeconds(60))));
        change(deploy.id(), (t, id) -> {
            t.assignTo("support@servelink.com", T0.plusSeconds(61));
            t.resolve(T0.plusSeconds(62));
            return Optional.empty();
        });
        change(billing.id(), (t, id) -> Optional.of(t.addInternalNote(id, STAFF, "secret interne", T0.plusSeconds(5))));
        open(newTeam(PlanId.PRO), "Problème d'une autre équipe", null, true, T0);

        // all of the team's tickets, newest first (ties by id, descending), as the list pages them
        TicketFilter all = TicketFilter.allOf(team.id());
        assertThat(exported(all)).extracting(ExportedTicket::id)
                .containsExactlyElementsOf(page(all).stream().map(Ticket::id).toList())
                .hasSize(3);
        ExportedTicket row = exported(all).stream().filter(r -> r.id().equals(deploy.id())).findFirst().orElseThrow();
        Ticket stored = fixture.tickets().findById(deploy.id()).orElseThrow();
        assertThat(row).isEqualTo(ExportedTicket.of(stored));
        assertThat(row.subject()).isEqualTo("Problème de DÉPLOIEMENT");
        assertThat(row.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(row.priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(row.assignedTo()).contains("support@servelink.com");
        assertThat(row.createdAt()).isEqualTo(T0);
        assertThat(row.resolvedAt()).contains(T0.plusSeconds(62));
        assertThat(row.firstRespondedAt()).contains(T0.plusSeconds(60));
        assertThat(row.closedAt()).isEmpty();

        // each of the list's filters, alone and together
        TicketFilter resolved = new TicketFilter(team.id(), Optional.of(TicketStatus.RESOLVED), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThat(exported(resolved)).extracting(ExportedTicket::id).containsExactly(deploy.id());
        TicketFilter low = new TicketFilter(team.id(), Optional.empty(), Optional.empty(),
                Optional.of(TicketPriority.LOW), Optional.empty());
        assertThat(exported(low)).extracting(ExportedTicket::id).containsExactly(billing.id());
        TicketFilter billingCategory = new TicketFilter(team.id(), Optional.empty(), Optional.of(TicketCategory.BILLING),
                Optional.empty(), Optional.empty());
        assertThat(exported(billingCategory)).isEmpty();
        assertThat(exported(search(team, "deploiement"))).extracting(ExportedTicket::id).containsExactly(deploy.id());
        assertThat(exported(search(team, "regarde"))).as("a public message matches").extracting(ExportedTicket::id)
                .containsExactly(deploy.id());
        assertThat(exported(search(team, "secret interne"))).as("an internal note does not").isEmpty();
        assertThat(exported(search(team, "100%"))).isEmpty();
        TicketFilter together = new TicketFilter(team.id(), Optional.of(TicketStatus.RESOLVED), Optional.empty(),
                Optional.of(TicketPriority.URGENT), Optional.of("probleme"));
        assertThat(exported(together)).extracting(ExportedTicket::id).containsExactly(deploy.id());
        assertThat(exported(TicketFilter.allOf(newTeam(PlanId.PRO).id()))).isEmpty();
        assertThat(same.id()).isNotEqualTo(billing.id());
    }

    @Test
    void messages_come_oldest_first_and_internal_notes_only_when_asked() {
        Team team = newTeam(PlanId.PRO);
        Ticket ticket = open(team, "Messages", null, true, T0);
        Instant same = T0.plusSeconds(30);
        change(ticket.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "public 1", same)));
        change(ticket.id(), (t, id) -> Optional.of(t.addInternalNote(id, STAFF, "note interne", same)));
        change(ticket.id(), (t, id) -> Optional.of(t.replyAsUser(id, USER, "public 2", same)));

        assertThat(fixture.tickets().messagesOf(ticket.id(), false)).extracting(Message::text)
                .containsExactly("Description de Messages", "public 1", "public 2");
        assertThat(fixture.tickets().messagesOf(ticket.id(), true)).extracting(Message::text)
                .containsExactly("Description de Messages", "public 1", "note interne", "public 2");
        assertThat(fixture.tickets().messagesOf(ticket.id(), true).get(2).internal()).isTrue();
    }

    @Test
    void search_is_case_and_accent_insensitive_and_treats_wildcards_literally() {
        Team team = newTeam(PlanId.PRO);
        Ticket deploy = open(team, "Problème de DÉPLOIEMENT", null, true, T0);
        Ticket percent = open(team, "Remise de 100% refusée", null, true, T0.plusSeconds(1));
        open(team, "Remise de 1000 euros", null, true, T0.plusSeconds(2));
        Ticket underscore = open(team, "variable MY_VAR absente", null, true, T0.plusSeconds(3));

        assertThat(page(search(team, "deploiement"))).extracting(Ticket::id).containsExactly(deploy.id());
        assertThat(page(search(team, "PROBLEME"))).extracting(Ticket::id).containsExactly(deploy.id());
        assertThat(page(search(team, "100%"))).extracting(Ticket::id).containsExactly(percent.id());
        assertThat(page(search(team, "y_v"))).extracting(Ticket::id).containsExactly(underscore.id());
        assertThat(page(search(team, "de_"))).isEmpty();
        assertThat(page(search(team, "\\"))).isEmpty();
        assertThat(page(search(newTeam(PlanId.PRO), "deploiement"))).isEmpty();
    }

    @Test
    void search_finds_public_messages_but_never_internal_notes() {
        Team team = newTeam(PlanId.PRO);
        Ticket ticket = open(team, "Lenteur", null, true, T0);
        change(ticket.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "Redémarrez le conteneur", T0)));
        change(ticket.id(), (t, id) -> Optional.of(t.addInternalNote(id, STAFF, "client VIP secret", T0)));

        assertThat(page(search(team, "redemarrez"))).extracting(Ticket::id).containsExactly(ticket.id());
        assertThat(page(search(team, "vip secret"))).isEmpty();
    }

    @Test
    void filters_combine_and_pages_follow_each_other_without_gaps() {
        Team team = newTeam(PlanId.FREE);
        List<TicketId> created = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // three tickets share each instant, so the cursor must break ties by id
            created.add(open(team, "Ticket " + i, i % 3 == 0 ? TicketPriority.LOW : null, false,
                    T0.plusSeconds(i / 3)).id());
        }
        change(created.get(4), (t, id) -> {
            t.close(T0.plusSeconds(100));
            return Optional.empty();
        });

        List<TicketId> seen = new ArrayList<>();
        Optional<TicketCursor> cursor = Optional.empty();
        for (int guard = 0; guard < 10; guard++) {
            List<Ticket> page = fixture.tickets().findPage(TicketFilter.allOf(team.id()), cursor, 4);
            page.forEach(t -> seen.add(t.id()));
            if (page.size() < 4) {
                break;
            }
            Ticket last = page.get(page.size() - 1);
            cursor = Optional.of(new TicketCursor(last.createdAt(), last.id()));
        }
        assertThat(seen).hasSize(9).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen.subList(0, 3)).containsExactlyInAnyOrderElementsOf(created.subList(6, 9));

        var lowAndOpen = new TicketFilter(team.id(), Optional.of(TicketStatus.OPEN), Optional.of(TicketCategory.TECHNICAL),
                Optional.of(TicketPriority.LOW), Optional.empty());
        assertThat(page(lowAndOpen)).extracting(Ticket::id)
                .containsExactlyInAnyOrder(created.get(0), created.get(3), created.get(6));
        var closed = new TicketFilter(team.id(), Optional.of(TicketStatus.CLOSED), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(page(closed)).extracting(Ticket::id).containsExactly(created.get(4));
    }

    @Test
    void the_queue_orders_by_priority_then_due_time_and_skips_done_tickets() {
        Team team = newTeam(PlanId.PRO);
        Instant base = T0.minus(Duration.ofDays(3650)); // older than other tests' tickets: first in the queue
        Ticket high = open(team, "high", null, true, base);
        Ticket urgentLater = open(team, "urgent later", TicketPriority.URGENT, true, base.plusSeconds(600));
        Ticket urgent = open(team, "urgent", TicketPriority.URGENT, true, base.plusSeconds(300));
        Ticket resolved = open(team, "resolved", TicketPriority.URGENT, true, base.plusSeconds(1));
        change(resolved.id(), (t, id) -> {
            t.resolve(base.plusSeconds(2));
            return Optional.empty();
        });
        Team free = newTeam(PlanId.FREE);
        Ticket normal = open(free, "normal", TicketPriority.NORMAL, false, base);

        Set<TicketId> mine = Set.of(high.id(), urgentLater.id(), urgent.id(), resolved.id(), normal.id());
        List<TicketId> queue = fixture.tickets().findQueue(TicketPriority.HIGH, 100).stream().map(Ticket::id)
                .filter(mine::contains).toList();
        assertThat(queue).containsExactly(urgent.id(), urgentLater.id(), high.id());
        List<TicketId> wide = fixture.tickets().findQueue(TicketPriority.LOW, 100).stream().map(Ticket::id)
                .filter(mine::contains).toList();
        assertThat(wide).containsExactly(urgent.id(), urgentLater.id(), high.id(), normal.id());
    }

    @Test
    void the_sla_clock_comes_back_as_it_was_stored() {
        Team team = newTeam(PlanId.PRO);
        Ticket opened = open(team, "horloge", TicketPriority.URGENT, true, T0);
        assertThat(opened.sla()).isEqualTo(Ticket.open(opened.id(), team.id(), USER, "horloge", "x",
                TicketCategory.TECHNICAL, TicketPriority.URGENT, true, T0).sla());
        // answered late (a breach), the customer writes back, then a warning is raised by a check
        change(opened.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "Pardon", T0.plus(Duration.ofHours(3)))));
        change(opened.id(), (t, id) -> Optional.of(t.replyAsUser(id, USER, "Encore", T0.plus(Duration.ofHours(4)))));
        Ticket checked = change(opened.id(), (t, id) -> {
            assertThat(t.checkSla(SlaPolicy.DEFAULT, T0.plus(Duration.ofMinutes(4 * 60 + 95)))).hasSize(1);
            return Optional.empty();
        });

        Ticket stored = fixture.tickets().findById(opened.id()).orElseThrow();
        assertThat(stored.sla()).isEqualTo(checked.sla());
        assertThat(stored.sla().breached()).containsExactly(SlaTarget.FIRST_RESPONSE);
        assertThat(stored.sla().warned()).containsExactly(SlaTarget.NEXT_RESPONSE);
        assertThat(stored.sla().resolutionConsumed()).isEqualTo(Duration.ofHours(3));
        assertThat(stored.nextResponseDueAt()).contains(T0.plus(Duration.ofHours(6)));

        change(opened.id(), (t, id) -> {
            t.moveTo(TicketStatus.IN_PROGRESS, T0.plus(Duration.ofHours(5)));
            return Optional.empty();
        });
        Ticket paused = fixture.tickets().findById(opened.id()).orElseThrow();
        assertThat(paused.nextResponseDueAt()).isEmpty();
        assertThat(paused.resolutionDueAt()).isEmpty();
        assertThat(paused.sla().responseConsumed()).isEqualTo(Duration.ofHours(1));
        assertThat(paused.sla().resolutionConsumed()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void the_queue_is_paged_in_its_order_without_a_gap_or_a_repeat() {
        Team team = newTeam(PlanId.PRO);
        Instant base = T0.minus(Duration.ofDays(3670));
        List<Ticket> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mine.add(open(team, "same instant " + i, i % 2 == 0 ? TicketPriority.URGENT : null, true, base));
        }
        for (int i = 0; i < 3; i++) { // paused clocks: no running SLA due time, last of their priority
            Ticket paused = open(team, "paused " + i, i == 0 ? TicketPriority.URGENT : null, true, base);
            mine.add(change(paused.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "Un instant",
                    base.plusSeconds(30)))));
        }
        mine.add(open(newTeam(PlanId.FREE), "low", TicketPriority.LOW, false, base));
        Set<TicketId> ours = mine.stream().map(Ticket::id).collect(java.util.stream.Collectors.toSet());

        List<Ticket> big = TicketRepositoryContract.<Ticket>walk(100, last -> fixture.tickets().findQueue(
                TicketPriority.LOW, last.map(TicketRepository.QueuePosition::of), 100));
        List<TicketId> small = TicketRepositoryContract.<Ticket>walk(2, last -> fixture.tickets().findQueue(
                TicketPriority.LOW, last.map(TicketRepository.QueuePosition::of), 2)).stream().map(Ticket::id).toList();
        List<TicketId> high = TicketRepositoryContract.<Ticket>walk(3, last -> fixture.tickets().findQueue(
                TicketPriority.HIGH, last.map(TicketRepository.QueuePosition::of), 3)).stream().map(Ticket::id).toList();

        assertThat(small).doesNotHaveDuplicates().containsExactlyElementsOf(big.stream().map(Ticket::id).toList())
                .containsAll(ours);
        assertThat(high).containsExactlyElementsOf(big.stream().filter(t -> t.priority().isAtLeast(TicketPriority.HIGH))
                .map(Ticket::id).toList());
        List<TicketId> ourOrder = small.stream().filter(ours::contains).toList();
        List<TicketId> paused = mine.subList(6, 9).stream().map(Ticket::id).toList();
        assertThat(ourOrder.indexOf(paused.get(0))).as("the paused urgent ticket after the running urgent ones")
                .isEqualTo(3);
        assertThat(ourOrder.subList(7, 9)).containsExactlyInAnyOrderElementsOf(paused.subList(1, 3));
        assertThat(ourOrder.get(9)).isEqualTo(mine.get(9).id());
    }

    @Test
    void the_queue_orders_by_the_earliest_running_due_time_within_a_priority() {
        Team team = newTeam(PlanId.PRO);
        Instant base = T0.minus(Duration.ofDays(3660)); // before every other test's tickets
        Ticket paused = open(team, "paused", null, true, base);
        change(paused.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "Un instant", base.plusSeconds(30))));
        Ticket later = open(team, "later", null, true, base.plusSeconds(120));
        Ticket sooner = open(team, "sooner", null, true, base.plusSeconds(60));
        Ticket urgent = open(team, "urgent", null, true, base.plusSeconds(600));
        change(urgent.id(), (t, id) -> {
            t.changePriority(TicketPriority.URGENT, base.plusSeconds(601));
            return Optional.empty();
        });

        Set<TicketId> mine = Set.of(paused.id(), later.id(), sooner.id(), urgent.id());
        List<TicketId> queue = fixture.tickets().findQueue(TicketPriority.HIGH, 100).stream().map(Ticket::id)
                .filter(mine::contains).toList();
        assertThat(queue).containsExactly(urgent.id(), sooner.id(), later.id(), paused.id());
    }

    @Test
    void the_sla_check_finds_open_tickets_whose_next_check_has_come() {
        Team team = newTeam(PlanId.PRO);
        Ticket high = open(team, "haute", null, true, T0);
        Ticket answered = open(team, "répondu", null, true, T0);
        change(answered.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "Réponse", T0.plusSeconds(10))));
        Ticket resolved = open(team, "résolu", null, true, T0);
        change(resolved.id(), (t, id) -> {
            t.resolve(T0.plusSeconds(10));
            return Optional.empty();
        });
        Set<TicketId> mine = Set.of(high.id(), answered.id(), resolved.id());
        Instant warnAt = T0.plus(Duration.ofHours(3));

        assertThat(due(warnAt.minusSeconds(1), mine)).isEmpty();
        assertThat(due(warnAt, mine)).containsExactly(high.id());

        change(high.id(), (t, id) -> {
            t.checkSla(SlaPolicy.DEFAULT, warnAt);
            return Optional.empty();
        });
        assertThat(due(warnAt.plusSeconds(60), mine)).as("the warning is raised").isEmpty();
        assertThat(due(T0.plus(Duration.ofHours(4)).plusSeconds(1), mine)).as("the breach is next").containsExactly(high.id());
    }

    private List<TicketId> due(Instant now, Set<TicketId> mine) {
        return fixture.tickets().findSlaCheckDue(now, 10_000).stream().filter(mine::contains).toList();
    }

    @Test
    void resolved_tickets_are_found_by_their_resolution_time() {
        Team team = newTeam(PlanId.PRO);
        Instant base = T0.minus(Duration.ofDays(3670));
        Ticket early = open(team, "tôt", null, true, base);
        Ticket late = open(team, "tard", null, true, base);
        Ticket open = open(team, "ouvert", null, true, base);
        change(early.id(), (t, id) -> {
            t.resolve(base.plusSeconds(100));
            return Optional.empty();
        });
        change(late.id(), (t, id) -> {
            t.resolve(base.plusSeconds(200));
            return Optional.empty();
        });
        Set<TicketId> mine = Set.of(early.id(), late.id(), open.id());

        assertThat(fixture.tickets().findResolvedBefore(base.plusSeconds(99), 100).stream().filter(mine::contains))
                .isEmpty();
        assertThat(fixture.tickets().findResolvedBefore(base.plusSeconds(100), 100).stream().filter(mine::contains))
                .containsExactly(early.id());
        assertThat(fixture.tickets().findResolvedBefore(base.plusSeconds(300), 100).stream().filter(mine::contains))
                .containsExactly(early.id(), late.id());
    }

    @Test
    void statistics_follow_the_seed_definitions() {
        Team team = newTeam(PlanId.PRO);
        Ticket a = open(team, "a", null, true, T0);
        Ticket b = open(team, "b", TicketPriority.URGENT, true, T0);
        Ticket c = open(team, "c", null, true, T0);
        open(team, "d", null, true, T0);
        change(a.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "ok", T0.plusSeconds(60))));
        change(b.id(), (t, id) -> {
            t.resolve(T0.plus(Duration.ofHours(2)));
            return Optional.empty();
        });
        change(c.id(), (t, id) -> {
            t.resolve(T0.plus(Duration.ofHours(3)));
            t.close(T0.plus(Duration.ofHours(4)));
            return Optional.empty();
        });
        open(newTeam(PlanId.PRO), "other team", null, true, T0);

        TicketStatistics stats = fixture.tickets().statistics(Optional.of(team.id()));
        assertThat(stats.byStatus()).containsOnly(entry(TicketStatus.OPEN, 1L), entry(TicketStatus.IN_PROGRESS, 1L),
                entry(TicketStatus.RESOLVED, 1L), entry(TicketStatus.CLOSED, 1L));
        assertThat(stats.byPriority()).containsOnly(entry(TicketPriority.HIGH, 2L));
        assertThat(stats.total()).isEqualTo(4);
        assertThat(stats.open()).isEqualTo(2);
        assertThat(stats.closed()).isEqualTo(2);
        assertThat(stats.avgResolutionHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("2.50"));

        TicketStatistics empty = fixture.tickets().statistics(Optional.of(newTeam(PlanId.FREE).id()));
        assertThat(empty.total()).isZero();
        assertThat(empty.byStatus()).isEmpty();
        assertThat(empty.avgResolutionHours()).isEmpty();
        assertThat(fixture.tickets().statistics(Optional.empty()).total()).isGreaterThanOrEqualTo(5);
    }

    private static final Instant MARCH_2 = Instant.parse("2026-03-02T10:00:00Z");

    private static Instant hoursAfter(Instant at, long hours) {
        return at.plus(Duration.ofHours(hours));
    }

    private void staffReply(Ticket ticket, Instant at) {
        change(ticket.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "On regarde", at)));
    }

    private void resolve(Ticket ticket, Instant at) {
        change(ticket.id(), (t, id) -> {
            t.resolve(at);
            return Optional.empty();
        });
    }

    private static StatisticsPeriod days(String from, String to) {
        return new StatisticsPeriod(Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse));
    }

    @Test
    void solved_tickets_since_an_instant_come_latest_first_with_their_public_support_replies_only() {
        Team team = newTeam(PlanId.PRO);
        Instant since = Instant.parse("2031-01-10T00:00:00Z"); // after every other test's tickets
        Ticket old = open(team, "old", null, true, since.minus(Duration.ofDays(2)));
        resolve(old, since.minus(Duration.ofHours(1)));
        Ticket answered = open(team, "answered", null, true, since);
        change(answered.id(), (t, id) -> Optional.of(t.addInternalNote(id, STAFF, "internal: check billing",
                hoursAfter(since, 1))));
        change(answered.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "first reply", hoursAfter(since, 2))));
        change(answered.id(), (t, id) -> Optional.of(t.replyAsUser(id, USER, "thanks, and?", hoursAfter(since, 3))));
        change(answered.id(), (t, id) -> Optional.of(t.replyAsStaff(id, STAFF, "second reply", hoursAfter(since, 4))));
        resolve(answered, hoursAfter(since, 5));
        Ticket later = open(team, "later", null, true, since);
        resolve(later, hoursAfter(since, 6));
        Ticket closed = open(team, "closed", null, true, since);
        resolve(closed, hoursAfter(since, 1));
        change(closed.id(), (t, id) -> {
            t.close(hoursAfter(since, 7));
            return Optional.empty();
        });
        open(team, "still open", null, true, since);

        List<SolvedTicket> solved = fixture.tickets().findSolvedSince(since, 10);
        assertThat(solved).extracting(SolvedTicket::subject).containsExactly("later", "answered", "closed");
        SolvedTicket withReplies = solved.get(1);
        assertThat(withReplies.supportReplies()).containsExactly("first reply", "second reply");
        assertThat(withReplies.description()).isEqualTo("Description de answered");
        assertThat(withReplies.category()).isEqualTo(TicketCategory.TECHNICAL);
        assertThat(withReplies.resolvedAt()).isEqualTo(hoursAfter(since, 5));
        assertThat(fixture.tickets().findSolvedSince(since, 2)).extracting(SolvedTicket::subject)
                .containsExactly("later", "answered");
    }

    @Test
    void service_figures_over_a_period_state_n_mean_median_p90_and_first_contact_resolution() {
        Team team = newTeam(PlanId.PRO);
        Ticket a = open(team, "a", null, true, MARCH_2);
        staffReply(a, hoursAfter(MARCH_2, 1));
        resolve(a, hoursAfter(MARCH_2, 2)); // 2 h, first response 1 h, one reply
        Ticket b = open(team, "b", null, true, hoursAfter(MARCH_2, 1));
        staffReply(b, hoursAfter(MARCH_2, 4));
        staffReply(b, hoursAfter(MARCH_2, 5));
        resolve(b, hoursAfter(MARCH_2, 7)); // 6 h, first response 3 h, two replies
        Ticket c = open(team, "c", null, true, hoursAfter(MARCH_2, 2));
        change(c.id(), (t, id) -> Optional.of(t.addInternalNote(id, STAFF, "note", hoursAfter(MARCH_2, 3))));
        staffReply(c, hoursAfter(MARCH_2, 4));
        resolve(c, hoursAfter(MARCH_2, 12)); // 10 h, first response 2 h, one public reply and a note
        open(team, "d", null, true, hoursAfter(MARCH_2, 3)); // open, never answered
        Ticket e = open(team, "e", null, true, Instant.parse("2026-04-05T08:00:00Z"));
        resolve(e, Instant.parse("2026-04-05T09:00:00Z")); // 1 h, no reply
        open(newTeam(PlanId.PRO), "other team", null, true, MARCH_2);

        TicketStatistics march = fixture.tickets().statistics(Optional.of(team.id()), days("2026-03-01", "2026-03-31"));
        assertThat(march.total()).isEqualTo(4);
        assertThat(march.byStatus()).containsOnly(entry(TicketStatus.RESOLVED, 3L), entry(TicketStatus.OPEN, 1L));
        assertThat(march.avgResolutionHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("6.00"));
        DurationFigures resolution = march.service().resolution();
        assertThat(resolution.n()).isEqualTo(3);
        assertThat(resolution.meanHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("6.00"));
        assertThat(resolution.medianHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("6.00"));
        assertThat(resolution.p90Hours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("9.20"));
        DurationFigures firstResponse = march.service().firstResponse();
        assertThat(firstResponse.n()).isEqualTo(3);
        assertThat(firstResponse.meanHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("2.00"));
        assertThat(firstResponse.medianHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("2.00"));
        assertThat(firstResponse.p90Hours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("2.80"));
        assertThat(march.service().resolved()).isEqualTo(3);
        assertThat(march.service().resolvedAtFirstContact()).isEqualTo(2);
        assertThat(march.service().firstContactResolutionRate())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.6667"));

        TicketStatistics all = fixture.tickets().statistics(Optional.of(team.id()), StatisticsPeriod.ALL_TIME);
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.service().resolution().n()).isEqualTo(4);
        assertThat(all.service().resolution().medianHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("4.00"));
        assertThat(all.service().firstContactResolutionRate())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.5000"));

        TicketStatistics april = fixture.tickets().statistics(Optional.of(team.id()), days("2026-04-05", "2026-04-05"));
        assertThat(april.total()).isEqualTo(1);
        assertThat(april.service().resolution().p90Hours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("1.00"));
        assertThat(april.service().firstResponse()).isEqualTo(DurationFigures.NONE);
        assertThat(april.service().firstContactResolutionRate())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0"));

        TicketStatistics may = fixture.tickets().statistics(Optional.of(team.id()), days("2026-05-01", null));
        assertThat(may.total()).isZero();
        assertThat(may.service()).isEqualTo(ServiceFigures.NONE);
        assertThat(may.service().firstContactResolutionRate()).isEmpty();
        assertThat(fixture.tickets().statistics(Optional.empty(), days(null, "2026-03-31")).total())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void a_history_counts_each_bucket_and_carries_the_backlog_from_before_the_first() {
        Team team = newTeam(PlanId.PRO);
        Ticket before = open(team, "before", null, true, Instant.parse("2026-02-25T12:00:00Z"));
        resolve(before, Instant.parse("2026-03-10T12:00:00Z")); // 312 h, resolved in the second week
        Ticket done = open(team, "done before", null, true, Instant.parse("2026-02-01T12:00:00Z"));
        resolve(done, Instant.parse("2026-02-02T12:00:00Z"));
        Ticket dropped = open(team, "closed unresolved", null, true, Instant.parse("2026-03-03T12:00:00Z"));
        change(dropped.id(), (t, id) -> {
            t.close(Instant.parse("2026-03-04T12:00:00Z"));
            return Optional.empty();
        });
        Ticket week = open(team, "a week", null, true, Instant.parse("2026-03-05T12:00:00Z"));
        resolve(week, Instant.parse("2026-03-12T12:00:00Z")); // 168 h
        change(week.id(), (t, id) -> {
            t.close(Instant.parse("2026-03-20T12:00:00Z"));
            return Optional.empty();
        });
        open(team, "still open", null, true, Instant.parse("2026-03-17T12:00:00Z"));
        open(newTeam(PlanId.PRO), "other team", null, true, Instant.parse("2026-03-03T12:00:00Z"));
        List<Instant> mondays = List.of(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z"),
                Instant.parse("2026-03-16T00:00:00Z"), Instant.parse("2026-03-23T00:00:00Z"));

        List<BucketCounts> weeks = fixture.tickets().history(Optional.of(team.id()), mondays);

        assertThat(weeks).extracting(BucketCounts::created).containsExactly(2L, 0L, 1L);
        assertThat(weeks).extracting(BucketCounts::resolved).containsExactly(0L, 2L, 0L);
        assertThat(weeks).extracting(BucketCounts::backlog).containsExactly(2L, 0L, 1L);
        assertThat(weeks.get(0).medianResolutionSeconds()).isEmpty();
        assertThat(weeks.get(1).medianResolutionSeconds().map(DurationFigures::hours))
                .hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("240.00"));
        assertThat(fixture.tickets().history(Optional.empty(), mondays).get(0).created()).isGreaterThanOrEqualTo(3);
        List<BucketCounts> empty = fixture.tickets().history(Optional.of(newTeam(PlanId.FREE).id()), mondays);
        assertThat(empty).containsOnly(new BucketCounts(0, 0, 0, Optional.empty()));
    }
}
