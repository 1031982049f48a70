package com.servelink.bootstrap;

import com.servelink.adapter.http.payment.SandboxPaymentGateway;
import com.servelink.adapter.http.payment.StripePaymentGateway;
import com.servelink.adapter.http.HttpApi;
import com.servelink.adapter.http.routes.PlatformRoutes;
import com.servelink.adapter.http.server.HttpServer;
import com.servelink.adapter.http.server.NotificationUseCases;
import com.servelink.adapter.http.server.RateLimits;
import com.servelink.adapter.http.server.TokenUseCases;
import com.servelink.adapter.http.server.ServerTimeouts;

import com.servelink.adapter.http.server.UsageUseCases;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.web.PageSettings;
import com.servelink.adapter.http.web.WebUseCases;
import com.servelink.adapter.mail.SmtpNotificationMailer;
import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.adapter.persistence.system.JpaSystemSettings;
import com.servelink.adapter.scheduler.QuartzJobCalendar;
import com.servelink.adapter.scheduler.OutboxWorker;
import com.servelink.adapter.scheduler.QuartzScheduler;
import com.servelink.application.inmemory.RandomIdSource;
import com.servelink.application.port.in.admin.JobDefinition;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.application.service.access.ApiTokens;
import com.servelink.application.service.access.AuthenticateService;
import com.servelink.application.service.access.CachedAuthenticateService;
import com.servelink.application.service.access.GetSessionService;
import com.servelink.application.service.access.SignInService;
import com.servelink.application.service.access.SignOutService;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.access.TokenUses;
import com.servelink.application.service.team.GetTeamOverviewService;
import com.servelink.application.service.team.ListMyTeamsService;
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
import com.servelink.application.service.billing.ExpireAddOnsService;
import com.servelink.application.service.billing.FailPaymentService;
import com.servelink.application.service.billing.GetPaymentService;
import com.servelink.application.service.usage.GetTeamBillingSnapshotService;
import com.servelink.application.service.billing.GetTeamLimitsService;
import com.servelink.application.service.billing.ListAddOnOffersService;
import com.servelink.application.service.billing.ListTeamPaymentsService;
import com.servelink.application.service.billing.ListTeamResourcesService;
import com.servelink.application.service.billing.PreviewCancellationService;
import com.servelink.application.service.billing.PurchaseAddOnService;
import com.servelink.application.service.billing.ReconcilePaymentsService;
import com.servelink.application.port.in.notification.NotifyExpiringAddOnsUseCase;
import com.servelink.application.port.in.notification.PurgeOutboxUseCase;
import com.servelink.application.port.in.platform.CheckInactiveProjectsUseCase;
import com.servelink.application.port.in.platform.CheckUsageLimitsUseCase;
import com.servelink.application.port.in.platform.CleanupInactiveDeploymentsUseCase;
import com.servelink.application.port.in.platform.UpdateProjectStorageUseCase;
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
import com.servelink.application.service.notification.DeliveryChannel;
import com.servelink.application.service.notification.DispatchOutboxService;
import com.servelink.application.service.notification.EmailChannel;
import com.servelink.application.service.notification.NotificationLinks;
import com.servelink.application.service.notification.GetNotificationPreferencesService;
import com.servelink.application.service.notification.NotifyExpiringAddOnsService;
import com.servelink.application.service.notification.OutboxEventPublisher;
import com.servelink.application.service.notification.PurgeOutboxService;
import com.servelink.application.service.notification.RetrySchedule;
import com.servelink.application.service.notification.UnsubscribeService;
import com.servelink.application.service.notification.UnsubscribeTokens;
import com.servelink.application.service.notification.UpdateNotificationPreferencesService;
import com.servelink.application.service.support.CreateTicketService;
import com.servelink.application.service.usage.ExportUsageService;
import com.servelink.application.service.usage.GetUsageHistoryService;
import com.servelink.application.service.usage.GetUsageSummaryService;
import com.servelink.application.port.in.support.CheckSlaUseCase;
import com.servelink.application.port.in.support.CloseResolvedTicketsUseCase;
import com.servelink.application.service.support.CheckSlaService;
import com.servelink.application.service.support.CloseResolvedTicketsService;
import com.servelink.application.service.support.GetStaffQueueService;
import com.servelink.application.service.support.ExportTicketsService;
import com.servelink.application.service.support.GetTicketService;
import com.servelink.application.service.support.GetTicketStatisticsService;
import com.servelink.application.service.support.ListTicketsService;
import com.servelink.application.service.support.PostMessageService;
import com.servelink.application.service.support.UpdateTicketService;
import com.servelink.bootstrap.config.Configuration;
import com.servelink.bootstrap.config.InvalidConfigurationException;
import com.servelink.bootstrap.config.JsonPricingCatalogLoader;
import com.servelink.bootstrap.metrics.Metrics;
import com.servelink.bootstrap.secrets.SandboxWebhookSecret;
import com.servelink.adapter.http.server.WebhookUseCases;
import com.servelink.adapter.http.webhook.HttpWebhookSender;
import com.servelink.adapter.http.webhook.JdkHostResolver;
import com.servelink.adapter.http.webhook.WebhookPayloads;
import com.servelink.adapter.persistence.secrets.SecretBox;
import com.servelink.application.service.notification.CreateWebhookService;
import com.servelink.application.service.notification.DeleteWebhookService;
import com.servelink.application.service.notification.EnableWebhookService;
import com.servelink.application.service.notification.ListWebhookDeliveriesService;
import com.servelink.application.service.notification.ListWebhooksService;
import com.servelink.application.service.notification.RedeliverWebhookService;
import com.servelink.application.service.notification.RotateWebhookSecretService;
import com.servelink.application.service.notification.WebhookChannel;
import com.servelink.application.service.notification.WebhookUrlPolicy;
import com.servelink.bootstrap.secrets.SecretKeys;
import com.servelink.bootstrap.config.OutboxTuning;
import com.servelink.bootstrap.config.SchedulerTuning;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.support.SlaPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The composition root: builds configuration, clock, database, repositories, use cases and the
 * HTTP server in that order with plain constructors, and stops them in reverse. End-to-end
 * tests start the very same thing on a random port.
 */
