package com.servelink.adapter.http.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.port.in.usage.TeamBillingSnapshot;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.AddOnOffer;
import com.servelink.domain.platform.MetricOutlook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of the add-on store and payments (seed §1, §8), field for field. */
public final class BillingViews {
    private BillingViews() {
    }

    public record OfferJson(String type, String name, String unit, BigDecimal price, String currency,
                            String description, String icon, boolean purchasable) {
        public static OfferJson of(AddOnOffer offer) {
            return new OfferJson(offer.type().code(), offer.name(), offer.unit(), offer.price().amount(),
                    offer.price().currency().getCurrencyCode(), offer.description(), offer.icon(), offer.purchasable());
        }
    }

    public record OffersJson(List<OfferJson> resources) {
    }

    public record PurchaseJson(String paymentId, String resourceId, BigDecimal amount, String currency,
                               String paymentUrl, String status) {
        public static PurchaseJson of(PurchaseReceipt receipt) {
            return new PurchaseJson(receipt.paymentId().value(), receipt.resourceId().value(),
                    receipt.amount().amount(), receipt.amount().currency().getCurrencyCode(), receipt.paymentUrl(),
                    "pending");
        }
    }

    public record ResourceJson(String id, String teamId, String resourceType, int quantity, BigDecimal unitPrice,
                               String currency, String paymentId, String status, Instant expiresAt,
                               Instant createdAt, Instant activatedAt, Instant cancelledAt, boolean autoRenew) {
        public static ResourceJson of(AdditionalResource r) {
            return new ResourceJson(r.id().value(), r.teamId().value(), r.type().code(), r.quantity().value(),
                    r.unitPrice().amount(), r.unitPrice().currency().getCurrencyCode(), r.paymentId().value(),
                    r.status().code(), r.expiresAt().orElse(null), r.createdAt(), r.activatedAt().orElse(null),
                    r.cancelledAt().orElse(null), r.autoRenew());
        }
    }

    public record TotalsJson(long ramMb, BigDecimal cpuCores, long trafficGb, long storageGb) {
        public static TotalsJson of(AddOnTotals totals) {
            return new TotalsJson(totals.ramMb(), totals.cpuCores(), totals.trafficGb(), totals.storageGb());
        }
    }

    public record ResourcesJson(List<ResourceJson> resources, TotalsJson totals,
                                @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
    }

    public record PlanLimitsJson(BigDecimal cpuCores, long memoryMb, long trafficGb, long storageMb) {
    }

    public record LimitsJson(BigDecimal cpuCores, long memoryMb, long trafficGb, long storageMb,
                             PlanLimitsJson planLimits, TotalsJson additionalResources) {
        public static LimitsJson of(TeamLimits limits) {
            var plan = limits.planLimits();
            return new LimitsJson(limits.cpuCores(), limits.memoryMb(), limits.trafficGb(), limits.storageMb(),
                    new PlanLimitsJson(plan.cpuCores(), plan.memoryMb(), plan.trafficGb(), plan.storageMb()),
                    TotalsJson.of(limits.additionalResources()));
        }
    }

    /**
     * A payment; {@code refunded} (given back in all) and {@code refunds} beside it for its team,
     * {@code null} where they are not looked up (the staff ticket's last payments).
     */
    public record PaymentJson(String id, String teamId, String resourceId, BigDecimal amount, String currency,
                              String status, String provider, String paymentUrl, Instant createdAt,
                              Instant completedAt, BigDecimal refunded, List<PaymentRefundJson> refunds) {
        public static PaymentJson of(Payment p) {
            return of(p, null);
        }

        public static PaymentJson of(Payment p, List<com.servelink.domain.billing.Refund> refunds) {
            // what the customer has had back: the refunds that succeeded, summed by the domain
            BigDecimal given = refunds == null ? null
                    : new com.servelink.domain.billing.PaymentRefunds(p, refunds).givenBack().amount();
            return new PaymentJson(p.id().value(), p.teamId().value(), p.resourceId().value(), p.amount().amount(),
                    p.amount().currency().getCurrencyCode(), p.status().code(), p.provider(),
                    p.checkoutUrl().orElse(null),
                    p.createdAt(), p.completedAt().orElse(null), given,
                    refunds == null ? null : refunds.stream().map(PaymentRefundJson::of).toList());
        }
    }

