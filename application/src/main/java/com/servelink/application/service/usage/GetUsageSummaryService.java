package com.servelink.application.service.usage;

import com.servelink.application.port.in.usage.GetUsageSummaryUseCase;
import com.servelink.application.port.in.usage.UsageSummary;
import com.servelink.application.port.in.usage.UsageSummary.ActiveAddOn;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.UsageMetric;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the dashboard's month. For the current month: one membership look-up, one query for the
 * add-ons that counted during the month (which gives both the limits now and the add-ons active
 * now), one aggregate for the daily values of all four metrics, one for the top projects, one for
 * the alerts. A past month is held against the limits in force at its end, and reads the add-ons
 * active now separately.
 */
public final class GetUsageSummaryService implements GetUsageSummaryUseCase {
    public static final int TOP_PROJECTS = 5;

    private final TeamAccess access;
    private final PricingCatalog catalog;
    private final AdditionalResourceRepository resources;
    private final UsageRepository usage;
    private final UsageAlertRepository alerts;
    private final UsageOutlooks outlooks;
    private final Clock clock;

    public GetUsageSummaryService(TeamAccess access, PricingCatalog catalog, AdditionalResourceRepository resources,
                                  UsageRepository usage, UsageAlertRepository alerts, Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.resources = resources;
        this.usage = usage;
        this.alerts = alerts;
        this.outlooks = new UsageOutlooks(usage);
        this.clock = clock;
    }

    @Override
    public UsageSummary summary(GetUsageSummaryQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Instant now = clock.instant();
        YearMonth current = UsageOutlooks.monthOf(now);
        YearMonth month = query.month().map(m -> UsageOutlooks.requireNotFuture(m, now, "month")).orElse(current);
        var plan = catalog.requirePlan(team.plan());
        Instant limitsAt = UsageOutlooks.limitsInstant(month, now);
        List<AdditionalResource> duringMonth = resources.findActiveDuring(team.id(), UsageOutlooks.start(month),
                limitsAt.plusNanos(1));
        Map<ResourceType, Long> unitsThen = UsageOutlooks.unitsCountedAt(duringMonth, limitsAt);
        TeamLimits limits = UsageOutlooks.limits(plan, unitsThen);
        LocalDate asOf = UsageOutlooks.asOf(month, now);
        Map<UsageMetric, MetricOutlook> outlook = outlooks.of(team.id(), plan, limits, month, asOf);

        List<AdditionalResource> activeNow = month.equals(current)
                ? duringMonth.stream().filter(r -> r.countsAt(now)).toList()
                : resources.findByTeam(team.id(), Optional.of(ResourceStatus.ACTIVE)).stream()
                        .filter(r -> r.countsAt(now)).toList();
        Map<ResourceType, Long> unitsNow = month.equals(current) ? unitsThen
                : UsageOutlooks.unitsCountedAt(activeNow, now);
        List<ActiveAddOn> activeAddOns = activeNow.stream()
                .sorted(Comparator.comparing((AdditionalResource r) -> r.expiresAt().orElseThrow())
                        .thenComparing(r -> r.id().value()))
                .map(r -> new ActiveAddOn(r, LimitCliff.preview(plan.limits(), unitsNow, r, now, month, outlook)))
                .toList();
        return new UsageSummary(team, plan, month, asOf, limits, List.copyOf(outlook.values()),
                usage.topProjectsByTraffic(team.id(), month, TOP_PROJECTS), activeAddOns,
                alerts.findByTeam(team.id(), Optional.of(month)));
    }
}
