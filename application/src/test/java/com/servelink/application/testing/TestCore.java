package com.servelink.application.testing;

import com.servelink.domain.support.SlaPolicy;
import com.servelink.application.inmemory.InMemoryAdditionalResourceRepository;
import com.servelink.application.inmemory.InMemoryBillingProfileRepository;
import com.servelink.application.inmemory.InMemoryInvoiceRepository;
import com.servelink.application.service.invoicing.InvoiceIssuer;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.VatId;
import com.servelink.domain.invoicing.VatRateTable;
import com.servelink.domain.invoicing.VatRules;
import com.servelink.application.inmemory.InMemoryTeamLimitsReader;
import com.servelink.application.inmemory.InMemoryDeploymentRepository;
import com.servelink.application.inmemory.InMemoryMembershipRepository;
import com.servelink.application.inmemory.InMemoryPaymentRepository;
import com.servelink.application.inmemory.InMemoryProcessedEventRepository;
import com.servelink.application.inmemory.InMemoryProjectRepository;
import com.servelink.application.inmemory.InMemoryPurchaseIdempotencyRepository;
import com.servelink.application.inmemory.InMemoryStorageMeter;
import com.servelink.application.inmemory.InMemoryTeamRepository;
import com.servelink.application.inmemory.InMemoryTicketRepository;
import com.servelink.application.inmemory.InMemoryTransactions;
import com.servelink.application.inmemory.InMemoryUsageAlertRepository;
import com.servelink.application.inmemory.InMemoryUsageRepository;
import com.servelink.application.inmemory.InMemoryUserRepository;
import com.servelink.application.service.identity.RandomIdSource;
import com.servelink.application.inmemory.RecordingEventPublisher;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.GetTeamLimitsUseCase.GetTeamLimitsQuery;
import com.servelink.application.port.in.billing.ListTeamResourcesUseCase.ListTeamResourcesQuery;
import com.servelink.application.port.in.billing.ListTeamResourcesUseCase.TeamResources;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseAddOnCommand;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.billing.CancelAddOnService;
import com.servelink.application.service.billing.ConfirmPaymentService;
import com.servelink.application.service.billing.ExpireAddOnsService;
import com.servelink.application.service.billing.FailPaymentService;
import com.servelink.application.service.billing.ProviderReports;
import com.servelink.application.service.billing.RefundPaymentService;
import com.servelink.application.service.billing.GetTeamLimitsService;
import com.servelink.application.service.billing.ListAddOnOffersService;
import com.servelink.application.service.billing.ListTeamResourcesService;
import com.servelink.application.service.billing.PreviewCancellationService;
import com.servelink.application.service.billing.PurchaseAddOnService;
import com.servelink.application.service.platform.CheckInactiveProjectsService;
import com.servelink.application.service.platform.CheckUsageLimitsService;
import com.servelink.application.service.platform.CleanupInactiveDeploymentsService;
import com.servelink.application.service.platform.CreateProjectService;
import com.servelink.application.service.platform.ListProjectsService;
import com.servelink.application.service.platform.ListUsageAlertsService;
import com.servelink.application.service.platform.ReactivateProjectService;
import com.servelink.application.service.platform.RecordTrafficService;
import com.servelink.application.service.platform.ReportDeploymentService;
import com.servelink.application.service.platform.ReportUsageService;
import com.servelink.application.service.platform.UpdateProjectStorageService;
import com.servelink.application.service.support.CreateTicketService;
import com.servelink.application.service.support.CheckSlaService;
import com.servelink.application.service.support.CloseResolvedTicketsService;
import com.servelink.application.service.support.GetStaffQueueService;
import com.servelink.application.service.support.GetTicketService;
import com.servelink.application.service.support.GetTicketStatisticsService;
import com.servelink.application.service.support.ListTicketsService;
import com.servelink.application.service.support.PostMessageService;
import com.servelink.application.service.support.UpdateTicketService;
import com.servelink.application.service.usage.ExportUsageService;
import com.servelink.application.service.usage.GetUsageHistoryService;
import com.servelink.application.service.usage.GetUsageSummaryService;
import com.servelink.domain.billing.TeamLimits;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.catalog.TestCatalog;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Every use case wired on in-memory adapters, with a hand-moved clock and a fake provider, and
 * a small cast: team {@code acme} on Pro (owner, admin, member), team {@code tiny} on Free
 * (owner), team {@code rival} on Pro (owner), and one support staff member.
 */
public final class TestCore {
    public static final Instant START = Instant.parse("2025-01-25T10:00:00Z");
    public static final TeamSlug ACME = new TeamSlug("acme");
    public static final TeamSlug TINY = new TeamSlug("tiny");
    public static final TeamSlug RIVAL = new TeamSlug("rival");

