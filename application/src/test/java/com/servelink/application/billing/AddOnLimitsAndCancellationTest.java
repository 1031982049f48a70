package com.servelink.application.billing;

import com.servelink.application.port.in.billing.CancelAddOnUseCase.CancelAddOnCommand;
import com.servelink.application.port.in.billing.ListAddOnOffersUseCase.ListAddOnOffersQuery;
import com.servelink.application.port.in.billing.ListTeamResourcesUseCase.ListTeamResourcesQuery;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.testing.TestCore;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.catalog.AddOnOffer;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import static com.servelink.application.testing.Refusals.refused;
import static com.servelink.application.testing.TestCore.ACME;
import static com.servelink.application.testing.TestCore.RIVAL;
import static com.servelink.application.testing.TestCore.TINY;
import static org.assertj.core.api.Assertions.assertThat;

class AddOnLimitsAndCancellationTest {
    private final TestCore core = new TestCore();

    private PurchaseReceipt bought(String type, int quantity) {
        PurchaseReceipt receipt = core.buy(core.owner, ACME, type, quantity);
        core.pay(receipt);
        return receipt;
    }

    @Test
    void limits_are_the_plan_plus_the_active_add_ons_as_in_the_seed_example() {
        bought("cpu", 2);
        bought("ram", 1);
        bought("traffic", 2);
        bought("storage", 1);

        var limits = core.limitsOf(core.member, ACME);

        assertThat(limits.cpuCores()).isEqualByComparingTo("6.0");
        assertThat(limits.memoryMb()).isEqualTo(6644);
        assertThat(limits.trafficGb()).isEqualTo(30);
        assertThat(limits.storageMb()).isEqualTo(20480);
        assertThat(limits.planLimits().cpuCores()).isEqualByComparingTo("4.0");
        assertThat(limits.planLimits().memoryMb()).isEqualTo(6144);
        assertThat(limits.additionalResources())
                .isEqualTo(new AddOnTotals(500, new BigDecimal("2.0"), 20, 10));
    }

    @Test
    void a_resource_stops_counting_exactly_at_its_expiry_even_before_the_job_runs() {
        bought("ram", 2);
        core.clock.advance(Duration.ofHours(720).minusNanos(1));
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(6144 + 1000);

        core.clock.advance(Duration.ofNanos(1));
        assertThat(core.limitsOf(core.member, ACME).memoryMb()).isEqualTo(6144);
        assertThat(core.resourcesOf(core.member, ACME).totals()).isEqualTo(AddOnTotals.NONE);
        assertThat(core.resourcesOf(core.member, ACME).resources()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ResourceStatus.ACTIVE));
    }

    @Test
    void the_expiry_job_expires_due_resources_once() {
        bought("ram", 1);
        core.clock.advance(Duration.ofHours(10));
        bought("cpu", 1);
        core.clock.advance(Duration.ofHours(715));

        assertThat(core.expire.expireDue()).isEqualTo(1);
        assertThat(core.expire.expireDue()).isZero();
        assertThat(core.resourcesOf(core.member, ACME).resources()).extracting(r -> r.status())
                .containsExactly(ResourceStatus.ACTIVE, ResourceStatus.EXPIRED);
    }

    @Test
    void an_owner_cancels_an_active_resource_at_once_and_it_stops_counting() {
        PurchaseReceipt receipt = bought("cpu", 2);
        var cancelled = core.cancel.cancel(new CancelAddOnCommand(core.owner, ACME, receipt.resourceId()));

        assertThat(cancelled.status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(core.limitsOf(core.member, ACME).cpuCores()).isEqualByComparingTo("4.0");
        refused(() -> core.cancel.cancel(new CancelAddOnCommand(core.admin, ACME, receipt.resourceId())),
                ErrorCode.INVALID_TRANSITION);
    }

    @Test
    void a_pending_resource_can_be_cancelled() {
        PurchaseReceipt receipt = core.buy(core.owner, ACME, "ram", 1);
        assertThat(core.cancel.cancel(new CancelAddOnCommand(core.admin, ACME, receipt.resourceId())).status())
                .isEqualTo(ResourceStatus.CANCELLED);
    }

    @Test
    void only_owners_and_admins_cancel_and_only_their_own_team_resources() {
        PurchaseReceipt receipt = bought("cpu", 1);
        refused(() -> core.cancel.cancel(new CancelAddOnCommand(core.member, ACME, receipt.resourceId())),
                ErrorCode.FORBIDDEN);
        refused(() -> core.cancel.cancel(new CancelAddOnCommand(core.rivalOwner, RIVAL, receipt.resourceId())),
                ErrorCode.NOT_FOUND);
        refused(() -> core.cancel.cancel(new CancelAddOnCommand(core.owner, ACME, ResourceId.fromOpaque("nope"))),
                ErrorCode.NOT_FOUND);
        assertThat(core.resources.findById(receipt.resourceId()).orElseThrow().status())
                .isEqualTo(ResourceStatus.ACTIVE);
    }

    @Test
    void the_list_filters_by_status_and_totals_only_counting_resources() {
        bought("ram", 2);
        core.buy(core.owner, ACME, "ram", 5);

        var active = core.listResources.listResources(
                new ListTeamResourcesQuery(core.member, ACME, Optional.of(ResourceStatus.ACTIVE)));
        var pending = core.listResources.listResources(
                new ListTeamResourcesQuery(core.member, ACME, Optional.of(ResourceStatus.PENDING)));

        assertThat(active.resources()).hasSize(1);
        assertThat(pending.resources()).hasSize(1);
        assertThat(active.totals().ramMb()).isEqualTo(1000);
        refused(() -> core.resourcesOf(core.rivalOwner, ACME), ErrorCode.NOT_FOUND);
    }

    @Test
    void offers_are_in_french_by_default_and_say_whether_the_team_may_buy() {
        var pro = core.listOffers.listOffers(new ListAddOnOffersQuery(core.member, ACME, Language.FR));
        var free = core.listOffers.listOffers(new ListAddOnOffersQuery(core.freeOwner, TINY, Language.EN));

        assertThat(pro).extracting(AddOnOffer::name).containsExactly("RAM additionnelle", "CPU additionnel",
                "Trafic additionnel", "Stockage additionnel");
        assertThat(pro).allMatch(AddOnOffer::purchasable);
        assertThat(free).extracting(AddOnOffer::name).contains("Additional RAM");
        assertThat(free).noneMatch(AddOnOffer::purchasable);
        assertThat(free).extracting(o -> o.price().amount().toPlainString())
                .containsExactly("1.00", "2.00", "1.00", "1.00");
    }
}
