package com.servelink.adapter.persistence.queries;

import com.servelink.domain.support.SlaPolicy;
import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.StatementCounter;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.billing.GetTeamLimitsUseCase.GetTeamLimitsQuery;
import com.servelink.application.port.in.support.GetTicketStatisticsUseCase.GetTicketStatisticsQuery;
import com.servelink.application.port.in.usage.ExportUsageUseCase.ExportUsageQuery;
import com.servelink.application.port.in.usage.ExportUsageUseCase.UsageExport;
import com.servelink.application.port.in.usage.GetUsageHistoryUseCase.GetUsageHistoryQuery;
import com.servelink.application.port.in.usage.GetUsageSummaryUseCase.GetUsageSummaryQuery;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.billing.GetTeamLimitsService;
import com.servelink.application.service.support.GetTicketService;
import com.servelink.application.service.support.GetTicketStatisticsService;
import com.servelink.application.service.usage.ExportUsageService;
import com.servelink.application.service.usage.GetUsageHistoryService;
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
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.UsageAlert;
import com.servelink.domain.platform.UsageAlertId;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.platform.UsageSample;
import com.servelink.domain.shared.Money;
import com.servelink.domain.support.MessageId;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: reading a ticket with 100 messages, a team's limits or its statistics, or its usage
 * dashboard over ten projects, issues a small, fixed number of statements, counted at the JDBC
 * level (Hibernate's and hand-written SQL alike).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {
    private final StatementCounter counter = new StatementCounter();
    private DatabaseFixture fixture;
    private final Actor member = new Actor.TeamUser(new UserId(1));
    private final TeamSlug slug = new TeamSlug("counted");
    private TicketId ticketId;

    @BeforeAll
    void setUp() {
        fixture = DatabaseFixture.h2(counter::wrap);
        Team team = Team.create(TeamId.fromOpaque("counted"), slug, "Counted", PlanId.PRO);
        fixture.teams().save(team);
        fixture.users().save(new User(new UserId(1), "m@example.com", "M", false));
        fixture.memberships().save(new Membership(team.id(), new UserId(1), Role.MEMBER));
        Instant now = Instant.parse("2025-01-25T10:00:00Z");
        Ticket ticket = Ticket.open(TicketId.fromOpaque("counted"), team.id(), new UserId(1), "Sujet", "Description",
                TicketCategory.TECHNICAL, null, true, now);
        fixture.transactions().run(() -> {
            fixture.tickets().save(ticket);
            fixture.tickets().addMessage(ticket.descriptionMessage(MessageId.fromOpaque("m0")));
            for (int i = 1; i < 100; i++) {
                fixture.tickets().addMessage(ticket.replyAsUser(MessageId.fromOpaque("m" + i), new UserId(1),
                        "message " + i, now.plusSeconds(i)));
            }
        });
        ticketId = ticket.id();
        loadUsage(team, now);
    }

    /** Ten projects with a month of samples, an active add-on and an alert. */
    private void loadUsage(Team team, Instant now) {
        List<UsageSample> samples = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            Project project = Project.create(ProjectId.fromOpaque("counted" + p), team.id(), "project " + p, now);
            fixture.projects().save(project);
            for (int d = 1; d <= 25; d++) {
                for (UsageMetric metric : UsageMetric.values()) {
                    samples.add(new UsageSample(project.id(), LocalDate.of(2025, 1, d), metric, BigDecimal.TEN));
                }
            }
        }
        fixture.usage().saveAll(samples);
        PaymentId paymentId = PaymentId.fromOpaque("counted");
        ResourceId resourceId = ResourceId.fromOpaque("counted");
        AdditionalResource resource = AdditionalResource.purchase(resourceId, team.id(), ResourceType.RAM,
                new Quantity(1), Money.eur("1.00"), paymentId, now.minusSeconds(3600));
        fixture.transactions().run(() -> {
            fixture.payments().save(Payment.start(paymentId, team.id(), resourceId, Money.eur("1.00"), "sandbox",
                    new CheckoutSession("ref_counted", "https://pay.example/counted"), now.minusSeconds(3600)));
            fixture.resources().save(resource);
        });
        AdditionalResource loaded = fixture.resources().findById(resourceId).orElseThrow();
        loaded.activate(now.minusSeconds(60));
        fixture.resources().save(loaded);
        fixture.usageAlerts().addIfAbsent(new UsageAlert(UsageAlertId.fromOpaque("counted"), team.id(),
                UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, YearMonth.of(2025, 1), BigDecimal.TEN, BigDecimal.TEN,
                now));
    }

    @AfterAll
    void tearDown() {
        fixture.close();
    }

    private long statementsOf(Runnable work) {
        counter.reset();
        work.run();
        return counter.count();
    }

    @Test
    void a_ticket_with_100_messages_is_read_in_three_statements() {
        var service = new GetTicketService(new TeamAccess(fixture.memberships()), fixture.tickets(), Clock.systemUTC(),
                SlaPolicy.DEFAULT);
        long statements = statementsOf(() -> assertThat(service.get(new GetTicketQuery(member,
                TicketScope.ofTeam(slug), ticketId)).messages()).hasSize(100));
        assertThat(statements).isEqualTo(3); // membership with team, ticket, messages
    }

    @Test
    void a_token_look_up_is_one_statement() {
        String hash = "f".repeat(64);
        fixture.apiTokens().save(hash, com.servelink.domain.team.ApiToken.issue(
                com.servelink.domain.team.ApiTokenId.fromOpaque("count1"), new UserId(1), java.util.Optional.empty(),
                Instant.parse("2025-01-25T10:00:00Z"), java.util.Optional.empty()));
        assertThat(statementsOf(() -> assertThat(fixture.apiTokens().findByHash(hash)).isPresent()))
                .isEqualTo(1);
    }

    @Test
    void limits_take_one_statement_and_statistics_three() {
        var access = new TeamAccess(fixture.memberships());
        var limits = new GetTeamLimitsService(access, TestCatalog.standard(), fixture.teamLimits(), Clock.systemUTC());
        var stats = new GetTicketStatisticsService(access, fixture.tickets());
        // membership, team, plan and the add-on sums in one grouped statement (issue 17)
        assertThat(statementsOf(() -> limits.getLimits(new GetTeamLimitsQuery(member, slug)))).isEqualTo(1);
        // membership, the GROUP BY of the seed's counts, the service figures (percentiles, first contact)
        assertThat(statementsOf(() -> stats.statistics(new GetTicketStatisticsQuery(member, TicketScope.ofTeam(slug)))))
                .isEqualTo(3);
    }

    @Test
    void each_usage_read_is_one_statement() {
        TeamId team = TeamId.fromOpaque("counted");
        YearMonth january = YearMonth.of(2025, 1);
        LocalDate first = january.atDay(1);
        LocalDate last = january.atEndOfMonth();
        Instant now = Instant.parse("2025-01-25T10:00:00Z");
        assertThat(statementsOf(() -> assertThat(fixture.usage().dailyTotals(team, first, last)).hasSize(100)))
                .isEqualTo(1);
        assertThat(statementsOf(() -> assertThat(fixture.usage().topProjectsByTraffic(team, january, 5)).hasSize(5)))
                .isEqualTo(1);
        assertThat(statementsOf(() -> fixture.usage().monthlyHistory(team, january.minusMonths(11), january)))
                .isEqualTo(1);
        assertThat(statementsOf(() -> assertThat(fixture.usage().streamSamples(team, first, last, row -> {
        })).isEqualTo(1000))).isEqualTo(1);
        assertThat(statementsOf(() -> assertThat(fixture.resources().findActiveDuring(team, now.minusSeconds(3600),
                now)).hasSize(1))).isEqualTo(1);
        assertThat(statementsOf(() -> fixture.resources().findActiveExpiring(now, now.plusSeconds(86400 * 31))))
                .isEqualTo(1);
        assertThat(statementsOf(() -> assertThat(fixture.usageAlerts().findByTeam(team, Optional.of(january)))
                .hasSize(1))).isEqualTo(1);
        assertThat(statementsOf(() -> fixture.usageAlerts().addIfAbsent(new UsageAlert(UsageAlertId.fromOpaque(
                "counted2"), team, UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, january, BigDecimal.TEN,
                BigDecimal.TEN, now)))).isEqualTo(1);
    }

    @Test
    void the_usage_summary_takes_five_statements_the_history_three_and_the_export_two() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-25T10:00:00Z"), ZoneOffset.UTC);
        var access = new TeamAccess(fixture.memberships());
        var summary = new GetUsageSummaryService(access, TestCatalog.standard(), fixture.resources(), fixture.usage(),
                fixture.usageAlerts(), clock);
        var history = new GetUsageHistoryService(access, TestCatalog.standard(), fixture.resources(), fixture.usage(),
                clock);
        var export = new ExportUsageService(access, fixture.usage());

        // membership with team, add-ons during the month, daily totals, top projects, alerts
        assertThat(statementsOf(() -> assertThat(summary.summary(new GetUsageSummaryQuery(member, slug,
                Optional.empty())).topProjects()).hasSize(GetUsageSummaryService.TOP_PROJECTS))).isEqualTo(5);
        // a past month too: the same read of add-ons gives its end's limits and those active now
        assertThat(statementsOf(() -> summary.summary(new GetUsageSummaryQuery(member, slug,
                Optional.of(java.time.YearMonth.of(2024, 12)))))).isEqualTo(5);
        // membership with team, add-ons during the months, every month's totals
        assertThat(statementsOf(() -> assertThat(history.history(new GetUsageHistoryQuery(member, slug, 12)).months())
                .hasSize(12))).isEqualTo(3);
        // membership with team, then the rows
        assertThat(statementsOf(() -> {
            UsageExport allowed = export.prepare(new ExportUsageQuery(member, slug, LocalDate.parse("2025-01-01"),
                    LocalDate.parse("2025-01-31")));
            assertThat(allowed.writeTo(row -> {
            })).isEqualTo(1000);
        })).isEqualTo(2);
    }
}