    public final Actor owner = new Actor.TeamUser(new UserId(1));
    public final Actor admin = new Actor.TeamUser(new UserId(2));
    public final Actor member = new Actor.TeamUser(new UserId(3));
    public final Actor freeOwner = new Actor.TeamUser(new UserId(4));
    public final Actor rivalOwner = new Actor.TeamUser(new UserId(5));
    public final Actor.Staff staff = new Actor.Staff(new UserId(10), "support@servelink.com");
    public final Actor operator = new Actor.Operator();

    public final PricingCatalog catalog = TestCatalog.standard();
    public final MutableClock clock = new MutableClock(START);
    public final FakePaymentGateway gateway = new FakePaymentGateway();
    public final RecordingEventPublisher events = new RecordingEventPublisher();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final RandomIdSource ids = new RandomIdSource();
    public final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemoryMembershipRepository memberships = new InMemoryMembershipRepository(teams);
    public final InMemoryAdditionalResourceRepository resources = new InMemoryAdditionalResourceRepository();
    public final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    public final InMemoryProcessedEventRepository processedEvents = new InMemoryProcessedEventRepository();
    public final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    public final InMemoryPurchaseIdempotencyRepository idempotency = new InMemoryPurchaseIdempotencyRepository();
    public final TeamAccess access = new TeamAccess(memberships);
    public final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    public final InMemoryBillingProfileRepository billingProfiles = new InMemoryBillingProfileRepository();
    /** The seller of the tests' invoices, established in France. */
    public static final BillingParty SELLER = new BillingParty("Servelink SAS", "10 quai de la Fosse\n44000 Nantes",
            new CountryCode("FR"), Optional.of(VatId.parse("FR40303265045")));
    /** France 20 %, Germany 19 %, Belgium 21 %: the rates the tests' buyers meet (from 2024). */
    public static final VatRateTable VAT_RATES = new VatRateTable(java.util.List.of(
            new VatRateTable.Rate(new CountryCode("FR"), java.time.LocalDate.of(2024, 1, 1), new java.math.BigDecimal("20")),
            new VatRateTable.Rate(new CountryCode("DE"), java.time.LocalDate.of(2024, 1, 1), new java.math.BigDecimal("19")),
            new VatRateTable.Rate(new CountryCode("BE"), java.time.LocalDate.of(2024, 1, 1), new java.math.BigDecimal("21"))));
    public final InvoiceIssuer invoiceIssuer = new InvoiceIssuer(invoices, billingProfiles, teams,
            new VatRules(SELLER.country(), VAT_RATES), SELLER);

    public final ListAddOnOffersService listOffers = new ListAddOnOffersService(access, catalog);
    public final PurchaseAddOnService purchase = new PurchaseAddOnService(access, catalog, gateway, resources,
            payments, transactions, ids, clock, events, idempotency);
    public final ProviderReports providerReports = new ProviderReports(payments, resources, processedEvents,
            transactions, clock, events, invoiceIssuer);
    public final ConfirmPaymentService confirmPayment = new ConfirmPaymentService(providerReports);
    public final FailPaymentService failPayment = new FailPaymentService(providerReports);
    public final com.servelink.application.inmemory.InMemoryRefundRepository refunds =
            new com.servelink.application.inmemory.InMemoryRefundRepository().of(payments);
    public final RefundPaymentService refundPayment = new RefundPaymentService(providerReports,
            new com.servelink.application.service.billing.ProviderRefunds(refunds,
                    new com.servelink.application.service.invoicing.CreditNoteIssuer(invoices), ids));
    public final CancelAddOnService cancel = new CancelAddOnService(access, resources, transactions, clock, events);
    public final ListTeamResourcesService listResources = new ListTeamResourcesService(access, resources, clock);
    public final GetTeamLimitsService limits = new GetTeamLimitsService(access, catalog,
            new InMemoryTeamLimitsReader(memberships, resources), clock);
    public final ExpireAddOnsService expire = new ExpireAddOnsService(resources, transactions, clock, events);

    public final CreateTicketService createTicket = new CreateTicketService(access, catalog, tickets, transactions,
            ids, clock, events, SlaPolicy.DEFAULT);
    public final PostMessageService postMessage = new PostMessageService(access, tickets, transactions, ids, clock,
            events, SlaPolicy.DEFAULT);
    public final UpdateTicketService updateTicket = new UpdateTicketService(access, tickets, transactions, clock,
            events, SlaPolicy.DEFAULT);
    public final GetTicketService getTicket = new GetTicketService(access, tickets, clock, SlaPolicy.DEFAULT);
    public final ListTicketsService listTickets = new ListTicketsService(access, tickets, clock, SlaPolicy.DEFAULT);
    public final GetTicketStatisticsService statistics = new GetTicketStatisticsService(access, tickets);
    public final GetStaffQueueService staffQueue = new GetStaffQueueService(tickets, clock, SlaPolicy.DEFAULT);
    public final CheckSlaService checkSla = new CheckSlaService(tickets, transactions, clock, events,
            SlaPolicy.DEFAULT);
    public final CloseResolvedTicketsService closeResolved = new CloseResolvedTicketsService(tickets, transactions,
            ids, clock, events, SlaPolicy.DEFAULT);

