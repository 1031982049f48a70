package com.servelink.domain.billing;

import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One add-on's whole life as a Pro team sees it: purchase, payment, thirty days of extra RAM, expiry. */
class AddOnLifecycleScenarioTest {
    private static final Instant PURCHASE = Instant.parse("2025-01-25T10:00:00Z");

    @Test
    void purchase_pay_count_for_thirty_days_then_expire() {
        PricingCatalog catalog = TestCatalog.standard();
        Plan pro = catalog.requirePlan(PlanId.PRO);
        TeamId team = TeamId.fromOpaque("abc");

        Money unitPrice = new AddOnPurchasePolicy(catalog).unitPriceFor(pro, ResourceType.RAM);
        AdditionalResource ram = AdditionalResource.purchase(ResourceId.fromOpaque("xyz789"), team, ResourceType.RAM,
                new Quantity(2), unitPrice, PaymentId.fromOpaque("abc123"), PURCHASE);
        Payment payment = Payment.start(ram.paymentId(), team, ram.id(), ram.totalPrice(), "sandbox",
                new CheckoutSession("cs_1", "https://pay.example.com/xyz789"), PURCHASE);
        assertThat(payment.amount()).isEqualTo(Money.eur("2.00"));
        assertThat(limits(pro, List.of(ram), PURCHASE).memoryMb()).as("not paid yet").isEqualTo(6144);

        Instant paid = PURCHASE.plus(Duration.ofMinutes(3));
        assertThat(payment.complete(Money.eur("2.0"), paid)).isTrue();
        assertThat(ram.activate(paid)).isTrue();
        assertThat(limits(pro, List.of(ram), paid).memoryMb()).isEqualTo(6144 + 1000);

        Instant lastSecond = paid.plus(Duration.ofHours(720)).minusSeconds(1);
        assertThat(limits(pro, List.of(ram), lastSecond).memoryMb()).isEqualTo(7144);

        Instant expiry = paid.plus(Duration.ofHours(720));
        assertThat(limits(pro, List.of(ram), expiry).memoryMb()).as("before the expiry job runs").isEqualTo(6144);

        Instant jobRun = expiry.plus(Duration.ofHours(19));
        assertThat(ram.expire(jobRun)).isTrue();
        assertThat(ram.status()).isEqualTo(ResourceStatus.EXPIRED);
        assertThat(limits(pro, List.of(ram), jobRun)).isEqualTo(TeamLimits.of(pro.limits(), AddOnTotals.NONE));
        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
    }

    private static TeamLimits limits(Plan plan, List<AdditionalResource> resources, Instant now) {
        Map<ResourceType, Long> units = new EnumMap<>(ResourceType.class);
        resources.stream().filter(r -> r.countsAt(now))
                .forEach(r -> units.merge(r.type(), (long) r.quantity().value(), Long::sum));
        return TeamLimits.of(plan.limits(), AddOnTotals.fromUnits(units));
    }
}
