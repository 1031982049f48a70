package com.servelink.application.service.platform;

import com.servelink.application.port.in.paging.Page;
import com.servelink.application.port.in.platform.ListUsageAlertsUseCase;
import com.servelink.application.port.out.UsageAlertRepository.AlertPosition;
import com.servelink.application.port.out.UsageAlertRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.platform.UsageAlert;

import java.util.Optional;

/** Lists a team's usage alerts, newest first, for one of its members. */
public final class ListUsageAlertsService implements ListUsageAlertsUseCase {
    private final TeamAccess access;
    private final UsageAlertRepository alerts;

    public ListUsageAlertsService(TeamAccess access, UsageAlertRepository alerts) {
        this.access = access;
        this.alerts = alerts;
    }

    @Override
    public Page<UsageAlert> list(ListUsageAlertsQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        Optional<AlertPosition> after = query.page().cursor().map(AlertPosition::decode);
        return Page.of(alerts.findPageByTeam(team.id(), query.month(), after, query.page().probe()), query.page(),
                a -> AlertPosition.of(a).encode());
    }
}
