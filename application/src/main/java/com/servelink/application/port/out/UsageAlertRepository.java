package com.servelink.application.port.out;

import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.team.TeamId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Stores usage alerts, at most one per {@link UsageAlert#key() key}: team and key value. */
public interface UsageAlertRepository {
    /**
     * The order of levels in lists: a limit exceeded, nearly reached, about to drop below the
     * usage (an add-on expiring), approached. Not the enum's order, which lists the thresholds by
     * percentage and adds {@code cliff} last.
     */
    List<AlertLevel> MOST_SEVERE_FIRST = List.of(AlertLevel.EXCEEDED, AlertLevel.CRITICAL, AlertLevel.CLIFF,
            AlertLevel.WARNING);

    /**
     * Stores the alert unless one with the same {@link UsageAlert#key()} exists (a unique
     * constraint in a database, so concurrent runs cannot both add it). Returns whether it was added.
     */
    boolean addIfAbsent(UsageAlert alert);

    /**
     * The team's alerts, optionally of one month, newest first, then the most severe level first
     * ({@link #MOST_SEVERE_FIRST}), then metric, then key value.
     */
    List<UsageAlert> findByTeam(TeamId team, Optional<YearMonth> month);
}
