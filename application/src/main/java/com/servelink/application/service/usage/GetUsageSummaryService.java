package com.servelink.application.service.usage;

import com.servelink.application.port.in.usage.GetUsageSummaryUseCase;
import com.servelink.application.port.in.usage.UsageSummary;
import com.servelink.application.port.in.usage.UsageSummary.ActiveAddOn;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.Team;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the dashboard's month in five statements: the membership, the add-ons that counted
 * since the month began (which give both the limits in force and the add-ons active now), the
 * daily values of all four metrics, the top projects, the month's alerts. A past month is held
 * against the limits in force at its end.
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
        return summaryOf(team, query.month(), TOP_PROJECTS);
    }

    /**
     * The month of a team the caller was already allowed to see (the staff's billing view reads
     * it too); {@code topProjects} 0 reads no projects (four statements instead of five).
     */
    public UsageSummary summaryOf(Team team, Optional<YearMonth> wanted, int topProjects) {
        Instant now = clock.instant();
        YearMonth current = UsageOutlooks.monthOf(now);
        YearMonth month = wanted.map(m -> UsageOutlooks.requireNotFuture(m, now, "month")).orElse(current);
        var plan = catalog.requirePlan(team.plan());
        Instant limitsAt = UsageOutlooks.limitsInstant(month, now);
        // one read serves both the limits at the month's end and the add-ons active now: every
        // add-on that counted at either moment was activated by now and expires after the month began
        List<AdditionalResource> sinceMonthStart = resources.findActiveDuring(team.id(), UsageOutlooks.start(month),
                now.plusNanos(1));
        TeamLimits limits = UsageOutlooks.limits(plan, UsageOutlooks.unitsCountedAt(sinceMonthStart, limitsAt));
        LocalDate asOf = UsageOutlooks.asOf(month, now);
        Map<UsageMetric, MetricOutlook> outlook = outlooks.of(team.id(), plan, limits, month, asOf);

        List<AdditionalResource> activeNow = sinceMonthStart.stream().filter(r -> r.countsAt(now)).toList();
        Map<ResourceType, Long> unitsNow = UsageOutlooks.unitsCountedAt(activeNow, now);
        List<ActiveAddOn> activeAddOns = activeNow.stream()
                .sorted(Comparator.comparing((AdditionalResource r) -> r.expiresAt().orElseThrow())
                        .thenComparing(r -> r.id().value()))
                .map(r -> new ActiveAddOn(r, LimitCliff.preview(plan.limits(), unitsNow, r, now, month, outlook)))
                .toList();
        return new UsageSummary(team, plan, month, asOf, limits, List.copyOf(outlook.values()),
                topProjects == 0 ? List.of() : usage.topProjectsByTraffic(team.id(), month, topProjects), activeAddOns,
                alerts.findByTeam(team.id(), Optional.of(month)));
    }
}
