package com.servelink.application.notification;

import com.servelink.application.inmemory.InMemoryOutbox;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.application.service.notification.DeliveryChannel;
import com.servelink.application.service.notification.DeliveryResult;
import com.servelink.application.service.notification.DispatchOutboxService;
import com.servelink.application.service.notification.RetrySchedule;
import com.servelink.application.testing.MutableClock;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchOutboxServiceTest {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ScriptedChannel channel = new ScriptedChannel("webhook", List.of("a", "b"));
    private final List<String> gaveUp = new ArrayList<>();
    private final DispatchOutboxService dispatcher = new DispatchOutboxService(outbox, List.of(channel), Runnable::run,
            clock, new DispatchOutboxService.Settings(Duration.ofMinutes(1), 10,
            new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24))), () -> 0.0,
            DispatchOutboxService.Observer.NONE);

    private class ScriptedChannel implements DeliveryChannel {
        final String name;
        final List<String> targets;
        final Deque<DeliveryResult> script = new ArrayDeque<>();
        final List<String> attempts = new ArrayList<>();

        ScriptedChannel(String name, List<String> targets) {
            this.name = name;
            this.targets = targets;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> targets(OutboxEvent event) {
            return targets;
        }

        @Override
        public DeliveryResult deliver(OutboxEvent event, String target, int attempt) {
            attempts.add(event.id() + ">" + target + "#" + attempt);
            return script.isEmpty() ? DeliveryResult.delivered() : script.poll();
        }

        @Override
        public void gaveUp(OutboxEvent event, String target, String lastError) {
            gaveUp.add(target + ":" + lastError);
        }
    }

    private void append(String id) {
        outbox.append(new OutboxEvent(id, "ticket.created", clock.instant(), Optional.of(new TeamId("team_1")),
                Map.of("ticket_id", "tkt_1")));
    }

    @Test
    void an_event_is_fanned_out_once_per_target_and_delivered_once_each() {
        append("evt_1");

        assertThat(dispatcher.dispatch()).isEqualTo(3);
        assertThat(dispatcher.dispatch()).isZero();

        assertThat(channel.attempts).containsExactly("evt_1>a#1", "evt_1>b#1");
        assertThat(outbox.deliveries()).extracting(row -> row.state).containsExactly("delivered", "delivered");
    }

    @Test
    void a_failure_is_retried_with_exponential_backoff_until_it_succeeds() {
        append("evt_1");
        channel.script.addAll(List.of(DeliveryResult.retry("500"), DeliveryResult.delivered(),
                DeliveryResult.retry("timeout"), DeliveryResult.retry("timeout")));

        dispatcher.dispatch(); // a: 500, b: delivered
        InMemoryOutbox.Row a = outbox.deliveries().get(0);
        // equal jitter with a draw of 0: half the 10 s delay
        assertThat(a.nextAttemptAt).isEqualTo(T0.plusSeconds(5));
        assertThat(a.lastError).isEqualTo("500");

        clock.advance(Duration.ofSeconds(4));
        assertThat(dispatcher.dispatch()).isZero(); // not due yet
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatch(); // a: timeout (2nd attempt) -> 20 s / 2
        assertThat(a.nextAttemptAt).isEqualTo(T0.plusSeconds(5 + 10));
        clock.advance(Duration.ofSeconds(10));
        dispatcher.dispatch(); // a: timeout (3rd) -> 40 s / 2
        assertThat(a.nextAttemptAt).isEqualTo(T0.plusSeconds(15 + 20));
        clock.advance(Duration.ofSeconds(20));
        dispatcher.dispatch(); // a: delivered (4th)

        assertThat(channel.attempts).containsExactly("evt_1>a#1", "evt_1>b#1", "evt_1>a#2", "evt_1>a#3", "evt_1>a#4");
        assertThat(a.state).isEqualTo("delivered");
    }

    @Test
    void the_backoff_doubles_up_to_its_cap_and_the_jitter_stays_in_the_upper_half() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(schedule.delayAfter(10)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
        for (double draw : new double[] {0.0, 0.25, 0.999999}) {
            Instant next = schedule.next(T0, 4, T0, () -> draw).orElseThrow();
            assertThat(Duration.between(T0, next)).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(80));
        }
    }

    @Test
    void a_delivery_failing_for_24_hours_is_given_up_and_its_channel_told() {
        append("evt_1");
        for (int i = 0; i < 200; i++) {
            channel.script.add(DeliveryResult.retry("connection refused"));
        }
        dispatcher.dispatch();
        int rounds = 0;
        while (outbox.deliveries().stream().anyMatch(row -> row.state.equals("pending")) && rounds++ < 200) {
            dispatcher.dispatch();
            clock.advance(Duration.ofMinutes(30));
        }

        assertThat(outbox.deliveries()).extracting(row -> row.state).containsOnly("failed");
        assertThat(gaveUp).containsExactly("a:connection refused", "b:connection refused");
        // no attempt after the window
        InMemoryOutbox.Row a = outbox.deliveries().get(0);
        assertThat(a.attempts).isBetween(20, 60);
        assertThat(clock.instant()).isBefore(T0.plus(Duration.ofHours(26)));
    }

    @Test
    void a_dropped_delivery_is_not_retried() {
        append("evt_1");
        channel.script.add(DeliveryResult.dropped("endpoint deleted"));

        dispatcher.dispatch();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatch();

        assertThat(channel.attempts).containsExactly("evt_1>a#1", "evt_1>b#1");
        assertThat(outbox.deliveries().get(0).state).isEqualTo("failed");
        assertThat(outbox.deliveries().get(0).lastError).isEqualTo("endpoint deleted");
    }

    @Test
    void a_delivery_whose_node_died_is_due_again_once_its_lease_ends() {
        append("evt_1");
        dispatcher.dispatch();
        outbox.enqueue("evt_1", "webhook", "c", clock.instant());
        // another node leased it and died: nothing marks it done
        assertThat(outbox.claimDue(clock.instant(), Duration.ofMinutes(1), 10)).hasSize(1);

        clock.advance(Duration.ofSeconds(59));
        dispatcher.dispatch();
        assertThat(channel.attempts).doesNotContain("evt_1>c#2");
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatch();

        assertThat(channel.attempts).contains("evt_1>c#2");
        assertThat(outbox.deliveries().get(2).state).isEqualTo("delivered");
    }

    @Test
    void a_channel_throwing_is_a_failure_to_retry_not_a_lost_delivery() {
        DeliveryChannel broken = new ScriptedChannel("email", List.of("u1")) {
            @Override
            public DeliveryResult deliver(OutboxEvent event, String target, int attempt) {
                throw new IllegalStateException("template missing");
            }
        };
        var withBroken = new DispatchOutboxService(outbox, List.of(broken), Runnable::run, clock,
                DispatchOutboxService.Settings.DEFAULT, () -> 0.0, DispatchOutboxService.Observer.NONE);
        append("evt_1");

        withBroken.dispatch();

        InMemoryOutbox.Row row = outbox.deliveries().get(0);
        assertThat(row.state).isEqualTo("pending");
        assertThat(row.lastError).isEqualTo("IllegalStateException: template missing");
    }

    @Test
    void an_event_no_one_wants_is_fanned_out_to_nothing_and_stays_recorded() {
        var quiet = new DispatchOutboxService(outbox, List.of(), Runnable::run, clock,
                DispatchOutboxService.Settings.DEFAULT, DispatchOutboxService.Observer.NONE);
        append("evt_1");

        assertThat(quiet.dispatch()).isEqualTo(1);

        assertThat(outbox.events()).extracting(OutboxEvent::id).containsExactly("evt_1");
        assertThat(outbox.deliveries()).isEmpty();
        assertThat(outbox.backlog()).isEqualTo(new com.servelink.application.port.out.Outbox.Backlog(0, 0));
    }
}