    public final InMemoryProjectRepository projects = new InMemoryProjectRepository(teams);
    public final InMemoryDeploymentRepository deployments = new InMemoryDeploymentRepository();
    public final InMemoryUsageRepository usage = new InMemoryUsageRepository(projects);
    public final InMemoryUsageAlertRepository usageAlerts = new InMemoryUsageAlertRepository();
    public final InMemoryStorageMeter storageMeter = new InMemoryStorageMeter();
    public final CreateProjectService createProject = new CreateProjectService(catalog, teams, projects,
            transactions, ids, clock);
    public final RecordTrafficService recordTraffic = new RecordTrafficService(projects, transactions, clock);
    public final ReportDeploymentService reportDeployment = new ReportDeploymentService(projects, deployments,
            transactions, ids, clock);
    public final ReportUsageService reportUsage = new ReportUsageService(projects, usage, transactions, clock);
    public final ReactivateProjectService reactivateProject = new ReactivateProjectService(access, projects,
            transactions, clock, events);
    public final ListProjectsService listProjects = new ListProjectsService(access, projects);
    public final ListUsageAlertsService listUsageAlerts = new ListUsageAlertsService(access, usageAlerts);
    public final CheckInactiveProjectsService checkInactiveProjects = new CheckInactiveProjectsService(catalog,
            projects, transactions, clock, events);
    public final CleanupInactiveDeploymentsService cleanupDeployments = new CleanupInactiveDeploymentsService(
            projects, deployments, transactions);
    public final UpdateProjectStorageService updateProjectStorage = new UpdateProjectStorageService(projects,
            storageMeter, transactions);
    public final CheckUsageLimitsService checkUsageLimits = new CheckUsageLimitsService(catalog, teams, resources,
            usage, usageAlerts, transactions, ids, clock, events);

    public final GetUsageSummaryService usageSummary = new GetUsageSummaryService(access, catalog, resources, usage,
            usageAlerts, clock);
    public final GetUsageHistoryService usageHistory = new GetUsageHistoryService(access, catalog, resources, usage,
            clock);
    public final ExportUsageService exportUsage = new ExportUsageService(access, usage);
    public final PreviewCancellationService previewCancellation = new PreviewCancellationService(access, catalog,
            resources, usage, clock);

    public TestCore() {
        Team acme = addTeam("acme", PlanId.PRO);
        Team tiny = addTeam("tiny", PlanId.FREE);
        Team rival = addTeam("rival", PlanId.PRO);
        addMember(acme, 1, Role.OWNER);
        addMember(acme, 2, Role.ADMIN);
        addMember(acme, 3, Role.MEMBER);
        addMember(tiny, 4, Role.OWNER);
        addMember(rival, 5, Role.OWNER);
        users.save(new User(new UserId(10), "support@servelink.com", "Support", true));
    }

    private Team addTeam(String slug, PlanId plan) {
        Team team = Team.create(TeamId.fromOpaque(slug), new TeamSlug(slug), slug.toUpperCase(), plan);
        teams.save(team);
        return team;
    }

    private void addMember(Team team, long userId, Role role) {
        users.save(new User(new UserId(userId), "user" + userId + "@example.com", "User " + userId, false));
        memberships.save(new Membership(team.id(), new UserId(userId), role));
    }

    public PurchaseReceipt buy(Actor actor, TeamSlug team, String type, int quantity) {
        return purchase.purchase(PurchaseAddOnCommand.of(actor, team, type, quantity));
    }

    /** The provider reports the purchase paid, with a fresh event id. */
    public PaymentOutcome pay(PurchaseReceipt receipt) {
        return confirmPayment.confirm(new ConfirmPaymentCommand(gateway.provider(), "evt_" + ids.nextOpaqueId(),
                receipt.paymentId(), receipt.amount()));
    }

    public TeamLimits limitsOf(Actor actor, TeamSlug team) {
        return limits.getLimits(new GetTeamLimitsQuery(actor, team));
    }

    public TeamResources resourcesOf(Actor actor, TeamSlug team) {
        return listResources.listResources(new ListTeamResourcesQuery(actor, team, Optional.empty()));
    }

    public TeamId teamId(TeamSlug slug) {
        return teams.findBySlug(slug).orElseThrow().id();
    }
}
