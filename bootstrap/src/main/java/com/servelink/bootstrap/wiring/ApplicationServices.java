package com.servelink.bootstrap.wiring;

import com.servelink.adapter.http.routes.PlatformRoutes;
import com.servelink.adapter.http.server.InvoiceUseCases;
import com.servelink.adapter.http.server.TokenUseCases;
import com.servelink.adapter.http.server.UsageUseCases;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.web.WebUseCases;
import com.servelink.adapter.scheduler.QuartzJobCalendar;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.service.kb.ArchiveArticleService;
import com.servelink.application.service.kb.CreateArticleService;
import com.servelink.application.service.kb.EditArticleService;
import com.servelink.application.service.kb.GetArticleService;
import com.servelink.application.service.kb.GetDeflectionService;
import com.servelink.application.service.kb.RecordSuggestionOpeningService;
import com.servelink.application.service.kb.GetStaffArticleService;
import com.servelink.application.service.kb.ListArticlesService;
import com.servelink.application.service.kb.ListPublishedArticlesService;
import com.servelink.application.service.kb.PublishArticleService;
import com.servelink.application.service.kb.SearchArticlesService;
import com.servelink.application.service.kb.SuggestArticlesService;
import com.servelink.application.service.kb.UnpublishArticleService;
import com.servelink.application.service.access.AuthenticateService;
import com.servelink.application.service.access.CachedAuthenticateService;
import com.servelink.adapter.persistence.team.CaffeineCallerMemory;
import com.servelink.application.service.access.GetSessionService;
import com.servelink.application.service.access.SignInService;
import com.servelink.application.service.access.SignOutService;
import com.servelink.application.service.access.TokenUses;
import com.servelink.application.service.admin.AddMemberService;
import com.servelink.application.service.admin.ChangeTeamPlanService;
import com.servelink.application.service.admin.CreateTeamService;
import com.servelink.application.service.admin.CreateUserService;
import com.servelink.application.service.admin.IssueTokenService;
import com.servelink.application.service.admin.ListJobsService;
import com.servelink.application.service.admin.ListTokensService;
import com.servelink.application.service.admin.RevokeTokenService;
import com.servelink.application.service.admin.RunJobService;
import com.servelink.application.service.billing.CancelAddOnService;
import com.servelink.application.service.billing.ConfirmPaymentService;
import com.servelink.application.service.billing.FailPaymentService;
import com.servelink.application.service.billing.GetPaymentService;
import com.servelink.application.service.billing.GetTeamLimitsService;
import com.servelink.application.service.billing.ListAddOnOffersService;
import com.servelink.application.service.billing.ListTeamPaymentsService;
import com.servelink.application.service.billing.ListTeamResourcesService;
import com.servelink.application.service.billing.PreviewCancellationService;
import com.servelink.application.service.billing.ProviderReports;
import com.servelink.application.service.billing.IssueRefundService;
import com.servelink.application.service.billing.ListPaymentRefundsService;
import com.servelink.application.service.billing.ProviderRefunds;
import com.servelink.application.service.billing.RefundPaymentService;
import com.servelink.application.service.invoicing.CreditNoteIssuer;
import com.servelink.application.service.billing.PurchaseAddOnService;
import com.servelink.application.service.billing.SetAutoRenewService;
import com.servelink.application.service.platform.CreateProjectService;
import com.servelink.application.service.platform.ListProjectsService;
import com.servelink.application.service.platform.ListUsageAlertsService;
import com.servelink.application.service.platform.ReactivateProjectService;
import com.servelink.application.service.platform.RecordTrafficService;
import com.servelink.application.service.platform.ReportDeploymentService;
import com.servelink.application.service.platform.ReportUsageService;
import com.servelink.application.service.support.CreateTicketService;
import com.servelink.application.service.support.ExportTicketsService;
import com.servelink.application.service.support.GetStaffQueueService;
import com.servelink.application.service.support.GetTicketService;
import com.servelink.application.service.support.GetTicketHistoryService;
import com.servelink.application.service.support.GetTicketStatisticsService;
import com.servelink.application.service.support.ListTicketsService;
import com.servelink.application.service.support.PostMessageService;
import com.servelink.application.service.support.UpdateTicketService;
import com.servelink.application.service.team.GetTeamOverviewService;
import com.servelink.application.service.team.ListMyTeamsService;
import com.servelink.application.service.usage.ExportUsageService;
import com.servelink.application.service.usage.GetUsageHistoryService;
import com.servelink.application.service.usage.GetTeamBillingSnapshotService;
import com.servelink.application.service.usage.GetUsageSummaryService;
import com.servelink.application.service.invoicing.GetBillingProfileService;
import com.servelink.application.service.invoicing.GetInvoiceService;
import com.servelink.application.service.invoicing.InvoiceIssuer;
import com.servelink.application.service.invoicing.ListInvoicesService;
import com.servelink.application.service.invoicing.SaveBillingProfileService;
import com.servelink.bootstrap.config.VatRateTables;
import com.servelink.bootstrap.metrics.Metrics;
import com.servelink.domain.invoicing.VatRules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Every use case the driving adapters call, built with plain constructors over the core, in the
 * groups the HTTP adapter takes them: the API's, the platform's, the usage dashboard's, the token
 * lifecycle's and the pages' own; and the scheduled jobs, which the admin API lists and runs.
 *
 * @param tokenUses      the last-use times of API tokens, written in the background by the caller
 * @param authentication the memory of callers, whose revocation sweep the caller runs every 2 s
 */
