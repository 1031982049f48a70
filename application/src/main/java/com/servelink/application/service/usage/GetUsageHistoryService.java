package com.servelink.application.service.usage;

import com.servelink.application.port.in.usage.GetUsageHistoryUseCase;
import com.servelink.application.port.in.usage.UsageHistory;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.UsageLimitPolicy;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.shared.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The team's last months: one aggregate query for every month's totals, one for the add-ons that
 * counted during those months. A month's limit is the team's plan plus the add-ons counting at
 * the month's last moment (now, for the current month). The plan is the team's plan today: plan
 * changes are not kept as history.
 */
public final class GetUsageHistoryService implements GetUsageHistoryUseCase {
    private final TeamAccess access;
    private final PricingCatalog catalog;
    private final AdditionalResourceRepository resources;
    private final UsageRepository usage;
    private final Clock clock;

    public GetUsageHistoryService(TeamAccess access, PricingCatalog catalog, AdditionalResourceRepository resources,
                                  UsageRepository usage, Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.resources = resources;
        this.usage = usage;
        this.clock = clock;
    }

    @Override
    public UsageHistory history(GetUsageHistoryQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        if (query.months() < 1 || query.months() > MAX_MONTHS) {
            throw DomainException.invalidField("months", "must be an integer from 1 to " + MAX_MONTHS);
        }
        Instant now = clock.instant();
        YearMonth last = UsageOutlooks.monthOf(now);
        YearMonth first = last.minusMonths(query.months() - 1L);
        var plan = catalog.requirePlan(team.plan());
        List<AdditionalResource> counted = resources.findActiveDuring(team.id(), UsageOutlooks.start(first),
                now.plusNanos(1));
        List<UsageHistory.Month> months = new ArrayList<>();
        for (MonthlyUsage monthly : usage.monthlyHistory(team.id(), first, last)) {
            Instant at = UsageOutlooks.limitsInstant(monthly.month(), now);
            TeamLimits limits = UsageOutlooks.limits(plan, UsageOutlooks.unitsCountedAt(counted, at));
            List<UsageHistory.MetricTotal> metrics = new ArrayList<>();
            for (UsageMetric metric : UsageMetric.values()) {
                metrics.add(new UsageHistory.MetricTotal(metric, monthly.of(metric),
                        UsageLimitPolicy.monthlyLimit(metric, limits, monthly.month())));
            }
            months.add(new UsageHistory.Month(monthly.month(), metrics));
        }
        return new UsageHistory(team, months);
    }
}
