package com.servelink.application.port.in.usage;

import com.servelink.application.port.out.UsageRepository.ProjectUsage;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.team.Team;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A team's month on the dashboard: each metric's outlook against the limits in force
 * ({@code limits}), the projects with the most traffic, the add-ons counting now (each with
 * what its loss would do) and the month's alerts. {@code asOf} is the month's last day so far.
 */
public record UsageSummary(Team team, Plan plan, YearMonth month, LocalDate asOf, TeamLimits limits,
                           List<MetricOutlook> metrics, List<ProjectUsage> topProjects,
                           List<ActiveAddOn> activeAddOns, List<UsageAlert> alerts) {
    public UsageSummary {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(limits, "limits");
        metrics = List.copyOf(metrics);
        topProjects = List.copyOf(topProjects);
        activeAddOns = List.copyOf(activeAddOns);
        alerts = List.copyOf(alerts);
    }

    /** An add-on that counts now, and what the team's limits and usage would be without it. */
    public record ActiveAddOn(AdditionalResource resource, LimitCliff.Preview withoutIt) {
        public ActiveAddOn {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(withoutIt, "withoutIt");
        }

        /** Its metric would be over the limit without it. */
        public boolean isCliff() {
            return withoutIt.isCliff();
        }
    }
}
