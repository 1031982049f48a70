package com.servelink.application.inmemory;

import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.team.TeamId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Usage samples in a map keyed by project, day and metric; a project's team is read through the
 * project repository, as a database would join.
 */
public final class InMemoryUsageRepository implements UsageRepository {
    private final ProjectRepository projects;
    private final Map<UsageSample.Key, UsageSample> samples = new LinkedHashMap<>();

    public InMemoryUsageRepository(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public synchronized void saveAll(Collection<UsageSample> newSamples) {
        newSamples.forEach(sample -> samples.put(sample.key(), sample));
    }

    @Override
    public synchronized MonthlyUsage monthlyTotals(TeamId team, YearMonth month) {
        Set<ProjectId> ofTeam = projects.findByTeam(team).stream().map(Project::id).collect(Collectors.toSet());
        return MonthlyUsage.aggregate(month,
                samples.values().stream().filter(s -> ofTeam.contains(s.projectId())).toList());
    }

    @Override
    public synchronized List<TeamId> teamsWithUsage(YearMonth month, Optional<TeamId> after, int limit) {
        return samples.values().stream()
                .filter(s -> YearMonth.from(s.day()).equals(month))
                .map(UsageSample::projectId).distinct()
                .map(projects::findById).flatMap(Optional::stream)
                .map(Project::teamId).distinct()
                .filter(t -> after.map(a -> t.value().compareTo(a.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(TeamId::value)).limit(limit)
                .toList();
    }

    @Override
    public synchronized List<DailyTotal> dailyTotals(TeamId team, LocalDate from, LocalDate to) {
        Set<ProjectId> ofTeam = projectsOf(team);
        Map<UsageMetric, Map<LocalDate, BigDecimal>> sums = new TreeMap<>();
        samples.values().stream()
                .filter(s -> ofTeam.contains(s.projectId()) && !s.day().isBefore(from) && !s.day().isAfter(to))
                .forEach(s -> sums.computeIfAbsent(s.metric(), m -> new TreeMap<>())
                        .merge(s.day(), s.amount(), BigDecimal::add));
        List<DailyTotal> totals = new ArrayList<>();
        sums.forEach((metric, days) -> days.forEach((day, total) -> totals.add(new DailyTotal(metric, day, total))));
        return totals;
    }

    @Override
    public synchronized List<ProjectUsage> topProjectsByTraffic(TeamId team, YearMonth month, int limit) {
        Map<ProjectId, List<UsageSample>> byProject = samples.values().stream()
                .filter(s -> YearMonth.from(s.day()).equals(month))
                .collect(Collectors.groupingBy(UsageSample::projectId));
        return projects.findByTeam(team).stream()
                .filter(p -> byProject.containsKey(p.id()))
                .map(p -> new ProjectUsage(p.id(), p.name(), MonthlyUsage.aggregate(month, byProject.get(p.id()))))
                .sorted(Comparator.comparing((ProjectUsage p) -> p.usage().of(UsageMetric.TRAFFIC_GB)).reversed()
                        .thenComparing(ProjectUsage::name).thenComparing(p -> p.projectId().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<MonthlyUsage> monthlyHistory(TeamId team, YearMonth first, YearMonth last) {
        List<MonthlyUsage> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(monthlyTotals(team, month));
        }
        return months;
    }

    @Override
    public synchronized long streamSamples(TeamId team, LocalDate from, LocalDate to, Consumer<ExportedSample> sink) {
        Map<ProjectId, Project> ofTeam = projects.findByTeam(team).stream()
                .collect(Collectors.toMap(Project::id, p -> p));
        List<ExportedSample> rows = samples.values().stream()
                .filter(s -> ofTeam.containsKey(s.projectId()) && !s.day().isBefore(from) && !s.day().isAfter(to))
                .map(s -> new ExportedSample(s.day(), s.projectId(), ofTeam.get(s.projectId()).name(), s.metric(),
                        s.amount()))
                .sorted(Comparator.comparing(ExportedSample::day).thenComparing(ExportedSample::projectName)
                        .thenComparing(r -> r.projectId().value()).thenComparing(ExportedSample::metric))
                .toList();
        rows.forEach(sink);
        return rows.size();
    }

    private Set<ProjectId> projectsOf(TeamId team) {
        return projects.findByTeam(team).stream().map(Project::id).collect(Collectors.toSet());
    }

    /** Every stored sample, for tests and embedders. */
    public synchronized List<UsageSample> all() {
        return List.copyOf(samples.values());
    }
}
