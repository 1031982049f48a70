package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.ListUsageAlertsUseCase;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.platform.UsageAlert;

import java.util.List;

/** Lists a team's usage alerts, newest first, for one of its members. */
public final class ListUsageAlertsService implements ListUsageAlertsUseCase {
    private final TeamAccess access;
    private final UsageAlertRepository alerts;

    public ListUsageAlertsService(TeamAccess access, UsageAlertRepository alerts) {
        this.access = access;
        this.alerts = alerts;
    }

    @Override
    public List<UsageAlert> list(ListUsageAlertsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        return alerts.findByTeam(team.id(), query.month());
    }
}
