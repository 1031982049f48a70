package com.servelink.application.scenario;

import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.PaymentEvent;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.servelink.application.testing.TestCore.ACME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of an add-on, as a customer lives it: bought, paid, counted for thirty days,
 * no longer counted at its expiry, then marked expired by the nightly job.
 */
class AddOnLifecycleScenarioTest {
    private final TestCore core = new TestCore();

    @Test
    void an_add_on_from_purchase_to_expiry() {
        // The owner of a Pro team buys two units of RAM: 2 × 1.00 EUR.
        PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 2);
        assertThat(receipt.amount()).isEqualTo(Money.eur("2.00"));
        assertThat(status(receipt)).isEqualTo(ResourceStatus.PENDING);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(6144);

        // Ten minutes later the provider reports the payment: the RAM counts at once.
        core.clock.advance(Duration.ofMinutes(10));
        assertThat(core.pay(receipt)).isEqualTo(PaymentOutcome.APPLIED);
        assertThat(status(receipt)).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(7144);
        assertThat(core.resourcesOf(core.member, ACME).totals().ramMb()).isEqualTo(1000);

        // Twenty-nine days on, it still counts; the nightly job has nothing to do.
        core.clock.advance(Duration.ofDays(29));
        assertThat(core.expire.expireDue()).isZero();
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(7144);

        // At exactly 720 hours after activation it stops counting, before any job runs.
        core.clock.advance(Duration.ofDays(1));
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(6144);
        assertThat(status(receipt)).isEqualTo(ResourceStatus.ACTIVE);

        // The 05:00 job marks it expired, once.
        assertThat(core.expire.expireDue()).isEqualTo(1);
        assertThat(core.expire.expireDue()).isZero();
        assertThat(status(receipt)).isEqualTo(ResourceStatus.EXPIRED);

        assertThat(core.events.events()).hasExactlyElementsOfTypes(AddOnEvent.Purchased.class,
                PaymentEvent.Completed.class, AddOnEvent.Activated.class, AddOnEvent.Expired.class);
    }

    private ResourceStatus status(PurchaseReceipt receipt) {
        return core.resources.findById(receipt.resourceId()).orElseThrow().status();
    }
}
