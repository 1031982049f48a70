package com.servelink.domain.billing;

import com.servelink.domain.catalog.PlanLimits;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.TestCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TeamLimitsTest {
    private final PlanLimits pro = TestCatalog.pro().limits();

    @Test
    void the_seed_example_adds_the_add_ons_to_the_pro_plan() {
        AddOnTotals addOns = new AddOnTotals(500, new BigDecimal("2.0"), 20, 10);

        TeamLimits limits = TeamLimits.of(pro, addOns);

        assertThat(limits.cpuCores()).isEqualByComparingTo("6.0");
        assertThat(limits.memoryMb()).isEqualTo(6644);
        assertThat(limits.trafficGb()).isEqualTo(30);
        assertThat(limits.storageMb()).as("10240 MB + 10 GB x 1024").isEqualTo(20480);
        assertThat(limits.planLimits()).isEqualTo(pro);
        assertThat(limits.additionalResources()).isEqualTo(addOns);
    }

    @Test
    void totals_are_counted_from_units_of_each_type() {
        AddOnTotals totals = AddOnTotals.fromUnits(Map.of(
                ResourceType.RAM, 1L, ResourceType.CPU, 2L, ResourceType.TRAFFIC, 2L, ResourceType.STORAGE, 1L));

        assertThat(totals.ramMb()).isEqualTo(500);
        assertThat(totals.cpuCores()).isEqualByComparingTo("2.0");
        assertThat(totals.trafficGb()).isEqualTo(20);
        assertThat(totals.storageGb()).isEqualTo(10);
        assertThat(TeamLimits.of(pro, totals).memoryMb()).isEqualTo(6644);
    }

    @Test
    void the_seed_list_totals_come_from_two_ram_units() {
        AddOnTotals totals = AddOnTotals.fromUnits(Map.of(ResourceType.RAM, 2L));

        assertThat(totals.ramMb()).isEqualTo(1000);
        assertThat(totals.cpuCores()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(totals.trafficGb()).isZero();
        assertThat(totals.storageGb()).isZero();
    }

    @Test
    void without_add_ons_the_limits_are_the_plan() {
        assertThat(AddOnTotals.fromUnits(Map.of())).isEqualTo(AddOnTotals.NONE);

        TeamLimits free = TeamLimits.of(TestCatalog.free().limits(), AddOnTotals.NONE);

        assertThat(free.cpuCores()).isEqualByComparingTo("0.3");
        assertThat(free.memoryMb()).isEqualTo(100);
        assertThat(free.trafficGb()).isEqualTo(5);
        assertThat(free.storageMb()).isEqualTo(100);
    }

    @Test
    void negative_unit_counts_and_totals_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> AddOnTotals.fromUnits(Map.of(ResourceType.CPU, -1L)))
                .withMessageContaining("cpu");
        assertThatIllegalArgumentException().isThrownBy(() -> new AddOnTotals(-500, BigDecimal.ZERO, 0, 0));
    }
}
