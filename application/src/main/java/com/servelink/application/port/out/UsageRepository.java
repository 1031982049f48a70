package com.servelink.application.port.out;

import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.team.TeamId;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the daily usage samples the platform's metering reports, and sums them per team and month. */
public interface UsageRepository {

    /** Inserts the samples; a sample with the key (project, day, metric) of a stored one replaces its amount. */
    void saveAll(Collection<UsageSample> samples);

    /**
     * The team's usage in {@code month} over the samples of all its projects, aggregated as
     * {@link MonthlyUsage#aggregate} defines: flows summed; levels as the month's highest day of
     * the team's daily sum. Computed by the store (SQL aggregates), never by loading samples.
     */
    MonthlyUsage monthlyTotals(TeamId team, YearMonth month);

    /** Up to {@code limit} teams with at least one sample in {@code month}, ids after {@code after}, in id order. */
    List<TeamId> teamsWithUsage(YearMonth month, Optional<TeamId> after, int limit);
}
