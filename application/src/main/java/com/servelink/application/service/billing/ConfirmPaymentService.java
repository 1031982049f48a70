package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.ProcessedEventRepository;
import com.servelink.application.port.out.Transactions;

import java.time.Clock;

/**
 * Applies a provider's completion: the payment completes and its add-on activates
 * ({@link com.servelink.domain.billing.PaymentSettlement#complete}); a report of another amount
 * or currency is refused before its event id is recorded.
 */
public final class ConfirmPaymentService implements ConfirmPaymentUseCase {
    private final ProviderReports reports;

    public ConfirmPaymentService(PaymentRepository payments, AdditionalResourceRepository resources,
                                 ProcessedEventRepository processedEvents, Transactions transactions, Clock clock,
                                 EventPublisher events) {
        this.reports = new ProviderReports(new Settlements(payments, resources, events), processedEvents,
                transactions, clock);
    }

    @Override
    public PaymentOutcome confirm(ConfirmPaymentCommand command) {
        return reports.apply(new ProviderReports.Report(command.provider(), command.eventId(), command.paymentId()),
                payment -> payment.requireAmount(command.amountPaid()),
                (settlement, now) -> settlement.complete(command.amountPaid(), now));
    }
}
