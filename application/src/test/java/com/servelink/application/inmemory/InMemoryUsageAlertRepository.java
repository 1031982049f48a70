package com.servelink.application.inmemory;

import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.team.TeamId;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Usage alerts in a map by {@link UsageAlert#key()}: a second one with the same key is not added. */
public final class InMemoryUsageAlertRepository implements UsageAlertRepository {
    /** Newest first, then the most severe level, then metric, then key: the order members see. */
    public static final Comparator<UsageAlert> NEWEST_FIRST = Comparator.comparing(UsageAlert::createdAt).reversed()
            .thenComparing(a -> MOST_SEVERE_FIRST.indexOf(a.level()))
            .thenComparing(UsageAlert::metric)
            .thenComparing(a -> a.key().value());

    private final Map<UsageAlert.Key, UsageAlert> alerts = new LinkedHashMap<>();

    @Override
    public synchronized boolean addIfAbsent(UsageAlert alert) {
        return alerts.putIfAbsent(alert.key(), alert) == null;
    }

    @Override
    public synchronized List<UsageAlert> findByTeam(TeamId team, Optional<YearMonth> month) {
        return alerts.values().stream()
                .filter(a -> a.teamId().equals(team))
                .filter(a -> month.map(a.month()::equals).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
    }
}
