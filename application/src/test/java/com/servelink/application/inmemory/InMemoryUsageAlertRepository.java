package com.servelink.application.inmemory;

import com.servelink.application.port.out.UsageAlertRepository.AlertPosition;
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

    private static final Comparator<AlertPosition> BY_POSITION = Comparator.comparing(AlertPosition::createdAt)
            .reversed()
            .thenComparing(p -> MOST_SEVERE_FIRST.indexOf(p.level()))
            .thenComparing(AlertPosition::metric)
            .thenComparing(AlertPosition::key);

    private final Map<UsageAlert.Key, UsageAlert> alerts = new LinkedHashMap<>();

    @Override
    public synchronized boolean addIfAbsent(UsageAlert alert) {
        return alerts.putIfAbsent(alert.key(), alert) == null;
    }

    @Override
    public synchronized List<UsageAlert> findPageByTeam(TeamId team, Optional<YearMonth> month,
                                                        Optional<AlertPosition> after, int limit) {
        return findByTeam(team, month).stream()
                .filter(a -> after.map(p -> BY_POSITION.compare(AlertPosition.of(a), p) > 0).orElse(true))
                .limit(limit)
                .toList();
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
