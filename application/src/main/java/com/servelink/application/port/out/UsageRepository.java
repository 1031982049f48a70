package com.servelink.application.port.out;

import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.team.TeamId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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

    /**
     * The team's value of each metric on each reported day from {@code from} to {@code to}
     * (inclusive): the sum of that day's samples across the team's projects. Days without a sample
     * are absent. One aggregate query; ordered by metric, then day.
     */
    List<DailyTotal> dailyTotals(TeamId team, LocalDate from, LocalDate to);

    /**
     * Up to {@code limit} of the team's projects with samples in {@code month}, most traffic first
     * (then by name, then id), each with its own month's values: flows summed, levels at the
     * project's highest day. One aggregate query.
     */
    List<ProjectUsage> topProjectsByTraffic(TeamId team, YearMonth month, int limit);

    /**
     * The team's usage in each month from {@code first} to {@code last} (inclusive), aggregated as
     * {@link #monthlyTotals}, oldest first; a month without samples is {@link MonthlyUsage#none}.
     * One aggregate query.
     */
    List<MonthlyUsage> monthlyHistory(TeamId team, YearMonth first, YearMonth last);

    /**
     * Hands every sample of the team's projects from {@code from} to {@code to} (inclusive) to
     * {@code sink}, ordered by day, project name, project id and metric, without holding them all
     * in memory (a database cursor): a year of fifty projects streams in constant memory.
     * Returns how many samples were handed over.
     */
    long streamSamples(TeamId team, LocalDate from, LocalDate to, Consumer<ExportedSample> sink);

    /** A team's value of one metric on one day, summed across its projects. */
    record DailyTotal(UsageMetric metric, LocalDate day, BigDecimal total) {
        public DailyTotal {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(total, "total");
        }
    }

    /** One project's month. */
    record ProjectUsage(ProjectId projectId, String name, MonthlyUsage usage) {
        public ProjectUsage {
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /** One stored sample with its project's name, as exported. */
    record ExportedSample(LocalDate day, ProjectId projectId, String projectName, UsageMetric metric,
                          BigDecimal amount) {
        public ExportedSample {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(projectName, "projectName");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
