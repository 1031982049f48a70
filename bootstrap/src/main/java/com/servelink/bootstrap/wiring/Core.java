package com.servelink.bootstrap.wiring;

import com.servelink.adapter.http.payment.SandboxPaymentGateway;
import com.servelink.adapter.http.payment.StripePaymentGateway;
import com.servelink.adapter.persistence.config.Database;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.Outbox;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.identity.RandomIdSource;
import com.servelink.application.service.notification.OutboxEventPublisher;
import com.servelink.bootstrap.config.Configuration;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.support.SlaPolicy;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * What every composition step shares: the configuration, the catalog, the clock, the database
 * (the repositories are its methods), ids, transactions, access rules, the outbox and its event
 * publisher, the payment provider and the SLA policy.
 *
 * @param publicUrl the public URL as it is once the server listens (its port may be chosen then)
 */
public record Core(Configuration configuration, PricingCatalog catalog, Clock clock, Database database,
                   IdSource ids, Transactions tx, TeamAccess access, Outbox outbox, EventPublisher events,
                   PaymentGateway gateway, SlaPolicy sla, Supplier<String> publicUrl) {

    public static Core of(Configuration configuration, PricingCatalog catalog, Clock clock, Database database,
                          Supplier<String> publicUrl) {
        var ids = new RandomIdSource();
        var outbox = database.outbox();
        EventPublisher events = new OutboxEventPublisher(outbox, ids, database.teams(), database.tickets(),
                database.resources());
        PaymentGateway gateway = configuration.paymentProvider() == Configuration.PaymentProvider.STRIPE
                ? new StripePaymentGateway(configuration.stripeApiBase(), configuration.stripeApiKey().orElseThrow(),
                publicUrl)
                : new SandboxPaymentGateway(publicUrl, configuration.sandbox().renewalsComplete());
        return new Core(configuration, catalog, clock, database, ids, database.transactions(),
                new TeamAccess(database.memberships()), outbox, events, gateway, configuration.sla().policy(),
                publicUrl);
    }

    public boolean stripe() {
        return configuration.paymentProvider() == Configuration.PaymentProvider.STRIPE;
    }
}
