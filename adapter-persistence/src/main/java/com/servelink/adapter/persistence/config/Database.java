package com.servelink.adapter.persistence.config;

import com.servelink.adapter.persistence.billing.AdditionalResourceEntity;
import com.servelink.adapter.persistence.billing.JpaAdditionalResourceRepository;
import com.servelink.adapter.persistence.billing.JpaPaymentRepository;
import com.servelink.adapter.persistence.billing.JpaProcessedEventRepository;
import com.servelink.adapter.persistence.billing.JpaPurchaseIdempotencyRepository;
import com.servelink.adapter.persistence.billing.PaymentEntity;
import com.servelink.adapter.persistence.billing.PurchaseIdempotencyEntity;
import com.servelink.adapter.persistence.billing.ProcessedWebhookEventEntity;
import com.servelink.adapter.persistence.invoicing.JdbcBillingProfileRepository;
import com.servelink.adapter.persistence.invoicing.JdbcInvoiceRepository;
import com.servelink.adapter.persistence.kb.ArticleEntity;
import com.servelink.adapter.persistence.kb.JdbcSuggestionOpenings;
import com.servelink.adapter.persistence.kb.JpaArticleRepository;
import com.servelink.adapter.persistence.platform.DeploymentEntity;
import com.servelink.adapter.persistence.platform.JpaDeploymentRepository;
import com.servelink.adapter.persistence.platform.JpaProjectRepository;
import com.servelink.adapter.persistence.platform.JpaUsageAlertRepository;
import com.servelink.adapter.persistence.platform.JpaUsageRepository;
import com.servelink.adapter.persistence.platform.ProjectEntity;
import com.servelink.adapter.persistence.platform.ReportedStorageMeter;
import com.servelink.adapter.persistence.platform.UsageAlertEntity;
import com.servelink.adapter.persistence.platform.UsageSampleEntity;
import com.servelink.adapter.persistence.support.JpaTicketRepository;
import com.servelink.adapter.persistence.support.MessageEntity;
import com.servelink.adapter.persistence.support.TicketEntity;
import com.servelink.adapter.persistence.system.JobRunEntity;
import com.servelink.adapter.persistence.notification.JdbcNotificationPreferences;
import com.servelink.adapter.persistence.notification.JdbcNotificationRecipients;
import com.servelink.adapter.persistence.notification.JdbcOutbox;
import com.servelink.adapter.persistence.notification.JdbcWebhookEndpointRepository;
import com.servelink.adapter.persistence.system.JpaJobRunLog;
import com.servelink.adapter.persistence.system.JpaSystemSettings;
import com.servelink.adapter.persistence.system.SystemSettingEntity;
import com.servelink.adapter.persistence.team.ApiTokenEntity;
import com.servelink.adapter.persistence.team.JdbcTeamLimitsReader;
import com.servelink.adapter.persistence.team.JdbcWebSessionRepository;
import com.servelink.adapter.persistence.team.JpaApiTokenRepository;
import com.servelink.adapter.persistence.team.JpaMembershipRepository;
import com.servelink.adapter.persistence.team.JpaTeamRepository;
import com.servelink.adapter.persistence.team.JpaUserRepository;
import com.servelink.adapter.persistence.team.MembershipEntity;
import com.servelink.adapter.persistence.team.TeamEntity;
import com.servelink.adapter.persistence.team.UserEntity;
import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.SecretSealer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The persistence adapter, assembled: a HikariCP pool, the Flyway migrations applied, Hibernate
 * validating (never creating) the schema, and every repository of the application's ports.
 */
public final class Database implements AutoCloseable {
    private static final int PROBE_TIMEOUT_SECONDS = 2;
    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final Clock clock;
    private final HikariDataSource probe;

    private Database(DatabaseSettings settings, HikariDataSource pool, DataSource dataSource,
                     EntityManagerFactory factory, Clock clock) {
        this.settings = settings;
        this.pool = pool;
        this.probe = probe(settings);
        this.dataSource = dataSource;
        this.factory = factory;
        this.transactions = new JpaTransactions(factory, dataSource);
        this.clock = clock;
    }

    /** Connects, migrates and validates; fails with a clear message when the database is unusable. */
    public static Database start(DatabaseSettings settings, Clock clock) {
        return start(settings, clock, UnaryOperator.identity());
    }

    /**
     * @param decorator wraps the pool for everything after the migrations (tests count the
     *                  statements a use case issues at the JDBC level this way)
     */
    public static Database start(DatabaseSettings settings, Clock clock, UnaryOperator<DataSource> decorator) {
        return start(settings, clock, decorator, Optional.empty());
    }

    /** @param metrics where the pool reports its connections ({@code hikaricp_*}), when metrics are on */
    public static Database start(DatabaseSettings settings, Clock clock, Optional<MeterRegistry> metrics) {
        return start(settings, clock, UnaryOperator.identity(), metrics);
    }

