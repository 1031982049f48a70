package com.servelink.application.notification;

import com.servelink.application.inmemory.InMemoryAdditionalResourceRepository;
import com.servelink.application.inmemory.InMemoryTransactions;
import com.servelink.application.inmemory.RecordingEventPublisher;
import com.servelink.application.service.notification.NotifyExpiringAddOnsService;
import com.servelink.application.testing.MutableClock;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code notify_expiring_addons}: once per add-on, within three days of its expiry. */
class NotifyExpiringAddOnsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T07:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAdditionalResourceRepository resources = new InMemoryAdditionalResourceRepository();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final NotifyExpiringAddOnsService job = new NotifyExpiringAddOnsService(resources,
            new InMemoryTransactions(), clock, events);

    /** An active add-on expiring {@code in} from now (30 days after its activation). */
    private AdditionalResource activeExpiringIn(String id, Duration in) {
        AdditionalResource resource = AdditionalResource.purchase(new ResourceId("res_" + id),
                new TeamId("team_acme"), ResourceType.RAM, new Quantity(1), Money.eur("5.00"),
                new PaymentId("pm_" + id), NOW.minus(Duration.ofDays(31)));
        resource.activate(NOW.plus(in).minus(Duration.ofDays(30)));
        resources.save(resource);
        return resource;
    }

    @Test
    void announcesOnceEachAddOnExpiringWithinThreeDays() {
        activeExpiringIn("soon", Duration.ofDays(2));
        activeExpiringIn("edge", Duration.ofDays(3));
        activeExpiringIn("later", Duration.ofDays(3).plusMinutes(1));

        assertThat(job.notifyExpiring()).isEqualTo(2);
        assertThat(events.eventsOf(AddOnEvent.Expiring.class)).extracting(e -> e.resourceId().value())
                .containsExactly("res_soon", "res_edge");
        assertThat(events.eventsOf(AddOnEvent.Expiring.class).get(0).expiresAt())
                .isEqualTo(NOW.plus(Duration.ofDays(2)));

        assertThat(job.notifyExpiring()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(job.notifyExpiring()).as("the later one, now within three days").isEqualTo(1);
        assertThat(events.eventsOf(AddOnEvent.Expiring.class)).hasSize(3);
    }
}
