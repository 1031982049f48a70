package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.CheckUsageLimitsUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.PlatformEvent;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageAlertId;
import com.servelink.domain.platform.UsageLimitPolicy;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For each team with usage this month (UTC), compares the month's usage with the team's
 * effective limits at the time of the run (plan plus add-ons counting now) and records the
 * alerts not yet recorded. The repository keeps one alert per team, metric, level and month,
 * so a second run, or two nodes running at once, add nothing.
 */
public final class CheckUsageLimitsService implements CheckUsageLimitsUseCase {
    static final int BATCH = 500;

    private final PricingCatalog catalog;
    private final TeamRepository teams;
    private final AdditionalResourceRepository resources;
    private final UsageRepository usage;
    private final UsageAlertRepository alerts;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;
    private final EventPublisher events;

    public CheckUsageLimitsService(PricingCatalog catalog, TeamRepository teams,
                                   AdditionalResourceRepository resources, UsageRepository usage,
                                   UsageAlertRepository alerts, Transactions transactions, IdSource ids, Clock clock,
                                   EventPublisher events) {
        this.catalog = catalog;
        this.teams = teams;
        this.resources = resources;
        this.usage = usage;
        this.alerts = alerts;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public int checkUsageLimits() {
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
        int created = 0;
        Optional<TeamId> after = Optional.empty();
        List<TeamId> page;
        do {
            page = usage.teamsWithUsage(month, after, BATCH);
            for (TeamId team : page) {
                created += check(team, month, now);
            }
            if (!page.isEmpty()) {
                after = Optional.of(page.get(page.size() - 1));
            }
        } while (page.size() == BATCH);
        return created;
    }

    private int check(TeamId teamId, YearMonth month, Instant now) {
        Optional<Plan> plan = teams.findById(teamId).map(Team::plan).flatMap(catalog::plan);
        if (plan.isEmpty()) {
            return 0;
        }
        TeamLimits limits = TeamLimits.of(plan.get().limits(),
                AddOnTotals.fromUnits(resources.countingUnits(teamId, now)));
        MonthlyUsage used = usage.monthlyTotals(teamId, month);
        List<UsageLimitPolicy.LimitCrossing> crossings = UsageLimitPolicy.crossings(used, limits);
        if (crossings.isEmpty()) {
            return 0;
        }
        List<UsageAlert> added = transactions.inTransaction(() -> {
            List<UsageAlert> stored = new ArrayList<>();
            for (UsageLimitPolicy.LimitCrossing crossing : crossings) {
                UsageAlert alert = UsageAlert.raise(UsageAlertId.fromOpaque(ids.nextOpaqueId()), teamId, month,
                        crossing, now);
                if (alerts.addIfAbsent(alert)) {
                    stored.add(alert);
                }
            }
            return stored;
        });
        added.forEach(alert -> events.publish(new PlatformEvent.UsageAlertRaised(alert.id(), teamId, alert.metric(),
                alert.level(), month, now)));
        return added.size();
    }
}
