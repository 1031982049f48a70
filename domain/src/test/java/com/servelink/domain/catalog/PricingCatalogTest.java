package com.servelink.domain.catalog;

import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class PricingCatalogTest {
    private final PricingCatalog catalog = TestCatalog.standard();
    private final Plan free = catalog.requirePlan(PlanId.FREE);
    private final Plan pro = catalog.requirePlan(PlanId.PRO);

    @Test
    void a_pro_team_sees_the_four_offers_in_french_and_may_buy_them() {
        assertThat(catalog.offersFor(pro, Language.FR)).containsExactly(
                new AddOnOffer(ResourceType.RAM, "RAM additionnelle", "500 MB", Money.eur("1.00"),
                        "Ajoutez 500 MB de RAM à votre plan", "memory", true),
                new AddOnOffer(ResourceType.CPU, "CPU additionnel", "1 CPU", Money.eur("2.00"),
                        "Ajoutez 1 CPU à votre plan", "developer_board", true),
                new AddOnOffer(ResourceType.TRAFFIC, "Trafic additionnel", "10 GB", Money.eur("1.00"),
                        "Ajoutez 10 GB de trafic à votre plan", "swap_horiz", true),
                new AddOnOffer(ResourceType.STORAGE, "Stockage additionnel", "10 GB", Money.eur("1.00"),
                        "Ajoutez 10 GB de stockage à votre plan", "storage", true));
    }

    @Test
    void english_gives_the_english_names_and_descriptions() {
        assertThat(catalog.offersFor(pro, Language.EN)).containsExactly(
                new AddOnOffer(ResourceType.RAM, "Additional RAM", "500 MB", Money.eur("1.00"),
                        "Add 500 MB of RAM to your plan", "memory", true),
                new AddOnOffer(ResourceType.CPU, "Additional CPU", "1 CPU", Money.eur("2.00"),
                        "Add 1 CPU to your plan", "developer_board", true),
                new AddOnOffer(ResourceType.TRAFFIC, "Additional traffic", "10 GB", Money.eur("1.00"),
                        "Add 10 GB of traffic to your plan", "swap_horiz", true),
                new AddOnOffer(ResourceType.STORAGE, "Additional storage", "10 GB", Money.eur("1.00"),
                        "Add 10 GB of storage to your plan", "storage", true));
    }

    @Test
    void a_free_team_sees_the_same_list_at_pro_prices_but_may_not_buy() {
        List<AddOnOffer> forFree = catalog.offersFor(free, Language.FR);
        List<AddOnOffer> forPro = catalog.offersFor(pro, Language.FR);

        assertThat(forFree).extracting(AddOnOffer::purchasable).containsOnly(false).hasSize(4);
        assertThat(forFree).extracting(AddOnOffer::type, AddOnOffer::name, AddOnOffer::price)
                .isEqualTo(forPro.stream().map(o -> tuple(o.type(), o.name(), o.price()))
                        .collect(Collectors.toList()));
    }

    @Test
    void without_a_usable_accept_language_the_list_is_in_french() {
        assertThat(catalog.offersFor(pro, Language.fromAcceptLanguage(null)))
                .extracting(AddOnOffer::name).first().isEqualTo("RAM additionnelle");
        assertThat(catalog.offersFor(pro, Language.fromAcceptLanguage("de-DE")))
                .extracting(AddOnOffer::description).first().isEqualTo("Ajoutez 500 MB de RAM à votre plan");
    }

    @Test
    void an_offer_without_english_text_falls_back_to_french() {
        PricingCatalog frenchOnly = new PricingCatalog(List.of(TestCatalog.pro()), List.of(
                new AddOnDescription(ResourceType.RAM, new LocalizedText("RAM additionnelle", null), "500 MB",
                        new LocalizedText("Ajoutez 500 MB de RAM à votre plan", " "), "memory"),
                describe(ResourceType.CPU), describe(ResourceType.TRAFFIC), describe(ResourceType.STORAGE)));

        AddOnOffer ram = frenchOnly.offersFor(TestCatalog.pro(), Language.EN).get(0);

        assertThat(ram.name()).isEqualTo("RAM additionnelle");
        assertThat(ram.description()).isEqualTo("Ajoutez 500 MB de RAM à votre plan");
    }

    @Test
    void the_plans_of_the_catalog_carry_the_limits_and_features_of_spec_section_2() {
        assertThat(free.monthlyPrice()).isEqualTo(Money.eur("0.00"));
        assertThat(free.limits()).isEqualTo(new PlanLimits(new BigDecimal("0.3"), 100, 5, 100, 2, 1));
        assertThat(free.sellsAddOns()).isFalse();
        assertThat(free.hasPrioritySupport()).isFalse();
        assertThat(free.features().inactiveProjectPolicy()).contains(new InactiveProjectPolicy(5, 7));

        assertThat(pro.monthlyPrice()).isEqualTo(Money.eur("3.00"));
        assertThat(pro.limits()).isEqualTo(new PlanLimits(new BigDecimal("4.0"), 6144, 10, 10240, -1, -1));
        assertThat(pro.sellsAddOns()).isTrue();
        assertThat(pro.hasPrioritySupport()).isTrue();
        assertThat(pro.features().inactiveProjectPolicy()).isEmpty();
        assertThat(pro.addOnPrice(ResourceType.CPU)).contains(Money.eur("2.00"));
    }

    @Test
    void the_plan_to_move_to_for_add_ons_is_pro() {
        assertThat(catalog.cheapestPlanSellingAddOns()).map(Plan::id).contains(PlanId.PRO);
    }

    @Test
    void a_plan_missing_from_the_catalog_is_not_found() {
        assertThat(catalog.plan(new PlanId("business"))).isEmpty();
    }

    @Test
    void plans_are_listed_in_the_order_of_the_pricing_file() {
        List<Plan> inFileOrder = Stream.of("free", "starter", "pro", "team", "business", "enterprise")
                .map(id -> plan(id, "1.00", Map.of()))
                .collect(Collectors.toList());

        assertThat(new PricingCatalog(inFileOrder, List.of()).plans()).containsExactlyElementsOf(inFileOrder);
    }

    @Test
    void a_team_on_a_plan_without_add_ons_sees_the_price_of_the_first_plan_selling_them_in_the_file() {
        List<Plan> plans = List.of(TestCatalog.free(),
                plan("starter", "2.00", Map.of(ResourceType.RAM, Money.eur("1.50"))),
                TestCatalog.pro(),
                plan("team", "9.00", Map.of(ResourceType.RAM, Money.eur("0.90"))),
                plan("business", "19.00", Map.of(ResourceType.RAM, Money.eur("0.80"))),
                plan("enterprise", "99.00", Map.of(ResourceType.RAM, Money.eur("0.50"))));
        PricingCatalog several = new PricingCatalog(plans, TestCatalog.addOnDescriptions());

        List<AddOnOffer> offers = several.offersFor(TestCatalog.free(), Language.EN);

        assertThat(offers).extracting(AddOnOffer::type, AddOnOffer::price).containsExactly(
                tuple(ResourceType.RAM, Money.eur("1.50")),
                tuple(ResourceType.CPU, Money.eur("2.00")),
                tuple(ResourceType.TRAFFIC, Money.eur("1.00")),
                tuple(ResourceType.STORAGE, Money.eur("1.00")));
        assertThat(several.cheapestPlanSellingAddOns()).map(Plan::id).contains(new PlanId("starter"));
    }

    @Test
    void a_plan_selling_an_undescribed_add_on_is_refused_with_the_bad_field_named() {
        List<AddOnDescription> withoutCpu = TestCatalog.addOnDescriptions().stream()
                .filter(d -> d.type() != ResourceType.CPU).collect(Collectors.toList());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PricingCatalog(List.of(TestCatalog.free(), TestCatalog.pro()), withoutCpu))
                .withMessageContaining("plans.pro.additional_resources.cpu");
    }

    @Test
    void a_plan_defined_twice_or_no_plan_at_all_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PricingCatalog(List.of(TestCatalog.pro(), TestCatalog.pro()),
                        TestCatalog.addOnDescriptions()))
                .withMessageContaining("plans.pro");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PricingCatalog(List.of(), TestCatalog.addOnDescriptions()))
                .withMessageContaining("plans");
    }

    @Test
    void an_add_on_price_must_be_positive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plan("cheap", "1.00", Map.of(ResourceType.RAM, Money.eur("0.00"))));
    }

    private static AddOnDescription describe(ResourceType type) {
        return TestCatalog.addOnDescriptions().stream().filter(d -> d.type() == type).findFirst().orElseThrow();
    }

    private static Plan plan(String id, String price, Map<ResourceType, Money> addOns) {
        return new Plan(new PlanId(id), id, Money.eur(price),
                new PlanLimits(BigDecimal.ONE, 1, 1, 1, 1, 1),
                new PlanFeatures(false, false, false, Optional.empty()), addOns);
    }
}
