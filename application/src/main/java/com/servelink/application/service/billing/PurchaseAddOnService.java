package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.PurchaseAddOnUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.PurchaseIdempotencyRepository;
import com.servelink.application.port.out.PurchaseIdempotencyRepository.StoredPurchase;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.ConflictRetry;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.AddOnPurchasePolicy;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.Money;

import java.time.Clock;
import java.time.Instant;

/**
 * Prices a purchase on the server, opens the provider's checkout, then stores the pending
 * payment and the pending resource together. The provider is called outside the transaction so
 * a slow provider never holds a database connection; if it fails, nothing is stored.
 */
public final class PurchaseAddOnService implements PurchaseAddOnUseCase {
    private final TeamAccess access;
    private final PricingCatalog catalog;
    private final AddOnPurchasePolicy policy;
    private final PaymentGateway gateway;
    private final AdditionalResourceRepository resources;
    private final PaymentRepository payments;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;
    private final EventPublisher events;
    private final PurchaseIdempotencyRepository idempotency;

    public PurchaseAddOnService(TeamAccess access, PricingCatalog catalog, PaymentGateway gateway,
                                AdditionalResourceRepository resources, PaymentRepository payments,
                                Transactions transactions, IdSource ids, Clock clock, EventPublisher events,
                                PurchaseIdempotencyRepository idempotency) {
        this.access = access;
        this.catalog = catalog;
        this.policy = new AddOnPurchasePolicy(catalog);
        this.gateway = gateway;
        this.resources = resources;
        this.payments = payments;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
        this.idempotency = idempotency;
    }

    /**
     * Two identical requests racing with one key: the second one's insert of the key conflicts,
     * and its retry finds and returns the first answer.
     */
    @Override
    public PurchaseReceipt purchase(PurchaseAddOnCommand command) {
        return ConflictRetry.retrying(() -> purchaseOnce(command), 3);
    }

    private PurchaseReceipt purchaseOnce(PurchaseAddOnCommand command) {
        var membership = access.requireBillingManager(command.actor(), command.team());
        var team = membership.team();
        Money unitPrice = policy.unitPriceFor(catalog.requirePlan(team.plan()), command.resourceType());
        Instant windowStart = clock.instant().minus(IDEMPOTENCY_WINDOW);
        if (command.idempotencyKey().isPresent()) {
            var stored = idempotency.find(team.id(), command.idempotencyKey().get(), windowStart);
            if (stored.isPresent()) {
                if (!stored.get().fingerprint().equals(command.fingerprint())) {
                    throw DomainException.invalidField("Idempotency-Key",
                            "was already used with a different request body");
                }
                return stored.get().receipt();
            }
        }

        PaymentId paymentId = PaymentId.fromOpaque(ids.nextOpaqueId());
        ResourceId resourceId = ResourceId.fromOpaque(ids.nextOpaqueId());
        Instant now = clock.instant();
        AdditionalResource resource = AdditionalResource.purchase(resourceId, team.id(), command.resourceType(),
                command.quantity(), unitPrice, paymentId, now);
        CheckoutSession checkout = gateway.createCheckout(new PaymentGateway.CheckoutRequest(paymentId, team.id(),
                resource.totalPrice(), command.quantity().value() + " × " + command.resourceType().code()
                + " add-on, 30 days"));
        Payment payment = Payment.forAddOn(paymentId, resource, gateway.provider(), checkout, now);
        PurchaseReceipt receipt = new PurchaseReceipt(paymentId, resourceId, payment.amount(), checkout.checkoutUrl());
        transactions.run(() -> {
            payments.save(payment);
            resources.save(resource);
            command.idempotencyKey().ifPresent(key -> idempotency.save(new StoredPurchase(team.id(), key,
                    command.fingerprint(), receipt, now), windowStart));
            events.publish(new AddOnEvent.Purchased(resourceId, team.id(), paymentId, now));
        });
        return receipt;
    }
}
