package com.servelink.domain.billing;

import com.servelink.domain.catalog.PlanLimits;
import com.servelink.domain.catalog.ResourceType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AddOnTotalsPropertyTest {

    @Property
    void limits_are_never_below_the_plan(@ForAll("plans") PlanLimits plan, @ForAll("units") Map<ResourceType, Long> units) {
        AddOnTotals addOns = AddOnTotals.fromUnits(units);

        TeamLimits limits = TeamLimits.of(plan, addOns);

        assertThat(limits.cpuCores()).isGreaterThanOrEqualTo(plan.cpuCores());
        assertThat(limits.memoryMb()).isGreaterThanOrEqualTo(plan.memoryMb());
        assertThat(limits.trafficGb()).isGreaterThanOrEqualTo(plan.trafficGb());
        assertThat(limits.storageMb()).isGreaterThanOrEqualTo(plan.storageMb());
        assertThat(limits.storageMb() - plan.storageMb()).isEqualTo(10 * 1024 * units.getOrDefault(ResourceType.STORAGE, 0L));
        assertThat(limits.memoryMb() - plan.memoryMb()).isEqualTo(500 * units.getOrDefault(ResourceType.RAM, 0L));
    }

    @Property
    void totals_are_additive_per_type(@ForAll("units") Map<ResourceType, Long> a,
                                      @ForAll("units") Map<ResourceType, Long> b) {
        Map<ResourceType, Long> both = new EnumMap<>(ResourceType.class);
        for (ResourceType type : ResourceType.values()) {
            both.put(type, a.getOrDefault(type, 0L) + b.getOrDefault(type, 0L));
        }

        AddOnTotals summed = AddOnTotals.fromUnits(a).plus(AddOnTotals.fromUnits(b));
        AddOnTotals together = AddOnTotals.fromUnits(both);

        assertThat(summed.ramMb()).isEqualTo(together.ramMb());
        assertThat(summed.cpuCores()).isEqualByComparingTo(together.cpuCores());
        assertThat(summed.trafficGb()).isEqualTo(together.trafficGb());
        assertThat(summed.storageGb()).isEqualTo(together.storageGb());
    }

    @Provide
    Arbitrary<Map<ResourceType, Long>> units() {
        return Arbitraries.maps(Arbitraries.of(ResourceType.class), Arbitraries.longs().between(0, 1_000_000))
                .ofMaxSize(ResourceType.values().length);
    }

    @Provide
    Arbitrary<PlanLimits> plans() {
        return Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(1),
                Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.longs().between(0, 100_000_000),
                Arbitraries.integers().between(-1, 1000),
                Arbitraries.integers().between(-1, 1000)).as(PlanLimits::new);
    }
}
