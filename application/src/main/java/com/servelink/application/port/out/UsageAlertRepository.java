package com.servelink.application.port.out;

import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.team.TeamId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Stores usage alerts, at most one per team, metric, level and month. */
public interface UsageAlertRepository {

    /**
     * Stores the alert unless one with the same {@link UsageAlert#key()} exists (a unique
     * constraint in a database, so concurrent runs cannot both add it). Returns whether it was added.
     */
    boolean addIfAbsent(UsageAlert alert);

    /** The team's alerts, optionally of one month, newest first (then the most severe level first, then metric). */
    List<UsageAlert> findByTeam(TeamId team, Optional<YearMonth> month);
}
