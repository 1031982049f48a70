package com.servelink.adapter.persistence.concurrency;

import com.servelink.application.service.platform.CreateProjectService;
import com.servelink.application.port.in.platform.CreateProjectUseCase.CreateProjectCommand;
import com.servelink.application.service.admin.AddMemberService;
import com.servelink.application.port.in.admin.AddMemberUseCase.AddMemberCommand;
import com.servelink.domain.catalog.CountedLimit;
import com.servelink.domain.catalog.LimitOverrun;
import com.servelink.domain.catalog.PlanLimitReached;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.adapter.persistence.fixture.DatabaseFixture;
import com.servelink.adapter.persistence.fixture.Race;
import com.servelink.application.service.identity.RandomIdSource;
import com.servelink.application.inmemory.RecordingEventPublisher;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.billing.CancelAddOnUseCase.CancelAddOnCommand;
import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.billing.CancelAddOnService;
import com.servelink.application.service.support.CreateTicketService;
import com.servelink.application.service.support.PostMessageService;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.billing.ResourceStatus;
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
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketStatus;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty threads racing through the real use cases on a real database: nothing is lost, and of
 * competing cancellations exactly one wins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrencyContract {
    private static final int THREADS = 50;

    private DatabaseFixture fixture;
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private Team team;
    private final Actor owner = new Actor.TeamUser(new UserId(1));
    private final Actor member = new Actor.TeamUser(new UserId(2));
    private final Actor.Staff staff = new Actor.Staff(new UserId(3), "support@servelink.com");

    abstract DatabaseFixture createFixture();

    @BeforeAll
    void setUp() {
        fixture = createFixture();
        team = Team.create(TeamId.fromOpaque("race"), new TeamSlug("race"), "Race", PlanId.PRO);
        fixture.teams().save(team);
        for (long id = 1; id <= 3; id++) {
            fixture.users().save(new User(new UserId(id), "u" + id + "@example.com", "U" + id, id == 3));
        }
        fixture.memberships().save(new Membership(team.id(), new UserId(1), Role.OWNER));
        fixture.memberships().save(new Membership(team.id(), new UserId(2), Role.MEMBER));
    }

    @AfterAll
    void tearDown() {
        fixture.close();
    }

    private static List<Throwable> race(List<Callable<Object>> tasks) throws InterruptedException {
        return Race.run(tasks);
    }

    @Test
    void fifty_threads_posting_to_one_ticket_store_fifty_one_messages() throws Exception {
        var access = new TeamAccess(fixture.memberships());
        var create = new CreateTicketService(access, TestCatalog.standard(), fixture.tickets(), fixture.transactions(),
                new RandomIdSource(), clock, events, SlaPolicy.DEFAULT);
        var post = new PostMessageService(access, fixture.tickets(), fixture.transactions(), new RandomIdSource(),
                clock, events, SlaPolicy.DEFAULT);
        TicketId ticket = create.create(CreateTicketCommand.of(member, team.slug(), "Course", "d", null, null))
                .ticket().id();

        List<Callable<Object>> replies = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            boolean fromStaff = i % 2 == 0;
            String text = "réponse " + i;
            replies.add(() -> post.post(fromStaff
                    ? new PostMessageCommand(staff, TicketScope.staff(), ticket, text, false)
                    : new PostMessageCommand(member, TicketScope.ofTeam(team.slug()), ticket, text, false)));
        }
        assertThat(race(replies)).containsOnlyNulls();
        assertThat(fixture.tickets().messagesOf(ticket, true)).hasSize(THREADS + 1);
        var stored = fixture.tickets().findById(ticket).orElseThrow();
        assertThat(stored.status()).isIn(TicketStatus.IN_PROGRESS, TicketStatus.WAITING);
        assertThat(stored.firstRespondedAt()).isPresent();
    }

    @Test
    void fifty_projects_racing_for_a_free_teams_last_place_one_takes_it_the_others_are_refused() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Team free = Team.create(TeamId.fromOpaque("free" + suffix), new TeamSlug("free" + suffix), "Free", PlanId.FREE);
        fixture.teams().save(free);
        var create = new CreateProjectService(TestCatalog.standard(), fixture.teams(), fixture.projects(),
                fixture.transactions(), new RandomIdSource(), clock);
        create.create(new CreateProjectCommand(new Actor.Operator(), free.slug(), "first"));

        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String name = "racer " + i;
            attempts.add(() -> create.create(new CreateProjectCommand(new Actor.Operator(), free.slug(), name)));
        }
        List<Throwable> failures = race(attempts);

        assertThat(failures).filteredOn(java.util.Objects::isNull).hasSize(1);
        assertThat(failures).filteredOn(java.util.Objects::nonNull).hasSize(THREADS - 1)
                .allSatisfy(failure -> assertThat(failure).isInstanceOfSatisfying(PlanLimitReached.class,
                        e -> assertThat(e.overruns()).containsExactly(new LimitOverrun(CountedLimit.PROJECTS, 2, 2))));
        assertThat(fixture.projects().findByTeam(free.id())).hasSize(2);
    }

    @Test
    void fifty_members_racing_for_a_free_teams_only_place_one_takes_it_the_others_are_refused() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Team free = Team.create(TeamId.fromOpaque("solo" + suffix), new TeamSlug("solo" + suffix), "Solo", PlanId.FREE);
        fixture.teams().save(free);
        var add = new AddMemberService(TestCatalog.standard(), fixture.teams(), fixture.users(), fixture.memberships(),
                fixture.transactions());
        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            UserId user = fixture.users().nextUserId();
            fixture.users().save(new User(user, "solo" + suffix + "-" + i + "@example.com", "Solo " + i, false));
            attempts.add(() -> add.add(new AddMemberCommand(new Actor.Operator(), free.slug(), user.value(), "owner")));
        }
        List<Throwable> failures = race(attempts);

        assertThat(failures).filteredOn(java.util.Objects::isNull).hasSize(1);
        assertThat(failures).filteredOn(java.util.Objects::nonNull).hasSize(THREADS - 1)
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(PlanLimitReached.class));
        assertThat(fixture.memberships().countMembers(free.id())).isEqualTo(1);
    }

    @Test
    void fifty_threads_cancelling_one_resource_one_wins_the_others_get_a_conflict() throws Exception {
        Instant now = clock.instant();
        PaymentId paymentId = PaymentId.fromOpaque("race" + System.nanoTime());
        ResourceId resourceId = ResourceId.fromOpaque("race" + System.nanoTime());
        AdditionalResource resource = AdditionalResource.purchase(resourceId, team.id(), ResourceType.RAM,
                new Quantity(1), Money.eur("1.00"), paymentId, now);
        resource.activate(now);
        fixture.transactions().run(() -> {
            fixture.payments().save(Payment.start(paymentId, team.id(), resourceId, Money.eur("1.00"), "sandbox",
                    new CheckoutSession("ref", "https://pay.example/x"), now));
            fixture.resources().save(resource);
        });
        var cancel = new CancelAddOnService(new TeamAccess(fixture.memberships()), fixture.resources(),
                fixture.transactions(), clock, events);

        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            attempts.add(() -> cancel.cancel(new CancelAddOnCommand(owner, team.slug(), resourceId)));
        }
        List<Throwable> failures = race(attempts);

        assertThat(failures).filteredOn(java.util.Objects::isNull).hasSize(1);
        assertThat(failures).filteredOn(java.util.Objects::nonNull).hasSize(THREADS - 1)
                .allSatisfy(failure -> assertThat(failure).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isIn(ErrorCode.CONFLICT, ErrorCode.INVALID_TRANSITION)));
        assertThat(fixture.resources().findById(resourceId).orElseThrow().status()).isEqualTo(ResourceStatus.CANCELLED);
    }

    @Test
    void fifty_threads_adding_the_same_alert_add_it_once_and_none_fails() throws Exception {
        YearMonth month = YearMonth.of(2030, 1);
        Instant now = clock.instant();
        List<Callable<Object>> runs = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int run = i;
            // like the limits job: several alerts in one unit of work, the shared one first
            runs.add(() -> fixture.transactions().inTransaction(() -> List.of(
                    fixture.usageAlerts().addIfAbsent(new UsageAlert(UsageAlertId.fromOpaque("shared" + run),
                            team.id(), UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, month, BigDecimal.TEN,
                            BigDecimal.TEN, now)),
                    fixture.usageAlerts().addIfAbsent(new UsageAlert(UsageAlertId.fromOpaque("own" + run),
                            team.id(), UsageMetric.TRAFFIC_GB, AlertLevel.WARNING, month.plusMonths(1 + run),
                            BigDecimal.TEN, BigDecimal.TEN, now)))));
        }
        assertThat(race(runs)).containsOnlyNulls();
        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.of(month))).hasSize(1);
        assertThat(fixture.usageAlerts().findByTeam(team.id(), Optional.empty())).hasSize(THREADS + 1);
    }

    @Test
    void fifty_threads_reporting_the_same_samples_all_succeed_and_one_report_wins() throws Exception {
        Project project = Project.create(ProjectId.fromOpaque("race" + System.nanoTime()), team.id(), "race",
                clock.instant());
        fixture.projects().save(project);
        LocalDate day = LocalDate.of(2030, 6, 1);
        List<Callable<Object>> reports = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            BigDecimal amount = BigDecimal.valueOf(i + 1);
            reports.add(() -> {
                fixture.usage().saveAll(List.of(new UsageSample(project.id(), day, UsageMetric.CPU_CORE_HOURS, amount),
                        new UsageSample(project.id(), day.plusDays(1), UsageMetric.CPU_CORE_HOURS, amount)));
                return null;
            });
        }
        assertThat(race(reports)).containsOnlyNulls();
        BigDecimal total = fixture.usage().monthlyTotals(team.id(), YearMonth.from(day)).of(UsageMetric.CPU_CORE_HOURS);
        assertThat(total.intValueExact()).isBetween(2, 2 * THREADS).isEven();
    }

    @Test
    void fifty_threads_reporting_one_project_each_of_one_team_leave_rollups_that_sum_every_report() throws Exception {
        // each report recomputes the team's day from the samples: without the team lock, two reports
        // of different projects would each sum a state missing the other's, and the last one would win
        LocalDate day = LocalDate.of(2030, 7, 1);
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Project project = Project.create(ProjectId.fromOpaque("roll" + i + "x" + System.nanoTime()), team.id(),
                    "rollup " + i + " " + System.nanoTime(), clock.instant());
            fixture.projects().save(project);
            projects.add(project);
        }
        List<Callable<Object>> reports = new ArrayList<>();
        for (Project project : projects) {
            reports.add(() -> {
                fixture.usage().saveAll(List.of(new UsageSample(project.id(), day, UsageMetric.TRAFFIC_GB, BigDecimal.ONE)));
                return null;
            });
        }
        assertThat(race(reports)).containsOnlyNulls();
        assertThat(fixture.usage().dailyTotals(team.id(), day, day)).singleElement()
                .satisfies(total -> assertThat(total.total()).isEqualByComparingTo(BigDecimal.valueOf(THREADS)));
        assertThat(fixture.usage().topProjectsByTraffic(team.id(), YearMonth.from(day), THREADS)).hasSize(THREADS);
    }
}
