package com.servelink.domain.billing;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AddOnPurchasePolicyTest {
    private final PricingCatalog catalog = TestCatalog.standard();
    private final AddOnPurchasePolicy policy = new AddOnPurchasePolicy(catalog);

    @ParameterizedTest(name = "{1} x {0} costs {2} EUR")
    @CsvSource({"ram, 2, 2.00", "cpu, 1, 2.00", "cpu, 3, 6.00", "traffic, 100, 100.00", "storage, 7, 7.00"})
    void a_pro_team_pays_the_catalog_unit_price_times_the_quantity(String type, int units, String total) {
        Money unitPrice = policy.unitPriceFor(catalog.requirePlan(PlanId.PRO),
                ResourceType.fromCode(type, "resource_type"));

        assertThat(unitPrice.times(new Quantity(units).value())).isEqualTo(Money.eur(total));
    }

    @ParameterizedTest
    @EnumSource(ResourceType.class)
    void a_free_team_is_told_it_needs_the_pro_plan(ResourceType type) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> policy.unitPriceFor(catalog.requirePlan(PlanId.FREE), type))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_REQUIRED))
                .withMessageContaining("pro plan")
                .withMessageContaining("free plan");
    }

    @Test
    void free_offers_are_not_purchasable_and_pro_offers_are() {
        assertThat(catalog.offersFor(catalog.requirePlan(PlanId.FREE), Language.FR))
                .allSatisfy(offer -> assertThat(offer.purchasable()).isFalse());
        assertThat(catalog.offersFor(catalog.requirePlan(PlanId.PRO), Language.FR))
                .allSatisfy(offer -> assertThat(offer.purchasable()).isTrue());
    }
}
