package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.ProcessedEventRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.billing.AddOnEvent;
import com.servelink.domain.billing.PaymentEvent;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.shared.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Applies a provider's completion: records the event id, completes the payment and activates
 * its add-on, all in one transaction. Retried on a concurrent change, because a completion must
 * never be dropped; the event id makes the retry apply it at most once.
 */
public final class ConfirmPaymentService implements ConfirmPaymentUseCase {
    private final PaymentRepository payments;
    private final AdditionalResourceRepository resources;
    private final ProcessedEventRepository processedEvents;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;

    public ConfirmPaymentService(PaymentRepository payments, AdditionalResourceRepository resources,
                                 ProcessedEventRepository processedEvents, Transactions transactions, Clock clock,
                                 EventPublisher events) {
        this.payments = payments;
        this.resources = resources;
        this.processedEvents = processedEvents;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public PaymentOutcome confirm(ConfirmPaymentCommand command) {
        return retrying(() -> transactions.inTransaction(() -> apply(command, clock.instant())));
    }

    private PaymentOutcome apply(ConfirmPaymentCommand command, Instant now) {
        Optional<Payment> found = payments.findById(command.paymentId());
        if (found.isEmpty()) {
            return PaymentOutcome.UNKNOWN_PAYMENT;
        }
        Payment payment = found.get();
        if (!payment.provider().equals(command.provider())) {
            return PaymentOutcome.UNKNOWN_PAYMENT;
        }
        // Checked before the event is recorded, so a mismatching event leaves no trace but the log.
        payment.requireAmount(command.amountPaid());
        if (!processedEvents.markProcessed(command.provider(), command.eventId(), now)) {
            return PaymentOutcome.DUPLICATE_EVENT;
        }
        if (!payment.complete(command.amountPaid(), now)) {
            return PaymentOutcome.ALREADY_SETTLED;
        }
        payments.save(payment);
        events.publish(PaymentEvent.completed(payment, now));
        AdditionalResource resource = resources.findById(payment.resourceId())
                .orElseThrow(() -> DomainException.notFound("resource " + payment.resourceId()));
        boolean activated = resource.activate(now);
        if (activated) {
            resources.save(resource);
            events.publish(new AddOnEvent.Activated(resource.id(), resource.teamId(),
                    resource.expiresAt().orElseThrow(), now));
        }
        return PaymentOutcome.APPLIED;
    }
}