public final class Servelink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Servelink.class);
    static final String ADMIN_TOKEN_HASH = "admin_token_hash";

    private final Configuration configuration;
    private final Database database;
    private final HttpServer server;
    private final Optional<QuartzScheduler> scheduler;
    private final Optional<String> generatedAdminToken;
    private final Optional<DemoData.Tokens> demoTokens;
    private final Optional<String> webhookSecret;
    private final Metrics metrics;
    private final TokenUseWriter tokenUses;
    private final Dispatching dispatching;

    /** The outbox's worker and its delivery threads, stopped together. */
    private record Dispatching(Optional<OutboxWorker> worker, ExecutorService deliveries) implements AutoCloseable {
        @Override
        public void close() {
            try {
                worker.ifPresent(OutboxWorker::close);
            } finally {
                deliveries.shutdown();
                try {
                    if (!deliveries.awaitTermination(15, TimeUnit.SECONDS)) {
                        deliveries.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    deliveries.shutdownNow();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private Servelink(Configuration configuration, Database database, HttpServer server,
                      Optional<QuartzScheduler> scheduler, Optional<String> generatedAdminToken,
                      Optional<DemoData.Tokens> demoTokens, Optional<String> webhookSecret, Metrics metrics,
                      TokenUseWriter tokenUses, Dispatching dispatching) {
        this.configuration = configuration;
        this.database = database;
        this.server = server;
        this.scheduler = scheduler;
        this.generatedAdminToken = generatedAdminToken;
        this.demoTokens = demoTokens;
        this.webhookSecret = webhookSecret;
        this.metrics = metrics;
        this.tokenUses = tokenUses;
        this.dispatching = dispatching;
    }

    /** Starts everything; secrets generated now are printed once to {@code console}. */
    public static Servelink start(Configuration configuration, PrintStream console) {
        boolean stripe = configuration.paymentProvider() == Configuration.PaymentProvider.STRIPE;
        if (stripe && configuration.paymentWebhookSecret().isEmpty()) {
            throw new InvalidConfigurationException("SERVELINK_PAYMENT_WEBHOOK_SECRET is required with the stripe "
                    + "provider: the endpoint's signing secret (whsec_…), several separated by commas during a rotation");
        }
        configuration.startupWarnings().forEach(LOG::warn);
        PricingCatalog catalog = JsonPricingCatalogLoader.fromFileOrClasspath(configuration.pricingFile());
        // microsecond ticks: what both databases store is exactly what the domain decided
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
        Metrics metrics = Metrics.create(configuration.observability().metrics());
        Database database;
        try {
            database = Database.start(new DatabaseSettings(configuration.dbUrl(),
                    configuration.dbUser().orElse(null), configuration.dbPassword().orElse(null),
                    configuration.dbPoolSize(), Optional.empty()), clock, metrics.registry());
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        try {
            return wire(configuration, catalog, clock, database, metrics, console);
        } catch (RuntimeException e) {
            try {
                database.close();
            } finally {
                metrics.close();
            }
            throw e;
        }
    }

    private static Servelink wire(Configuration configuration, PricingCatalog catalog, Clock clock, Database database,
                                  Metrics metrics, PrintStream console) {
        JpaSystemSettings settings = database.settings();
        Optional<String> generatedAdminToken = Optional.empty();
        String adminTokenHash;
        if (configuration.adminToken().isPresent()) {
            adminTokenHash = ApiTokens.hash(configuration.adminToken().get());
        } else if (settings.get(ADMIN_TOKEN_HASH).isPresent()) {
            adminTokenHash = settings.get(ADMIN_TOKEN_HASH).get();
        } else {
            String token = ApiTokens.generate();
            adminTokenHash = settings.getOrCreate(ADMIN_TOKEN_HASH, () -> ApiTokens.hash(token));
            if (adminTokenHash.equals(ApiTokens.hash(token))) {
                generatedAdminToken = Optional.of(token);
                console.println("Admin token (shown once, keep it): " + token);
            }
        }
        boolean stripe = configuration.paymentProvider() == Configuration.PaymentProvider.STRIPE;
        Optional<String> webhookSecret = configuration.paymentWebhookSecret();
        SecretBox secretBox = SecretKeys.box(configuration);
        if (webhookSecret.isEmpty()) {
            webhookSecret = Optional.of(SandboxWebhookSecret.resolve(settings, secretBox, console));
        }

        var ids = new RandomIdSource();
        var tx = database.transactions();
        var teams = database.teams();
        var users = database.users();
        var memberships = database.memberships();
        var resources = database.resources();
        var payments = database.payments();
        var processed = database.processedEvents();
        var tickets = database.tickets();
        var jobRuns = database.jobRuns();
        var access = new TeamAccess(memberships);
        var outbox = database.outbox();
        EventPublisher events = new OutboxEventPublisher(outbox, ids, teams, tickets, resources);
        // the ways events leave: each channel registers here
        List<DeliveryChannel> channels = new ArrayList<>();

        Configuration[] bound = {configuration};
        PaymentGateway gateway = stripe
                ? new StripePaymentGateway(configuration.stripeApiBase(), configuration.stripeApiKey().orElseThrow(),
                () -> bound[0].publicUrl())
                : new SandboxPaymentGateway(() -> bound[0].publicUrl());
        // outgoing webhooks: endpoints with sealed secrets, the SSRF guard, their channel of the outbox
        var webhookEndpoints = database.webhookEndpoints(secretBox);
        var webhookUrls = new WebhookUrlPolicy(new JdkHostResolver(), configuration.webhooks().allowHttp(),
                configuration.webhooks().allowPrivate());
        channels.add(new WebhookChannel(webhookEndpoints, teams, webhookUrls,
                new HttpWebhookSender(new WebhookPayloads(() -> bound[0].publicUrl())), outbox, tx, ids, clock));
        var outgoingWebhooks = new WebhookUseCases(
                new CreateWebhookService(access, webhookEndpoints, webhookUrls, tx, ids, clock),
                new ListWebhooksService(access, webhookEndpoints),
                new DeleteWebhookService(access, webhookEndpoints, tx),
                new RotateWebhookSecretService(access, webhookEndpoints, tx, clock),
                new ListWebhookDeliveriesService(access, webhookEndpoints),
                new RedeliverWebhookService(access, webhookEndpoints, outbox, tx, clock),
                new EnableWebhookService(access, webhookEndpoints, webhookUrls, tx));
        // e-mail: registered only when an SMTP server is set; the links carry the public URL and
        // are signed with a key derived from the secret key, the same on every node
        var unsubscribeTokens = new UnsubscribeTokens(secretBox.derivedKey("unsubscribe-links"));
        var notificationPreferences = database.notificationPreferences();
        configuration.smtp().ifPresent(smtp -> channels.add(new EmailChannel(database.notificationRecipients(),
                notificationPreferences, new SmtpNotificationMailer(smtp, clock),
                new NotificationLinks(() -> bound[0].publicUrl(), unsubscribeTokens))));
        var notifications = new NotificationUseCases(new GetNotificationPreferencesService(notificationPreferences),
                new UpdateNotificationPreferencesService(notificationPreferences, tx),
                new UnsubscribeService(unsubscribeTokens, users, notificationPreferences, tx));
        var expire = new ExpireAddOnsService(resources, tx, clock, events);
        var confirm = new ConfirmPaymentService(payments, resources, processed, tx, clock, events);
        var reconcile = new ReconcilePaymentsService(payments, resources, gateway, confirm, tx, clock,
                configuration.paymentPendingTtl(), events);
        var projects = database.projects();
        var deployments = database.deployments();
        var usage = database.usage();
        var alerts = database.usageAlerts();
        var inactiveProjects = new CheckInactiveProjectsService(catalog, projects, tx, clock, events);
        var cleanupDeployments = new CleanupInactiveDeploymentsService(projects, deployments, tx);
        var projectStorage = new UpdateProjectStorageService(projects, database.storageMeter(), tx);
        SlaPolicy sla = configuration.sla().policy();
        var usageLimits = new CheckUsageLimitsService(catalog, teams, resources, usage, alerts, tx, ids, clock, events);
        // SPEC §7: fixed UTC times; reconciliation hourly
        List<JobDefinition> jobs = metrics.timed(configuration.schedulerTuning().apply(List.of(
                new JobDefinition(CheckInactiveProjectsUseCase.JOB, "0 0 2 * * ?", inactiveProjects::checkInactiveProjects),
                new JobDefinition(CleanupInactiveDeploymentsUseCase.JOB, "0 0 3 * * ?",
                        cleanupDeployments::cleanupDeployments),
                new JobDefinition(UpdateProjectStorageUseCase.JOB, "0 0 4 * * ?", projectStorage::updateStorage),
                new JobDefinition("expire_additional_resources", "0 0 5 * * ?", expire::expireDue),
                new JobDefinition(CheckUsageLimitsUseCase.JOB, "0 0 6 * * ?", usageLimits::checkUsageLimits),
                new JobDefinition(NotifyExpiringAddOnsUseCase.JOB, NotifyExpiringAddOnsUseCase.CRON,
                        new NotifyExpiringAddOnsService(resources, tx, clock, events)::notifyExpiring),
                new JobDefinition("reconcile_payments", "0 0 * * * ?", reconcile::reconcile),
                new JobDefinition(PurgeOutboxUseCase.JOB, "0 0 0 * * ?",
                        new PurgeOutboxService(outbox, clock, configuration.outbox().retention())::purge),
                new JobDefinition(CloseResolvedTicketsUseCase.JOB, "0 0 1 * * ?", new CloseResolvedTicketsService(
                        tickets, tx, ids, clock, events, sla)::closeResolved),
                new JobDefinition(CheckSlaUseCase.JOB, "0 * * * * ?",
                        new CheckSlaService(tickets, tx, clock, events, sla)::checkSla))));
        var platform = new PlatformRoutes.PlatformUseCases(
                new CreateProjectService(teams, projects, tx, ids, clock),
                new RecordTrafficService(projects, tx, clock),
                new ReportDeploymentService(projects, deployments, tx, ids, clock),
                new ReportUsageService(projects, usage, tx, clock),
                new ListProjectsService(access, projects),
                new ReactivateProjectService(access, projects, tx, clock, events),
                new ListUsageAlertsService(access, alerts));

        var usageSummary = new GetUsageSummaryService(access, catalog, resources, usage, alerts, clock);
        var usageDashboard = new UsageUseCases(
                usageSummary,
                new GetUsageHistoryService(access, catalog, resources, usage, clock),
                new ExportUsageService(access, usage),
                new PreviewCancellationService(access, catalog, resources, usage, clock));

        // 10 s: how long a revocation takes to reach the other nodes (decision 108)
        var tokenUses = new TokenUses(database.apiTokens());
        var authentication = new CachedAuthenticateService(new AuthenticateService(database.apiTokens(),
                adminTokenHash, tokenUses, clock), clock, Duration.ofSeconds(10), 100_000);
        var tokens = new TokenUseCases(new ListTokensService(users, database.apiTokens(), tokenUses),
                new RevokeTokenService(users, database.apiTokens(), tx, authentication, clock));
        var useCases = new UseCases(
                authentication,
                new ListAddOnOffersService(access, catalog),
                new PurchaseAddOnService(access, catalog, gateway, resources, payments, tx, ids, clock, events,
                        database.purchaseIdempotency()),
                new ListTeamResourcesService(access, resources, clock),
                new CancelAddOnService(access, resources, tx, clock, events),
                new GetTeamLimitsService(access, catalog, resources, clock),
                new GetPaymentService(access, payments),
                new ListTeamPaymentsService(access, payments),
                confirm,
                new FailPaymentService(payments, resources, processed, tx, clock, events),
                new CreateTicketService(access, catalog, tickets, tx, ids, clock, events, sla),
                new ListTicketsService(access, tickets, clock, sla),
                new GetTicketService(access, tickets, clock, sla),
                new PostMessageService(access, tickets, tx, ids, clock, events, sla),
                new UpdateTicketService(access, tickets, tx, clock, events, sla),
                new GetTicketStatisticsService(access, tickets),
                new GetStaffQueueService(tickets, clock, sla),
                new CreateTeamService(catalog, teams, tx, ids),
                new ChangeTeamPlanService(catalog, teams, resources, tx, clock),
                new CreateUserService(users, tx),
                new AddMemberService(teams, users, memberships, tx),
                new IssueTokenService(users, database.apiTokens(), tx, ids, clock),
                new ListJobsService(jobs, jobRuns, new QuartzJobCalendar(), clock),
                new RunJobService(jobs, jobRuns, clock),
                new ExportTicketsService(access, tickets),
                new GetTeamBillingSnapshotService(teams, usageSummary, payments));

        // explicit: create it unless it exists (restarts stay quiet); unset: only on an empty embedded database
        boolean demo = configuration.demoData()
                .map(wanted -> wanted && !DemoData.exists(database))
                .orElse(configuration.isEmbeddedDefault() && !DemoData.anyTeam(database));
        Optional<DemoData.Tokens> demoTokens = demo
                ? Optional.of(DemoData.create(useCases, catalog, console)) : Optional.empty();

        Optional<List<String>> stripeSecrets = stripe
                ? webhookSecret.map(secrets -> List.of(secrets.split("\\s*,\\s*"))) : Optional.empty();
        OutboxTuning outboxTuning = configuration.outbox();
        ExecutorService deliveryThreads = Executors.newFixedThreadPool(outboxTuning.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "servelink-outbox-delivery");
            thread.setDaemon(true);
            return thread;
        });
        var dispatcher = new DispatchOutboxService(outbox, channels, deliveryThreads, clock,
                new DispatchOutboxService.Settings(outboxTuning.lease(), outboxTuning.concurrency() * 4,
                        new RetrySchedule(outboxTuning.retryBase(), RetrySchedule.DEFAULT.max(),
                                outboxTuning.retryWindow())), metrics.outbox(outbox));
        Optional<OutboxWorker> outboxWorker = outboxTuning.dispatch()
                ? Optional.of(new OutboxWorker(dispatcher, outboxTuning.pollInterval()).start()) : Optional.empty();
        Optional<QuartzScheduler> scheduler = Optional.empty();
        if (configuration.schedulerEnabled()) {
            SchedulerTuning tuning = configuration.schedulerTuning();
            QuartzScheduler quartz = new QuartzScheduler(database.dataSource(),
                    QuartzScheduler.Settings.forDatabase(database.isPostgres()).withClusterCheckin(tuning.clusterCheckin()),
                    jobs, new ScheduledRuns(useCases.runJob(), tuning.testJobDelay()));
            quartz.start();
            scheduler = Optional.of(quartz);
        }

        var web = new WebUseCases(
                new SignInService(useCases.authenticate(), database.webSessions(), tx, clock),
                new GetSessionService(database.webSessions(), clock),
                new SignOutService(database.webSessions()),
                new ListMyTeamsService(memberships, catalog),
                new GetTeamOverviewService(access, catalog));
        PageSettings pageSettings = PageSettings.forPublicUrl(configuration.publicUrl(), configuration.timeZone());
        var rateLimits = new RateLimits(new RateLimits.Settings(configuration.safeguards().tokenRequestsPerMinute(),
                configuration.safeguards().failedAuthenticationsPerMinute()), clock);
        HttpServer server = HttpApi.server(useCases, platform, usageDashboard, web, pageSettings, tokens,
                outgoingWebhooks, rateLimits,
                stripe ? Optional.empty() : webhookSecret,
                stripeSecrets, database::isReachable, ids, clock, metrics.http(), notifications);
        OptionalInt metricsPort = configuration.observability().metricsPort();
        if (metricsPort.isPresent()) { // before the main port: a failure here is closed with the metrics
            metrics.serve(configuration.httpHost(), metricsPort.getAsInt());
            LOG.info("metrics on port {} (GET /metrics, no token)", metrics.port().getAsInt());
        }
        // one worker per connection: a worker more would only wait on the pool, and a thread
        // handing a connection back spins (Thread.yield) while another waits for one; measured
        // 20-30 % more limits requests per second than pool + 4 workers (docs/benchmarks.md)
        var timeouts = configuration.httpTimeouts();
        server.start(configuration.httpHost(), configuration.httpPort(), configuration.dbPoolSize(),
                Optional.of(new ServerTimeouts(timeouts.read(), timeouts.idle(), timeouts.noRequest())));
        bound[0] = configuration.withHttpPort(server.port());
        LOG.info("Servelink {}", bound[0].describe());
        return new Servelink(bound[0], database, server, scheduler, generatedAdminToken, demoTokens, webhookSecret,
                metrics, TokenUseWriter.start(tokenUses), new Dispatching(outboxWorker, deliveryThreads));
    }

    public int port() {
        return server.port();
    }

    public Configuration configuration() {
        return configuration;
    }

    /** The admin token generated at this start, if one was. */
    public Optional<String> generatedAdminToken() {
        return generatedAdminToken;
    }

    public Optional<DemoData.Tokens> demoTokens() {
        return demoTokens;
    }

    /** The sandbox's webhook signing secret. */
    public Optional<String> webhookSecret() {
        return webhookSecret;
    }

    /** The port of {@code GET /metrics} without a token, when {@code SERVELINK_METRICS_PORT} asked for one. */
    public OptionalInt metricsPort() {
        return metrics.port();
    }

    public Database database() {
        return database;
    }

    /** Whether this node runs the scheduled jobs. */
    public boolean schedulerRunning() {
        return scheduler.map(QuartzScheduler::isStarted).orElse(false);
    }

    /**
     * The reverse of the start: drains requests in flight, stops the scheduler once its running
     * jobs end, then closes the database.
     */
    @Override
    public void close() {
        try {
            server.stop(Duration.ofSeconds(10));
            tokenUses.close();
        } finally {
            try {
                dispatching.close();
            } finally {
                try {
                    scheduler.ifPresent(quartz -> quartz.stop(true));
                } finally {
                    try {
                        database.close();
                    } finally {
                        metrics.close();
                    }
                }
            }
        }
    }

}
