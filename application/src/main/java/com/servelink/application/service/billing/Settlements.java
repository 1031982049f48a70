package com.servelink.application.service.billing;

import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.service.invoicing.InvoiceIssuer;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.PaymentSettlement;

import java.util.Optional;

/**
 * Loads a payment with the add-on it pays for, and stores what a {@link PaymentSettlement} changed
 * with its events: the persistence side of settling, shared by every path that settles a payment.
 * Callers run both inside one transaction.
 */
final class Settlements {
    private final PaymentRepository payments;
    private final AdditionalResourceRepository resources;
    private final EventPublisher events;
    private final Optional<InvoiceIssuer> invoices;

    /** For the paths that complete payments: each completion issues its invoice (decision 249). */
    Settlements(PaymentRepository payments, AdditionalResourceRepository resources, EventPublisher events,
                InvoiceIssuer invoices) {
        this(payments, resources, events, Optional.of(invoices));
    }

    /** For a path that never completes a payment (the reconciliation's expiries); a completion here is refused. */
    Settlements(PaymentRepository payments, AdditionalResourceRepository resources, EventPublisher events) {
        this(payments, resources, events, Optional.empty());
    }

    private Settlements(PaymentRepository payments, AdditionalResourceRepository resources, EventPublisher events,
                        Optional<InvoiceIssuer> invoices) {
        this.payments = payments;
        this.resources = resources;
        this.events = events;
        this.invoices = invoices;
    }

    /**
     * The payment and its add-on, or empty when no payment has this id. Every payment is created
     * with its add-on in one transaction, so one without it is a broken invariant, not a client's
     * mistake (decision 156).
     */
    Optional<PaymentSettlement> find(PaymentId id) {
        return payments.findById(id).map(payment -> new PaymentSettlement(payment,
                resources.findById(payment.resourceId()).orElseThrow(() -> new IllegalStateException(
                        "payment " + id + " pays for resource " + payment.resourceId() + ", which is missing"))));
    }

    /**
     * Saves the side(s) the settlement changed and publishes its events (in the caller's
     * transaction); a settlement that completed the payment issues its invoice there too, and one
     * that changed nothing issues nothing.
     */
    void record(PaymentSettlement settlement, PaymentSettlement.Outcome outcome) {
        if (outcome.paymentChanged()) {
            payments.save(settlement.payment());
        }
        if (outcome.resourceChanged()) {
            resources.save(settlement.resource());
        }
        if (outcome.kind() == PaymentSettlement.Kind.COMPLETED || outcome.kind() == PaymentSettlement.Kind.RENEWED) {
            invoices.orElseThrow(() -> new IllegalStateException("this path settles no completion"))
                    .issueFor(settlement.payment(), settlement.resource());
        }
        outcome.events().forEach(events::publish);
    }
}
