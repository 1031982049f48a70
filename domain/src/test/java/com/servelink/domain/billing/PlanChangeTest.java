package com.servelink.domain.billing;

import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanChangeTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static AdditionalResource addOn(String id) {
        return AdditionalResource.purchase(ResourceId.fromOpaque(id), TeamId.fromOpaque("acme"), ResourceType.CPU,
                new Quantity(1), Money.eur("2.00"), PaymentId.fromOpaque("p" + id), NOW.minusSeconds(3600));
    }

    @Test
    void a_plan_without_add_ons_cancels_the_unpaid_ones_and_leaves_the_paid_ones_to_run() {
        AdditionalResource unpaid = addOn("r1");
        AdditionalResource paid = addOn("r2");
        paid.activate(NOW.minusSeconds(60));

        List<AdditionalResource> cancelled = PlanChange.apply(TestCatalog.free(), List.of(unpaid, paid), NOW);

        assertThat(cancelled).containsExactly(unpaid);
        assertThat(unpaid.status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(unpaid.cancelledAt()).contains(NOW);
        assertThat(paid.status()).isEqualTo(ResourceStatus.ACTIVE);
    }

    @Test
    void a_plan_that_sells_add_ons_touches_none() {
        AdditionalResource unpaid = addOn("r1");

        assertThat(PlanChange.cancelsUnpaidAddOns(TestCatalog.pro())).isFalse();
        assertThat(PlanChange.apply(TestCatalog.pro(), List.of(unpaid), NOW)).isEmpty();
        assertThat(unpaid.status()).isEqualTo(ResourceStatus.PENDING);
    }
}