    /** A refund as the team sees it beside its payment (who asked stays with staff). */
    public record PaymentRefundJson(String id, BigDecimal amount, String currency, String reason, String status,
                                    String origin, String creditNote, Instant createdAt, Instant settledAt) {
        static PaymentRefundJson of(com.servelink.domain.billing.Refund r) {
            return new PaymentRefundJson(r.id().value(), r.amount().amount(), r.amount().currency().getCurrencyCode(),
                    r.reason(), r.status().code(), r.origin().code(), r.creditNote().orElse(null), r.createdAt(),
                    r.settledAt().orElse(null));
        }
    }

    public record PaymentsJson(List<PaymentJson> payments, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
    }

    /** A refund with where its payment stands after it ({@code refunded}: given back in all; {@code refundable}: left). */
    public record RefundJson(String id, String paymentId, BigDecimal amount, String currency, String reason,
                             String status, String origin, String providerReference, String creditNote,
                             String requestedBy, Instant createdAt, Instant settledAt, String paymentStatus,
                             BigDecimal refunded, BigDecimal refundable) {
        public static RefundJson of(com.servelink.application.port.in.billing.IssueRefundUseCase.RefundView view) {
            var r = view.refund();
            return new RefundJson(r.id().value(), r.paymentId().value(), r.amount().amount(),
                    r.amount().currency().getCurrencyCode(), r.reason(), r.status().code(), r.origin().code(),
                    r.providerReference().orElse(null), r.creditNote().orElse(null), r.requestedBy(), r.createdAt(),
                    r.settledAt().orElse(null), view.payment().status().code(), view.refunded().amount(),
                    view.refundable().amount());
        }
    }

    public record WebhookAckJson(boolean received, String outcome) {
    }

    /** A metric's value this month against its effective limit ({@code null}: unlimited), as the dashboard counts it. */
    public record UsageFigureJson(String metric, BigDecimal used, BigDecimal limit, BigDecimal percent) {
        static UsageFigureJson of(MetricOutlook o) {
            return new UsageFigureJson(o.metric().code(), o.used(), o.limit().orElse(null), o.percent().orElse(null));
        }
    }

    /** This month's usage: {@code percentages} by metric code ({@code null}: unlimited), and each metric's figures. */
    public record BillingUsageJson(String month, String asOf, Map<String, BigDecimal> percentages,
                                   Map<String, UsageFigureJson> metrics) {
        static BillingUsageJson of(TeamBillingSnapshot s) {
            Map<String, BigDecimal> percentages = new LinkedHashMap<>();
            Map<String, UsageFigureJson> metrics = new LinkedHashMap<>();
            for (MetricOutlook o : s.usage()) {
                percentages.put(o.metric().code(), o.percent().orElse(null));
                metrics.put(o.metric().code(), UsageFigureJson.of(o));
            }
            return new BillingUsageJson(s.month().toString(), s.asOf().toString(), percentages, metrics);
        }
    }

    /**
     * A team's billing beside a staff ticket view, in the words of the member routes: add-ons as
     * the usage summary's {@code active_addons}, limits as {@code GET …/limits}, alerts as
     * {@code GET …/alerts}, payments as {@code GET /api/payments/{team_slug}}.
     */
    public record BillingSnapshotJson(String teamId, String teamSlug, String teamName, String plan, String planName,
                                      List<UsageViews.ActiveAddOnJson> addons, LimitsJson effectiveLimits,
                                      BillingUsageJson usage, List<PlatformViews.AlertJson> openAlerts,
                                      List<PaymentJson> lastPayments) {
        public static BillingSnapshotJson of(TeamBillingSnapshot s) {
            return new BillingSnapshotJson(s.team().id().value(), s.team().slug().value(), s.team().name(),
                    s.plan().id().value(), s.plan().name(),
                    s.activeAddOns().stream().map(UsageViews.ActiveAddOnJson::of).toList(), LimitsJson.of(s.limits()),
                    BillingUsageJson.of(s), s.openAlerts().stream().map(PlatformViews.AlertJson::of).toList(),
                    s.lastPayments().stream().map(p -> PaymentJson.of(p, s.refundsOf(p))).toList());
        }
    }

}
