package com.servelink.application.service.usage;

import com.servelink.application.port.in.usage.GetTeamBillingSnapshotUseCase;
import com.servelink.application.port.in.usage.TeamBillingSnapshot;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.TeamRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.team.Team;

import java.util.Optional;

/**
 * Staff's view of a team's billing, composed from the dashboard's own reading of the month
 * ({@link GetUsageSummaryService#summaryOf}: plan, limits, add-ons counting now, usage
 * percentages and the month's alerts, without its top projects) and the payment history. Six
 * statements: the team, the add-ons that counted since the month began, the month's daily
 * totals, the month's alerts, the last payments, their refunds.
 */
public final class GetTeamBillingSnapshotService implements GetTeamBillingSnapshotUseCase {
    private final TeamRepository teams;
    private final GetUsageSummaryService usage;
    private final PaymentRepository payments;
    private final com.servelink.application.port.out.RefundRepository refunds;

    public GetTeamBillingSnapshotService(TeamRepository teams, GetUsageSummaryService usage,
                                         PaymentRepository payments,
                                         com.servelink.application.port.out.RefundRepository refunds) {
        this.teams = teams;
        this.usage = usage;
        this.payments = payments;
        this.refunds = refunds;
    }

    @Override
    public TeamBillingSnapshot snapshot(GetTeamBillingSnapshotQuery query) {
        TeamAccess.requireStaff(query.actor());
        Team team = teams.findById(query.team()).orElseThrow(() -> DomainException.notFound("team " + query.team()));
        var month = usage.summaryOf(team, Optional.empty(), 0);
        var last = payments.findByTeam(team.id(), LAST_PAYMENTS);
        return new TeamBillingSnapshot(team, month.plan(), month.month(), month.asOf(), month.limits(),
                month.activeAddOns(), month.metrics(), month.alerts(), last,
                refunds.findByPayments(last.stream().map(com.servelink.domain.billing.Payment::id).toList(), team.id()));
    }
}
