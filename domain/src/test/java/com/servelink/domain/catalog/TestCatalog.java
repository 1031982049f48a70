package com.servelink.domain.catalog;

import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of SPEC §2 built in code, so that tests of every module share one copy of the
 * product's prices, limits and texts. {@code advanced_analytics} and {@code custom_domains} are
 * not fixed by the specification; Pro has them and Free does not.
 */
public final class TestCatalog {
    private TestCatalog() {
    }

    /** Plans {@code free} and {@code pro}, and the four add-on types with their French and English texts. */
    public static PricingCatalog standard() {
        return new PricingCatalog(List.of(free(), pro()), addOnDescriptions());
    }

    /** 0 EUR; 0.3 CPU, 100 MB, 5 GB traffic, 100 MB storage, 2 projects, 1 member; paused after 5 days, disabled 7 later. */
    public static Plan free() {
        return new Plan(PlanId.FREE, "Free", Money.eur("0"),
                new PlanLimits(new BigDecimal("0.3"), 100, 5, 100, 2, 1),
                new PlanFeatures(false, false, false, Optional.of(new InactiveProjectPolicy(5, 7))),
                Map.of());
    }

    /** 3.00 EUR; 4.0 CPU, 6144 MB, 10 GB traffic, 10240 MB storage, unlimited projects and members; sells add-ons. */
    public static Plan pro() {
        return new Plan(PlanId.PRO, "Pro", Money.eur("3.00"),
                new PlanLimits(new BigDecimal("4.0"), 6144, 10, 10240, PlanLimits.UNLIMITED, PlanLimits.UNLIMITED),
                new PlanFeatures(true, true, true, Optional.empty()),
                Map.of(ResourceType.RAM, Money.eur("1.00"),
                        ResourceType.CPU, Money.eur("2.00"),
                        ResourceType.TRAFFIC, Money.eur("1.00"),
                        ResourceType.STORAGE, Money.eur("1.00")));
    }

    /** The display texts of SPEC §2, one per add-on type. */
    public static List<AddOnDescription> addOnDescriptions() {
        return List.of(
                new AddOnDescription(ResourceType.RAM,
                        new LocalizedText("RAM additionnelle", "Additional RAM"), "500 MB",
                        new LocalizedText("Ajoutez 500 MB de RAM à votre plan", "Add 500 MB of RAM to your plan"),
                        "memory"),
                new AddOnDescription(ResourceType.CPU,
                        new LocalizedText("CPU additionnel", "Additional CPU"), "1 CPU",
                        new LocalizedText("Ajoutez 1 CPU à votre plan", "Add 1 CPU to your plan"),
                        "developer_board"),
                new AddOnDescription(ResourceType.TRAFFIC,
                        new LocalizedText("Trafic additionnel", "Additional traffic"), "10 GB",
                        new LocalizedText("Ajoutez 10 GB de trafic à votre plan", "Add 10 GB of traffic to your plan"),
                        "swap_horiz"),
                new AddOnDescription(ResourceType.STORAGE,
                        new LocalizedText("Stockage additionnel", "Additional storage"), "10 GB",
                        new LocalizedText("Ajoutez 10 GB de stockage à votre plan",
                                "Add 10 GB of storage to your plan"),
                        "storage"));
    }
}
