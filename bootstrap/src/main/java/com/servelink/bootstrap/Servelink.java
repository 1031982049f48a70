package com.servelink.bootstrap;

import com.servelink.adapter.http.server.HttpServer;
import com.servelink.adapter.persistence.config.Database;
import com.servelink.adapter.persistence.config.DatabaseSettings;
import com.servelink.adapter.persistence.secrets.SecretBox;
import com.servelink.adapter.scheduler.QuartzScheduler;
import com.servelink.bootstrap.config.Configuration;
import com.servelink.bootstrap.config.InvalidConfigurationException;
import com.servelink.bootstrap.config.PricingCatalogs;
import com.servelink.bootstrap.metrics.Metrics;
import com.servelink.bootstrap.secrets.AdminToken;
import com.servelink.bootstrap.secrets.SandboxWebhookSecret;
import com.servelink.bootstrap.secrets.SecretKeys;
import com.servelink.bootstrap.wiring.ApplicationServices;
import com.servelink.bootstrap.wiring.Core;
import com.servelink.bootstrap.wiring.HttpServing;
import com.servelink.bootstrap.wiring.Notifications;
import com.servelink.bootstrap.wiring.OutboxDispatching;
import com.servelink.bootstrap.wiring.Scheduling;
import com.servelink.domain.catalog.PricingCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The composition root: reads the configuration and the catalog, opens the database, then composes
 * the steps of {@code bootstrap.wiring} in order (the core, the notification channels, the use cases
 * and jobs, the outbox's dispatcher, the scheduler, the HTTP server) with plain constructors, and
 * stops them in reverse. End-to-end tests start the very same thing on a random port.
 */
public final class Servelink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Servelink.class);

    private final Configuration configuration;
    private final Database database;
    private final HttpServer server;
    private final Optional<QuartzScheduler> scheduler;
    private final Optional<String> generatedAdminToken;
    private final Optional<DemoData.Tokens> demoTokens;
    private final Optional<String> webhookSecret;
    private final Metrics metrics;
    private final TokenUseWriter tokenUses;
    private final OutboxDispatching dispatching;

    private Servelink(Configuration configuration, Database database, HttpServer server,
                      Optional<QuartzScheduler> scheduler, Optional<String> generatedAdminToken,
                      Optional<DemoData.Tokens> demoTokens, Optional<String> webhookSecret, Metrics metrics,
                      TokenUseWriter tokenUses, OutboxDispatching dispatching) {
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
        PricingCatalog catalog = PricingCatalogs.configuredOrShipped(configuration.pricingFile());
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
        AdminToken adminToken = AdminToken.resolve(configuration, database.settings(), console);
        SecretBox secretBox = SecretKeys.box(configuration);
        Optional<String> webhookSecret = configuration.paymentWebhookSecret()
                .or(() -> Optional.of(SandboxWebhookSecret.resolve(database.settings(), secretBox, console)));
        // the public URL as it is once the server listens (a random port in tests)
        AtomicReference<Configuration> bound = new AtomicReference<>(configuration);
        Core core = Core.of(configuration, catalog, clock, database, () -> bound.get().publicUrl());

        Notifications notifications = Notifications.wire(core, secretBox);
        ApplicationServices services = ApplicationServices.wire(core, adminToken.hash(), metrics);
        Optional<DemoData.Tokens> demoTokens = DemoData.createIfWanted(configuration, database, services.api(),
                catalog, console);
        OutboxDispatching dispatching = OutboxDispatching.start(core, notifications.channels(), metrics);
        Optional<QuartzScheduler> scheduler = Scheduling.start(core, services.jobs(), services.api().runJob());
        HttpServer server = HttpServing.start(core, services, notifications, webhookSecret, metrics);
        bound.set(configuration.withHttpPort(server.port()));
        LOG.info("Servelink {}", bound.get().describe());
        return new Servelink(bound.get(), database, server, scheduler, adminToken.generated(), demoTokens,
                webhookSecret, metrics, TokenUseWriter.start(services.tokenUses(), services.authentication()), dispatching);
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