    private static Database start(DatabaseSettings settings, Clock clock, UnaryOperator<DataSource> decorator,
                                  Optional<MeterRegistry> metrics) {
        HikariDataSource pool = pool(settings, metrics);
        try {
            migrate(settings, pool);
            DataSource dataSource = decorator.apply(pool);
            return new Database(settings, pool, dataSource, entityManagerFactory(settings, dataSource), clock);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource pool(DatabaseSettings settings, Optional<MeterRegistry> metrics) {
        HikariConfig config = new HikariConfig();
        metrics.ifPresent(registry -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
        config.setPoolName("servelink-db");
        config.setJdbcUrl(settings.effectiveUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(10_000);
        settings.schema().ifPresent(schema -> config.setConnectionInitSql(settings.isPostgres()
                ? "create schema if not exists " + schema + "; set search_path to " + schema + ", public"
                : "create schema if not exists " + schema + "; set schema " + schema));
        return new HikariDataSource(config);
    }

    /**
     * One connection of its own for readiness, outside the pool: a pool busy serving requests
     * must not read as a database that is down, and a probe must not wait for the pool's 5 s.
     */
    private static HikariDataSource probe(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("servelink-db-probe");
        config.setJdbcUrl(settings.effectiveUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(PROBE_TIMEOUT_SECONDS * 1000L);
        config.setValidationTimeout(PROBE_TIMEOUT_SECONDS * 1000L);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static void migrate(DatabaseSettings settings, DataSource dataSource) {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + settings.vendor())
                .failOnMissingLocations(true);
        settings.schema().ifPresent(schema -> flyway.schemas(schema).defaultSchema(schema));
        flyway.load().migrate();
    }

    private static EntityManagerFactory entityManagerFactory(DatabaseSettings settings, DataSource dataSource) {
        var configuration = new HibernatePersistenceConfiguration("servelink")
                .managedClasses(TeamEntity.class, UserEntity.class, MembershipEntity.class, PaymentEntity.class,
                        AdditionalResourceEntity.class, ProcessedWebhookEventEntity.class, TicketEntity.class,
                        MessageEntity.class, ApiTokenEntity.class, PurchaseIdempotencyEntity.class,
                        JobRunEntity.class, SystemSettingEntity.class, ProjectEntity.class,
                        DeploymentEntity.class, UsageSampleEntity.class, UsageAlertEntity.class, ArticleEntity.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none")
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                .property(AvailableSettings.ORDER_UPDATES, "true")
                .property(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        settings.schema().ifPresent(schema -> configuration.property(AvailableSettings.DEFAULT_SCHEMA, schema));
        return configuration.createEntityManagerFactory();
    }

    public JpaTransactions transactions() {
        return transactions;
    }

    public JpaTeamRepository teams() {
        return new JpaTeamRepository(transactions, clock);
    }

    public JpaUserRepository users() {
        return new JpaUserRepository(transactions, clock);
    }

    public JpaMembershipRepository memberships() {
        return new JpaMembershipRepository(transactions, clock);
    }

    public JdbcTeamLimitsReader teamLimits() {
        return new JdbcTeamLimitsReader(transactions);
    }

    public JpaAdditionalResourceRepository resources() {
        return new JpaAdditionalResourceRepository(transactions);
    }

    public JpaPaymentRepository payments() {
        return new JpaPaymentRepository(transactions);
    }

    public JpaProcessedEventRepository processedEvents() {
        return new JpaProcessedEventRepository(transactions);
    }

    public JpaTicketRepository tickets() {
        return new JpaTicketRepository(transactions);
    }

    /** The teams' billing profiles, the buyers their invoices print (V22). */
    public JdbcBillingProfileRepository billingProfiles() {
        return new JdbcBillingProfileRepository(transactions, clock);
    }

    /** Issued invoices and credit notes, numbered without gaps (V20). */
    public JdbcInvoiceRepository invoices() {
        return new JdbcInvoiceRepository(transactions);
    }

    /** The refunds of payments (V26). */
    public com.servelink.adapter.persistence.billing.JdbcRefundRepository refunds() {
        return new com.servelink.adapter.persistence.billing.JdbcRefundRepository(transactions);
    }

    /** The help centre's articles, searched with the database's own means (full text on PostgreSQL). */
    public JpaArticleRepository articles() {
        return new JpaArticleRepository(transactions, settings.isPostgres());
    }

    /** The suggested articles customers opened, for the deflection rate. */
    public JdbcSuggestionOpenings suggestionOpenings() {
        return new JdbcSuggestionOpenings(transactions);
    }

    public JpaApiTokenRepository apiTokens() {
        return new JpaApiTokenRepository(transactions);
    }

    public JdbcWebSessionRepository webSessions() {
        return new JdbcWebSessionRepository(transactions);
    }

    public JpaPurchaseIdempotencyRepository purchaseIdempotency() {
        return new JpaPurchaseIdempotencyRepository(transactions);
    }

    /** The webhook endpoints, their secrets sealed by {@code sealer}. */
    public JdbcWebhookEndpointRepository webhookEndpoints(SecretSealer sealer) {
        return new JdbcWebhookEndpointRepository(transactions, sealer);
    }

    public JdbcOutbox outbox() {
        return new JdbcOutbox(transactions, settings.isPostgres());
    }

    public JdbcNotificationPreferences notificationPreferences() {
        return new JdbcNotificationPreferences(transactions, clock);
    }

    public JdbcNotificationRecipients notificationRecipients() {
        return new JdbcNotificationRecipients(transactions);
    }

    public JpaJobRunLog jobRuns() {
        return new JpaJobRunLog(transactions);
    }

    public JpaSystemSettings settings() {
        return new JpaSystemSettings(transactions);
    }

    public JpaProjectRepository projects() {
        return new JpaProjectRepository(transactions);
    }

    public JpaDeploymentRepository deployments() {
        return new JpaDeploymentRepository(transactions);
    }

    public JpaUsageRepository usage() {
        return new JpaUsageRepository(transactions, settings.isPostgres());
    }

    public JpaUsageAlertRepository usageAlerts() {
        return new JpaUsageAlertRepository(transactions);
    }

    /** The default storage meter: the sizes the platform reported for each project's deployments. */
    public ReportedStorageMeter storageMeter() {
        return new ReportedStorageMeter(transactions);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return settings.isPostgres();
    }

    /**
     * Whether the database answers, within two seconds, on the probe's own connection: true
     * while the pool is saturated but the database answers, false when it does not.
     */
    public boolean isReachable() {
        try (Connection connection = probe.getConnection()) {
            return connection.isValid(PROBE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            probe.close();
            pool.close();
        }
    }
}
