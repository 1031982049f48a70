package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.FailPaymentUseCase;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.ProcessedEventRepository;
import com.servelink.application.port.out.Transactions;

import java.time.Clock;

/**
 * Applies a provider's failure: a pending payment fails and its unpaid add-on is cancelled
 * ({@link com.servelink.domain.billing.PaymentSettlement#fail}); after a completion it changes nothing.
 */
public final class FailPaymentService implements FailPaymentUseCase {
    private final ProviderReports reports;

    public FailPaymentService(PaymentRepository payments, AdditionalResourceRepository resources,
                              ProcessedEventRepository processedEvents, Transactions transactions, Clock clock,
                              EventPublisher events) {
        this.reports = new ProviderReports(new Settlements(payments, resources, events), processedEvents,
                transactions, clock);
    }

    @Override
    public PaymentOutcome fail(FailPaymentCommand command) {
        return reports.apply(new ProviderReports.Report(command.provider(), command.eventId(), command.paymentId()),
                payment -> { }, (settlement, now) -> settlement.fail(now));
    }
}
