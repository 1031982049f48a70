package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.FailPaymentUseCase;
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

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Applies a provider's failure: a pending payment fails and its pending add-on is cancelled.
 * A failure arriving after a completion changes nothing (states only move forward).
 */
public final class FailPaymentService implements FailPaymentUseCase {
    private final PaymentRepository payments;
    private final AdditionalResourceRepository resources;
    private final ProcessedEventRepository processedEvents;
    private final Transactions transactions;
    private final Clock clock;
    private final EventPublisher events;

    public FailPaymentService(PaymentRepository payments, AdditionalResourceRepository resources,
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
    public PaymentOutcome fail(FailPaymentCommand command) {
        return retrying(() -> transactions.inTransaction(() -> apply(command, clock.instant())));
    }

    private PaymentOutcome apply(FailPaymentCommand command, Instant now) {
        Optional<Payment> found = payments.findById(command.paymentId())
                .filter(p -> p.provider().equals(command.provider()));
        if (found.isEmpty()) {
            return PaymentOutcome.UNKNOWN_PAYMENT;
        }
        if (!processedEvents.markProcessed(command.provider(), command.eventId(), now)) {
            return PaymentOutcome.DUPLICATE_EVENT;
        }
        Payment payment = found.get();
        if (!payment.fail(now)) {
            return PaymentOutcome.ALREADY_SETTLED;
        }
        payments.save(payment);
        events.publish(PaymentEvent.failed(payment, now));
        Optional<AdditionalResource> resource = resources.findById(payment.resourceId());
        if (resource.isPresent() && resource.get().cancelUnpaid(now)) {
            resources.save(resource.get());
            events.publish(new AddOnEvent.Cancelled(resource.get().id(), resource.get().teamId(), now));
        }
        return PaymentOutcome.APPLIED;
    }
}
