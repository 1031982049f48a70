package com.servelink.application.inmemory;

import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.domain.platform.MonthlyUsage;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.team.TeamId;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
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

    /** Every stored sample, for tests and embedders. */
    public synchronized List<UsageSample> all() {
        return List.copyOf(samples.values());
    }
}
