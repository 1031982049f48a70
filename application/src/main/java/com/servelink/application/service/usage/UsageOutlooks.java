package com.servelink.application.service.usage;

import com.servelink.application.port.out.UsageRepository;
import com.servelink.application.port.out.UsageRepository.DailyTotal;
import com.servelink.domain.billing.AddOnTotals;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.platform.DailyUsage;
import com.servelink.domain.platform.DailyValue;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.TeamId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The usage outlook of a team's month (one aggregate query for all four metrics), and the
 * calendar rules the dashboard, the cancel preview and the limits job share: months are UTC,
 * the current month runs to today, a past month to its last day, a future month is refused.
 */
public final class UsageOutlooks {
    private final UsageRepository usage;

    public UsageOutlooks(UsageRepository usage) {
        this.usage = usage;
    }

    /** Every metric's outlook for {@code month}, held against {@code limits}, up to {@code asOf}. */
    public Map<UsageMetric, MetricOutlook> of(TeamId team, Plan plan, TeamLimits limits, YearMonth month,
                                              LocalDate asOf) {
        LocalDate last = asOf.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : asOf;
        Map<UsageMetric, List<DailyValue>> days = new EnumMap<>(UsageMetric.class);
        for (DailyTotal total : usage.dailyTotals(team, month.atDay(1), last)) {
            days.computeIfAbsent(total.metric(), m -> new ArrayList<>()).add(new DailyValue(total.day(), total.total()));
        }
        Map<UsageMetric, MetricOutlook> outlook = new EnumMap<>(UsageMetric.class);
        for (UsageMetric metric : UsageMetric.values()) {
            DailyUsage daily = new DailyUsage(metric, month, days.getOrDefault(metric, List.of()));
            outlook.put(metric, MetricOutlook.of(daily, limits, plan, last));
        }
        return outlook;
    }

    /** The current UTC month. */
    public static YearMonth monthOf(Instant now) {
        return YearMonth.from(now.atZone(ZoneOffset.UTC));
    }

    /** The month's last day so far at {@code now}: today for the current month, its last day for a past one. */
    public static LocalDate asOf(YearMonth month, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return today.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : today;
    }

    /** The instant whose limits a month is held against: its last moment, or now for the current month. */
    public static Instant limitsInstant(YearMonth month, Instant now) {
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);
        return end.isBefore(now) ? end : now;
    }

    /** The first instant of {@code month}. */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Refuses a month after the current one, naming {@code field}. */
    public static YearMonth requireNotFuture(YearMonth month, Instant now, String field) {
        YearMonth current = monthOf(now);
        if (month.isAfter(current)) {
            throw DomainException.invalidField(field, "must not be after the current month (" + current + ", UTC)");
        }
        return month;
    }

    /** Units per type of {@code resources} that counted at {@code at}. */
    public static Map<ResourceType, Long> unitsCountedAt(Collection<AdditionalResource> resources, Instant at) {
        Map<ResourceType, Long> units = new EnumMap<>(ResourceType.class);
        resources.stream().filter(r -> r.countedAt(at))
                .forEach(r -> units.merge(r.type(), (long) r.quantity().value(), Long::sum));
        return units;
    }

    /** The plan's limits plus {@code units}. */
    public static TeamLimits limits(Plan plan, Map<ResourceType, Long> units) {
        return TeamLimits.of(plan.limits(), AddOnTotals.fromUnits(units));
    }
}
