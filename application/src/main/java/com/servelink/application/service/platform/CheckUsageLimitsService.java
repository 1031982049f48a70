package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.CheckUsageLimitsUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.application.service.usage.UsageOutlooks;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.PlatformEvent;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageAlertId;
import com.servelink.domain.platform.UsageLimitPolicy;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * For each team with usage this month (UTC), compares the month's usage with the team's
 * effective limits at the time of the run (plan plus add-ons counting now) and records the
 * threshold alerts not yet recorded, each with the day the forecast reaches the limit and the
 * add-on that covers it. Then, for every active add-on expiring within 7 days, records a
 * {@code cliff} alert when the team's usage (or its forecast) would be over the limit without it:
 * once in the 7-day window, once more in the last day. The repository keeps each alert once
 * ({@link UsageAlert#key()}), so a second run, or two nodes running at once, add nothing.
 */
public final class CheckUsageLimitsService implements CheckUsageLimitsUseCase {
    static final int BATCH = 500;
    private static final Duration CLIFF_HORIZON = Duration.ofDays(LimitCliff.WARNING_DAYS.get(0));

    private final PricingCatalog catalog;
    private final TeamRepository teams;
    private final AdditionalResourceRepository resources;
    private final UsageRepository usage;
    private final UsageAlertRepository alerts;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;
    private final EventPublisher events;
    private final UsageOutlooks outlooks;

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
        this.outlooks = new UsageOutlooks(usage);
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
        return created + checkCliffs(month, now);
    }

    private int check(TeamId teamId, YearMonth month, Instant now) {
        Optional<Plan> plan = teams.findById(teamId).map(Team::plan).flatMap(catalog::plan);
        if (plan.isEmpty()) {
            return 0;
        }
        TeamLimits limits = UsageOutlooks.limits(plan.get(), resources.countingUnits(teamId, now));
        Map<UsageMetric, MetricOutlook> outlook = outlooks.of(teamId, plan.get(), limits, month,
                UsageOutlooks.asOf(month, now));
        Map<UsageMetric, BigDecimal> used = new EnumMap<>(UsageMetric.class);
        outlook.forEach((metric, o) -> used.put(metric, o.used()));
        List<UsageLimitPolicy.LimitCrossing> crossings = UsageLimitPolicy.crossings(new MonthlyUsage(month, used),
                limits);
        List<UsageAlert> raised = crossings.stream()
                .map(crossing -> UsageAlert.raise(UsageAlertId.fromOpaque(ids.nextOpaqueId()), teamId, month, crossing,
                        now, outlook.get(crossing.metric())))
                .toList();
        return record(raised);
    }

    /** Cliff alerts for the add-ons expiring within the widest warning window, team by team. */
    private int checkCliffs(YearMonth month, Instant now) {
        Map<TeamId, List<AdditionalResource>> expiring = new LinkedHashMap<>();
        for (AdditionalResource resource : resources.findActiveExpiring(now, now.plus(CLIFF_HORIZON))) {
            expiring.computeIfAbsent(resource.teamId(), t -> new ArrayList<>()).add(resource);
        }
        int created = 0;
        for (Map.Entry<TeamId, List<AdditionalResource>> team : expiring.entrySet()) {
            created += checkCliffs(team.getKey(), team.getValue(), month, now);
        }
        return created;
    }

    private int checkCliffs(TeamId teamId, List<AdditionalResource> expiring, YearMonth month, Instant now) {
        Optional<Plan> plan = teams.findById(teamId).map(Team::plan).flatMap(catalog::plan);
        if (plan.isEmpty()) {
            return 0;
        }
        Map<ResourceType, Long> units = resources.countingUnits(teamId, now);
        TeamLimits limits = UsageOutlooks.limits(plan.get(), units);
        Map<UsageMetric, MetricOutlook> outlook = outlooks.of(teamId, plan.get(), limits, month,
                UsageOutlooks.asOf(month, now));
        List<UsageAlert> raised = new ArrayList<>();
        for (AdditionalResource resource : expiring) {
            OptionalInt window = LimitCliff.warningWindow(now, resource.expiresAt().orElseThrow());
            LimitCliff.Preview preview = LimitCliff.preview(plan.get().limits(), units, resource, now, month, outlook);
            if (window.isPresent() && preview.isCliff()) {
                raised.add(UsageAlert.cliff(UsageAlertId.fromOpaque(ids.nextOpaqueId()), teamId, month, preview,
                        window.getAsInt(), now, outlook.get(preview.ownMetric().metric())));
            }
        }
        return record(raised);
    }

    /** Stores the alerts not yet stored, in one transaction; publishes an event for each one added. */
    private int record(List<UsageAlert> raised) {
        if (raised.isEmpty()) {
            return 0;
        }
        List<UsageAlert> added = transactions.inTransaction(() -> {
            List<UsageAlert> stored = new ArrayList<>();
            for (UsageAlert alert : raised) {
                if (alerts.addIfAbsent(alert)) {
                    stored.add(alert);
                    events.publish(new PlatformEvent.UsageAlertRaised(alert.id(), alert.teamId(),
                            alert.metric(), alert.level(), alert.month(), alert.createdAt()));
                }
            }
            return stored;
        });
        return added.size();
    }
}