public record ApplicationServices(UseCases api, PlatformRoutes.PlatformUseCases platform, UsageUseCases usage,
                                  TokenUseCases tokens, WebUseCases web, TokenUses tokenUses,
                                  CachedAuthenticateService authentication, List<JobDefinition> jobs) {

    /** How long a revocation takes at most to reach the other nodes (decisions 108 and 211). */
    private static final Duration REVOCATION_BOUND = Duration.ofSeconds(10);

    public static ApplicationServices wire(Core core, String adminTokenHash, Metrics metrics) {
        var db = core.database();
        var tx = core.tx();
        var ids = core.ids();
        var clock = core.clock();
        var events = core.events();
        var catalog = core.catalog();
        var access = core.access();
        var sla = core.sla();
        var invoicing = core.configuration().invoicing();
        var seller = invoicing.seller();
        var vatRules = new VatRules(seller.country(), VatRateTables.configuredOrShipped(invoicing.vatRatesFile(),
                LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)));
        var invoiceIssuer = new InvoiceIssuer(db.invoices(), db.billingProfiles(), db.teams(), vatRules, seller);
        var providerReports = new ProviderReports(db.payments(), db.resources(), db.processedEvents(), tx, clock,
                events, invoiceIssuer);
        var confirm = new ConfirmPaymentService(providerReports);
        var fail = new FailPaymentService(providerReports);
        List<JobDefinition> jobs = ScheduledJobs.wire(core, confirm, fail, metrics);

        var platform = new PlatformRoutes.PlatformUseCases(
                new CreateProjectService(catalog, db.teams(), db.projects(), tx, ids, clock),
                new RecordTrafficService(db.projects(), tx, clock),
                new ReportDeploymentService(db.projects(), db.deployments(), tx, ids, clock),
                new ReportUsageService(db.projects(), db.usage(), tx, clock),
                new ListProjectsService(access, db.projects()),
                new ReactivateProjectService(access, db.projects(), tx, clock, events),
                new ListUsageAlertsService(access, db.usageAlerts()));
        var usageSummary = new GetUsageSummaryService(access, catalog, db.resources(), db.usage(), db.usageAlerts(),
                clock);
        var usage = new UsageUseCases(
                usageSummary,
                new GetUsageHistoryService(access, catalog, db.resources(), db.usage(), clock),
                new ExportUsageService(access, db.usage()),
                new PreviewCancellationService(access, catalog, db.resources(), db.usage(), clock));

        var articles = db.articles();
        var tokenUses = new TokenUses(db.apiTokens());
        var lookUp = new AuthenticateService(db.apiTokens(), adminTokenHash, tokenUses, clock);
        var callers = CaffeineCallerMemory.start(lookUp::resolve, CaffeineCallerMemory.Settings.defaults(), clock);
        var authentication = new CachedAuthenticateService(callers, db.apiTokens(), clock, REVOCATION_BOUND);
        var tokens = new TokenUseCases(new ListTokensService(db.users(), db.apiTokens(), tokenUses),
                new RevokeTokenService(db.users(), db.apiTokens(), tx, authentication, clock));
        var api = new UseCases(
                authentication,
                new ListAddOnOffersService(access, catalog),
                new PurchaseAddOnService(access, catalog, core.gateway(), db.resources(), db.payments(), tx, ids, clock,
                        events, db.purchaseIdempotency()),
                new ListTeamResourcesService(access, db.resources(), clock),
                new CancelAddOnService(access, db.resources(), tx, clock, events),
                new GetTeamLimitsService(access, catalog, db.teamLimits(), clock),
                new GetPaymentService(access, db.payments()),
                new ListTeamPaymentsService(access, db.payments()),
                confirm,
                fail,
                new RefundPaymentService(providerReports, new ProviderRefunds(db.refunds(),
                        new CreditNoteIssuer(db.invoices()), ids)),
                new CreateTicketService(access, catalog, db.tickets(), tx, ids, clock, events, sla),
                new ListTicketsService(access, db.tickets(), clock, sla),
                new GetTicketService(access, db.tickets(), clock, sla),
                new PostMessageService(access, db.tickets(), tx, ids, clock, events, sla),
                new UpdateTicketService(access, db.tickets(), tx, clock, events, sla),
                new GetTicketStatisticsService(access, db.tickets()),
                new GetTicketHistoryService(access, db.tickets(), clock),
                new GetStaffQueueService(db.tickets(), clock, sla),
                new CreateTeamService(catalog, db.teams(), tx, ids),
                new ChangeTeamPlanService(catalog, db.teams(), db.resources(), db.projects(), db.memberships(), tx,
                        clock, events),
                new CreateUserService(db.users(), tx),
                new AddMemberService(catalog, db.teams(), db.users(), db.memberships(), tx),
                new IssueTokenService(db.users(), db.apiTokens(), tx, ids, clock),
                new ListJobsService(jobs, db.jobRuns(), new QuartzJobCalendar(), clock),
                new RunJobService(jobs, db.jobRuns(), clock),
                new SetAutoRenewService(access, db.resources(), tx),
                new ExportTicketsService(access, db.tickets()),
                new GetTeamBillingSnapshotService(db.teams(), usageSummary, db.payments(), db.refunds()),
                new CreateArticleService(articles, ids, clock),
                new EditArticleService(articles, clock),
                new PublishArticleService(articles, clock),
                new UnpublishArticleService(articles, clock),
                new ArchiveArticleService(articles, clock),
                new ListArticlesService(articles),
                new ListPublishedArticlesService(articles),
                new GetArticleService(articles),
                new GetStaffArticleService(articles),
                new SearchArticlesService(articles),
                new SuggestArticlesService(articles),
                new RecordSuggestionOpeningService(articles, db.suggestionOpenings(), clock),
                new GetDeflectionService(db.suggestionOpenings(), clock),
                new IssueRefundService(db.payments(), db.refunds(), db.resources(), events, core.gateway(), tx,
                        new CreditNoteIssuer(db.invoices()), ids, clock),
                new ListPaymentRefundsService(access, db.refunds()),
                new InvoiceUseCases(new GetBillingProfileService(access, db.billingProfiles(), seller.country()),
                        new SaveBillingProfileService(access, db.billingProfiles(), tx),
                        new ListInvoicesService(access, db.invoices()),
                        new GetInvoiceService(access, db.invoices())));

        var web = new WebUseCases(
                new SignInService(api.authenticate(), db.webSessions(), tx, clock),
                new GetSessionService(db.webSessions(), clock),
                new SignOutService(db.webSessions()),
                new ListMyTeamsService(db.memberships(), catalog),
                new GetTeamOverviewService(access, catalog));
        return new ApplicationServices(api, platform, usage, tokens, web, tokenUses, authentication, jobs);
    }
}
