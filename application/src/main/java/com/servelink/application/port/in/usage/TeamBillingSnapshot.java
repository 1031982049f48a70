package com.servelink.application.port.in.usage;

import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.Plan;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.team.Team;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A team's billing as support staff see it beside a ticket: its plan, the add-ons counting now
 * (soonest expiry first), its effective limits, this month's usage against them (the dashboard's
 * figures, {@code asOf} the month's last day so far), the month's open alerts and its last
 * {@value GetTeamBillingSnapshotUseCase#LAST_PAYMENTS} payments, newest first, with their refunds.
 */
public record TeamBillingSnapshot(Team team, Plan plan, YearMonth month, LocalDate asOf, TeamLimits limits,
                                  List<UsageSummary.ActiveAddOn> activeAddOns, List<MetricOutlook> usage,
                                  List<UsageAlert> openAlerts, List<Payment> lastPayments,
                                  List<Refund> lastPaymentsRefunds) {
    public TeamBillingSnapshot {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(limits, "limits");
        activeAddOns = List.copyOf(activeAddOns);
        usage = List.copyOf(usage);
        openAlerts = List.copyOf(openAlerts);
        lastPayments = List.copyOf(lastPayments);
        lastPaymentsRefunds = List.copyOf(lastPaymentsRefunds);
    }

    /** The refunds of one of {@link #lastPayments()}, in the order they were asked. */
    public List<Refund> refundsOf(Payment payment) {
        return lastPaymentsRefunds.stream().filter(r -> r.paymentId().equals(payment.id())).toList();
    }
}
