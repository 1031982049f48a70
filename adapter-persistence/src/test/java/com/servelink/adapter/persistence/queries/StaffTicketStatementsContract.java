package com.servelink.adapter.persistence.queries;

import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.StatementCounter;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.usage.GetTeamBillingSnapshotUseCase.GetTeamBillingSnapshotQuery;
import com.servelink.application.port.in.usage.TeamBillingSnapshot;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.in.usage.UsageSummary;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.usage.GetTeamBillingSnapshotService;
import com.servelink.application.service.support.GetTicketService;
import com.servelink.application.service.usage.GetUsageSummaryService;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.MetricOutlook;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageAlertId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.shared.Money;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff ticket view with its team's billing is read in a fixed number of statements, counted
 * at the JDBC level: the same for a team with one add-on and one payment as for a team with
 * twelve add-ons, four alerts and twenty payments. On H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffTicketStatementsContract {
    /** ticket, messages; team, add-ons since the month began, daily totals, the month's alerts, last payments, their refunds. */
    static final int STATEMENTS = 8;
    private static final Instant NOW = Instant.parse("2025-01-25T10:00:00Z");
    private static final Actor STAFF = new Actor.Staff(new UserId(99), "staff@servelink.com");

    private final StatementCounter counter = new StatementCounter();
    private DatabaseFixture fixture;
    private GetTicketService tickets;
    private GetTeamBillingSnapshotService billing;

    abstract DatabaseFixture createFixture(UnaryOperator<javax.sql.DataSource> decorator);

    @BeforeAll
    void setUp() {
        fixture = createFixture(counter::wrap);
        fixture.users().save(new User(new UserId(1), "m@example.com", "M", false));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var access = new TeamAccess(fixture.memberships());
        tickets = new GetTicketService(access, fixture.tickets(), clock, SlaPolicy.DEFAULT);
        billing = new GetTeamBillingSnapshotService(fixture.teams(), new GetUsageSummaryService(access,
                TestCatalog.standard(), fixture.resources(), fixture.usage(), fixture.usageAlerts(), clock),
                fixture.payments(), fixture.refunds());
    }

    @AfterAll
    void tearDown() {
        fixture.close();
    }

    /** A Pro team with a ticket of 20 messages, {@code addOns} active RAM add-ons (one payment each), {@code alerts} alerts. */
    private TicketId team(String name, int addOns, int extraPayments, int alerts) {
        Team team = Team.create(TeamId.fromOpaque(name), new TeamSlug(name), name, PlanId.PRO);
        fixture.teams().save(team);
        Ticket ticket = Ticket.open(TicketId.fromOpaque(name), team.id(), new UserId(1), "Sujet", "Description",
                TicketCategory.BILLING, null, true, NOW.minusSeconds(7200));
        fixture.transactions().run(() -> {
            fixture.tickets().save(ticket);
            fixture.tickets().addMessage(ticket.descriptionMessage(MessageId.fromOpaque(name + "m0")));
            for (int i = 1; i < 20; i++) {
                fixture.tickets().addMessage(ticket.replyAsUser(MessageId.fromOpaque(name + "m" + i), new UserId(1),
                        "message " + i, NOW.minusSeconds(7000 - i)));
            }
        });
        Project project = Project.create(ProjectId.fromOpaque(name + "p"), team.id(), "projet", NOW.minusSeconds(86400 * 30));
        fixture.projects().save(project);
        List<UsageSample> samples = new ArrayList<>();
        for (int d = 1; d <= 25; d++) {
            samples.add(new UsageSample(project.id(), LocalDate.of(2025, 1, d), UsageMetric.TRAFFIC_GB, BigDecimal.ONE));
        }
        fixture.usage().saveAll(samples);
        for (int i = 0; i < addOns + extraPayments; i++) {
            PaymentId paymentId = PaymentId.fromOpaque(name + "pay" + i);
            ResourceId resourceId = ResourceId.fromOpaque(name + "r" + i);
            Instant bought = NOW.minusSeconds(86400L * 20 - i * 3600L);
            String reference = name + i;
            fixture.transactions().run(() -> {
                fixture.payments().save(Payment.start(paymentId, team.id(), resourceId, Money.eur("10.00"), "sandbox",
                        new CheckoutSession("ref_" + reference, "https://pay.example/" + reference), bought));
                fixture.resources().save(AdditionalResource.purchase(resourceId, team.id(), ResourceType.RAM,
                        new Quantity(1), Money.eur("10.00"), paymentId, bought));
            });
            if (i < addOns) {
                AdditionalResource pending = fixture.resources().findById(resourceId).orElseThrow();
                pending.activate(bought.plusSeconds(60));
                fixture.resources().save(pending);
            }
        }
        AlertLevel[] levels = {AlertLevel.WARNING, AlertLevel.CRITICAL, AlertLevel.EXCEEDED};
        UsageMetric[] metrics = UsageMetric.values();
        for (int i = 0; i < alerts; i++) {
            fixture.usageAlerts().addIfAbsent(new UsageAlert(UsageAlertId.fromOpaque(name + "a" + i), team.id(),
                    metrics[i % metrics.length], levels[i % levels.length], YearMonth.of(2025, 1), BigDecimal.TEN,
                    BigDecimal.TEN, NOW.minusSeconds(3600 - i)));
        }
        // last month's alert: not open any more
        fixture.usageAlerts().addIfAbsent(new UsageAlert(UsageAlertId.fromOpaque(name + "old"), team.id(),
                UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, YearMonth.of(2024, 12), BigDecimal.TEN, BigDecimal.TEN,
                NOW.minusSeconds(86400 * 40)));
        return ticket.id();
    }

    private long statementsOfStaffView(TicketId id) {
        counter.reset();
        var view = tickets.get(new GetTicketQuery(STAFF, TicketScope.staff(), id));
        billing.snapshot(new GetTeamBillingSnapshotQuery(STAFF, view.ticket().teamId()));
        return counter.count();
    }

    @Test
    void the_staff_view_takes_a_fixed_number_of_statements_whatever_the_team_holds() {
        TicketId small = team("small", 1, 0, 1);
        TicketId big = team("big", 12, 8, 4);

        assertThat(statementsOfStaffView(small)).isEqualTo(STATEMENTS);
        assertThat(statementsOfStaffView(big)).isEqualTo(STATEMENTS);
    }

    @Test
    void the_snapshot_holds_the_plan_add_ons_limits_usage_open_alerts_and_last_five_payments() {
        TicketId id = team("figures", 3, 4, 2);
        TeamBillingSnapshot snapshot = billing.snapshot(new GetTeamBillingSnapshotQuery(STAFF,
                tickets.get(new GetTicketQuery(STAFF, TicketScope.staff(), id)).ticket().teamId()));

        assertThat(snapshot.plan().id()).isEqualTo(PlanId.PRO);
        assertThat(snapshot.month()).isEqualTo(YearMonth.of(2025, 1));
        // three active 1 GB RAM add-ons over the plan's memory
        assertThat(snapshot.activeAddOns()).hasSize(3)
                .allSatisfy(a -> assertThat(a.resource().expiresAt()).isPresent());
        assertThat(snapshot.activeAddOns()).extracting(a -> a.resource().expiresAt().orElseThrow()).isSorted();
        assertThat(snapshot.limits().memoryMb() - snapshot.limits().planLimits().memoryMb())
                .isEqualTo(snapshot.limits().additionalResources().ramMb()).isPositive();
        MetricOutlook traffic = snapshot.usage().stream().filter(o -> o.metric() == UsageMetric.TRAFFIC_GB)
                .findFirst().orElseThrow();
        assertThat(traffic.used()).isEqualByComparingTo("25");
        assertThat(traffic.percent()).isPresent();
        assertThat(snapshot.openAlerts()).hasSize(2).allSatisfy(a -> assertThat(a.month()).isEqualTo(YearMonth.of(2025, 1)));
        assertThat(snapshot.lastPayments()).hasSize(5).extracting(Payment::createdAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(snapshot.lastPayments().get(0).id()).isEqualTo(PaymentId.fromOpaque("figurespay6"));
        assertThat(snapshot.activeAddOns()).extracting(UsageSummary.ActiveAddOn::resource)
                .extracting(r -> r.id().value()).containsExactlyInAnyOrder(
                        ResourceId.fromOpaque("figuresr0").value(), ResourceId.fromOpaque("figuresr1").value(),
                        ResourceId.fromOpaque("figuresr2").value());
    }
}
