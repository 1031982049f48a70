package com.servelink.adapter.persistence.notification;

import com.servelink.domain.support.SlaPolicy;
import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.Race;
import com.servelink.application.service.identity.RandomIdSource;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.notification.OutboxEventPublisher;
import com.servelink.application.service.support.CreateTicketService;
import com.servelink.application.service.support.PostMessageService;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox on a real database: events commit with their change or not at all, fifty writers at
 * once lose and double nothing, and concurrent dispatchers never hold the same delivery.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxContract {
    private static final int THREADS = 50;

    private DatabaseFixture fixture;
    private Outbox outbox;
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    private Team team;
    private final Actor member = new Actor.TeamUser(new UserId(2));
    private final Actor.Staff staff = new Actor.Staff(new UserId(3), "support@servelink.com");
    private CreateTicketService create;
    private PostMessageService post;

    abstract DatabaseFixture createFixture();

    @BeforeAll
    void setUp() {
        fixture = createFixture();
        outbox = fixture.database().outbox();
        team = Team.create(TeamId.fromOpaque("outbox"), new TeamSlug("outbox"), "Outbox & Co", PlanId.PRO);
        fixture.teams().save(team);
        for (long id = 1; id <= 3; id++) {
            fixture.users().save(new User(new UserId(id), "u" + id + "@example.com", "U" + id, id == 3));
        }
        fixture.memberships().save(new Membership(team.id(), new UserId(1), Role.OWNER));
        fixture.memberships().save(new Membership(team.id(), new UserId(2), Role.MEMBER));
        var events = new OutboxEventPublisher(outbox, new RandomIdSource(), fixture.teams(), fixture.tickets(),
                fixture.resources());
        var access = new TeamAccess(fixture.memberships());
        create = new CreateTicketService(access, TestCatalog.standard(), fixture.tickets(), fixture.transactions(),
                new RandomIdSource(), clock, events, SlaPolicy.DEFAULT);
        post = new PostMessageService(access, fixture.tickets(), fixture.transactions(), new RandomIdSource(), clock,
                events, SlaPolicy.DEFAULT);
    }

    @AfterAll
    void tearDown() {
        fixture.close();
    }

    private static List<Throwable> race(List<Callable<Object>> tasks) throws InterruptedException {
        return Race.run(tasks);
    }

    private List<Map<String, Object>> eventsOfTicket(TicketId ticket) {
        return allEvents().stream().filter(event -> ticket.value().equals(event.get("ticket_id"))).toList();
    }

    /** Every stored event's type and data, read back through SQL (not through the port under test). */
    private List<Map<String, Object>> allEvents() {
        List<Map<String, Object>> events = new ArrayList<>();
        fixture.transactions().inTransaction(() -> {
            for (OutboxEvent event : drainPending()) {
                Map<String, Object> row = new LinkedHashMap<>(event.data());
                row.put("type", event.type());
                row.put("id", event.id());
                events.add(row);
            }
            return null;
        });
        return events;
    }

    private List<OutboxEvent> drainPending() {
        return outbox.pendingFanOut(100_000);
    }

    @Test
    void fifty_writers_at_once_each_commit_their_ticket_with_exactly_its_event() throws Exception {
        List<Callable<Object>> writers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String subject = "Concurrent " + i;
            writers.add(() -> create.create(CreateTicketCommand.of(member, team.slug(), subject, "d " + subject,
                    null, null)).ticket().id());
        }
        assertThat(race(writers)).containsOnlyNulls();

        List<Map<String, Object>> created = allEvents().stream()
                .filter(event -> "ticket.created".equals(event.get("type"))
                        && event.get("subject").toString().startsWith("Concurrent "))
                .toList();
        assertThat(created).hasSize(THREADS);
        assertThat(created).extracting(event -> event.get("subject")).doesNotHaveDuplicates();
        assertThat(created).extracting(event -> event.get("id")).doesNotHaveDuplicates();
        for (Map<String, Object> event : created) {
            TicketId ticket = new TicketId(event.get("ticket_id").toString());
            assertThat(fixture.tickets().findById(ticket)).isPresent();
            assertThat(event).containsEntry("team_slug", "outbox").containsEntry("team_name", "Outbox & Co");
        }
    }

    @Test
    void fifty_replies_racing_on_one_ticket_give_one_event_per_stored_message_and_none_for_notes() throws Exception {
        TicketId ticket = create.create(CreateTicketCommand.of(member, team.slug(), "Race", "d", null, null))
                .ticket().id();
        List<Callable<Object>> replies = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int n = i;
            replies.add(() -> post.post(switch (n % 3) {
                case 0 -> new PostMessageCommand(staff, TicketScope.staff(), ticket, "réponse " + n, false);
                case 1 -> new PostMessageCommand(member, TicketScope.ofTeam(team.slug()), ticket, "relance " + n, false);
                default -> new PostMessageCommand(staff, TicketScope.staff(), ticket, "SECRET note " + n, true);
            }));
        }
        assertThat(race(replies)).containsOnlyNulls(); // conflicts were retried, never surfaced

        List<Map<String, Object>> replied = eventsOfTicket(ticket).stream()
                .filter(event -> "ticket.replied".equals(event.get("type"))).toList();
        long publicMessages = fixture.tickets().messagesOf(ticket, false).size() - 1; // minus the description
        assertThat(replied).hasSize((int) publicMessages);
        assertThat(publicMessages).isEqualTo(THREADS - THREADS / 3);
        assertThat(replied).extracting(event -> event.get("message_id")).doesNotHaveDuplicates();
        assertThat(eventsOfTicket(ticket).toString()).doesNotContain("SECRET");
    }

    @Test
    void a_change_rolled_back_leaves_no_event_and_an_event_cannot_outlive_its_change() {
        String id = OutboxEvent.ID_PREFIX + "rollback" + System.nanoTime();
        assertThatThrownBy(() -> fixture.transactions().run(() -> {
            outbox.append(new OutboxEvent(id, "ticket.created", clock.instant(), Optional.of(team.id()), Map.of()));
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");

        assertThat(outbox.event(id)).isEmpty();
    }

    @Test
    void data_comes_back_as_it_went_in() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", "Ça marche — ✓ \"quoted\" <b>");
        data.put("quantity", 3);
        data.put("amount", "12.50");
        data.put("nested", Map.of("k", List.of(1, 2)));
        data.put("absent", null);
        String id = OutboxEvent.ID_PREFIX + "data" + System.nanoTime();
        Instant at = Instant.parse("2026-12-07T08:00:00.123456Z");
        fixture.transactions().run(() -> outbox.append(new OutboxEvent(id, "addon.activated", at,
                Optional.of(team.id()), data)));

        OutboxEvent back = outbox.event(id).orElseThrow();

        assertThat(back.data()).isEqualTo(data);
        assertThat(back.occurredAt()).isEqualTo(at);
        assertThat(back.teamId()).contains(team.id());
        assertThat(back.type()).isEqualTo("addon.activated");
    }

    @Test
    void an_event_is_fanned_out_once_even_when_two_nodes_try() {
        String id = appendPlain();
        Instant now = clock.instant();

        boolean first = outbox.fanOut(id, List.of(new Outbox.NewDelivery("webhook", "whk_1")), now);
        boolean second = outbox.fanOut(id, List.of(new Outbox.NewDelivery("webhook", "whk_1")), now);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(deliveriesOf(id)).isEqualTo(1);
        assertThat(outbox.pendingFanOut(100_000)).extracting(OutboxEvent::id).doesNotContain(id);
    }

    @Test
    void a_batch_is_fanned_out_in_one_go_skipping_the_events_another_node_took() {
        Instant now = clock.instant();
        String taken = appendPlain();
        String a = appendPlain();
        String b = appendPlain();
        outbox.fanOut(taken, List.of(new Outbox.NewDelivery("email", "9")), now);
        Map<String, List<Outbox.NewDelivery>> batch = new LinkedHashMap<>();
        batch.put(a, List.of(new Outbox.NewDelivery("email", "1"), new Outbox.NewDelivery("webhook", "whk_1")));
        batch.put(taken, List.of(new Outbox.NewDelivery("email", "1")));
        batch.put(b, List.of());

        Set<String> fanned = outbox.fanOut(batch, now);

        assertThat(fanned).containsExactly(a, b);
        assertThat(deliveriesOf(a)).isEqualTo(2);
        assertThat(deliveriesOf(taken)).isEqualTo(1);
        assertThat(deliveriesOf(b)).isZero();
    }

    @Test
    void concurrent_claimers_never_hold_the_same_delivery_and_a_lease_that_ends_frees_it() throws Exception {
        Instant now = Instant.parse("2020-01-01T00:00:00Z"); // due before anything else the tests left
        String id = appendPlain();
        List<Outbox.NewDelivery> deliveries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            deliveries.add(new Outbox.NewDelivery("webhook", "whk_" + i));
        }
        outbox.fanOut(id, deliveries, now);
        Set<Long> mine = new HashSet<>();
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        List<Callable<Object>> claimers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claimers.add(() -> {
                List<Outbox.ClaimedDelivery> got;
                do {
                    got = outbox.claimDue(now.plusSeconds(1), Duration.ofMinutes(1), 10).stream()
                            .filter(d -> d.event().id().equals(id)).toList();
                    got.forEach(d -> claimed.add(d.id()));
                } while (!got.isEmpty());
                return null;
            });
        }
        assertThat(race(claimers)).containsOnlyNulls();

        assertThat(claimed).hasSize(200).doesNotHaveDuplicates();
        mine.addAll(claimed);
        // within the lease nothing is due; once it ends, all of them are, at their second attempt
        assertThat(outbox.claimDue(now.plusSeconds(30), Duration.ofMinutes(1), 500))
                .filteredOn(d -> mine.contains(d.id())).isEmpty();
        List<Outbox.ClaimedDelivery> again = outbox.claimDue(now.plusSeconds(61), Duration.ofMinutes(1), 500)
                .stream().filter(d -> mine.contains(d.id())).toList();
        assertThat(again).hasSize(200).allSatisfy(d -> assertThat(d.attempt()).isEqualTo(2));
    }

    @Test
    void a_delivery_moves_from_retry_to_delivered_and_then_is_never_due_again() {
        Instant now = Instant.parse("2020-01-02T00:00:00Z");
        String id = appendPlain();
        outbox.fanOut(id, List.of(new Outbox.NewDelivery("email", "7")), now);
        Outbox.ClaimedDelivery first = claimOf(id, now);
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.target()).isEqualTo("7");
        assertThat(first.channel()).isEqualTo("email");

        outbox.retryAt(first.id(), now.plusSeconds(10), "421 try later");
        assertThat(claims(id, now.plusSeconds(9))).isEmpty();
        Outbox.ClaimedDelivery second = claimOf(id, now.plusSeconds(10));
        assertThat(second.attempt()).isEqualTo(2);
        outbox.delivered(second.id(), now.plusSeconds(11));

        assertThat(claims(id, now.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(state(second.id())).isEqualTo("delivered");
    }

    @Test
    void a_redelivery_is_a_new_delivery_of_the_same_event() {
        Instant now = Instant.parse("2020-01-03T00:00:00Z");
        String id = appendPlain();
        outbox.fanOut(id, List.of(new Outbox.NewDelivery("webhook", "whk_x")), now);
        Outbox.ClaimedDelivery first = claimOf(id, now);
        outbox.gaveUp(first.id(), now, "410 gone");

        outbox.enqueue(id, "webhook", "whk_x", now.plusSeconds(5));

        Outbox.ClaimedDelivery again = claimOf(id, now.plusSeconds(5));
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.event().id()).isEqualTo(id);
        assertThat(again.attempt()).isEqualTo(1);
        assertThat(state(first.id())).isEqualTo("failed");
    }

    @Test
    void a_purge_removes_finished_old_events_and_keeps_pending_or_recent_ones() {
        Instant old = Instant.parse("2020-02-01T00:00:00Z");
        String finished = appendPlain();
        outbox.fanOut(finished, List.of(new Outbox.NewDelivery("email", "1"), new Outbox.NewDelivery("email", "2")), old);
        claims(finished, old).forEach(d -> outbox.delivered(d.id(), old));
        String stillPending = appendPlain();
        outbox.fanOut(stillPending, List.of(new Outbox.NewDelivery("email", "1")), old);
        String noDeliveries = appendPlain();
        outbox.fanOut(noDeliveries, List.of(), old);
        String recent = appendPlain();
        outbox.fanOut(recent, List.of(), old.plus(Duration.ofDays(40)));
        String notFannedOut = appendPlain();

        int purged = outbox.purgeFinishedBefore(old.plus(Duration.ofDays(30)));

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(outbox.event(finished)).isEmpty();
        assertThat(deliveriesOf(finished)).isZero();
        assertThat(outbox.event(noDeliveries)).isEmpty();
        assertThat(outbox.event(stillPending)).isPresent();
        assertThat(deliveriesOf(stillPending)).isEqualTo(1);
        assertThat(outbox.event(recent)).isPresent();
        assertThat(outbox.event(notFannedOut)).isPresent();
        assertThat(outbox.purgeFinishedBefore(old.plus(Duration.ofDays(30)))).isZero();
    }

    private Outbox.ClaimedDelivery claimOf(String eventId, Instant now) {
        List<Outbox.ClaimedDelivery> claimed = claims(eventId, now);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private List<Outbox.ClaimedDelivery> claims(String eventId, Instant now) {
        return outbox.claimDue(now, Duration.ofMinutes(1), 1000).stream()
                .filter(d -> d.event().id().equals(eventId)).toList();
    }

    private String appendPlain() {
        String id = OutboxEvent.ID_PREFIX + "plain" + System.nanoTime();
        fixture.transactions().run(() -> outbox.append(new OutboxEvent(id, "usage.alert", clock.instant(),
                Optional.of(team.id()), Map.of("amount", new BigDecimal("1.5")))));
        return id;
    }

    private long deliveriesOf(String eventId) {
        return sql("select count(*) from outbox_delivery where event_id = '" + eventId + "'");
    }

    private String state(long deliveryId) {
        try (Connection connection = fixture.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select state from outbox_delivery where id = " + deliveryId)) {
            row.next();
            return row.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long sql(String query) {
        try (Connection connection = fixture.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
