package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.PaymentOutcome;

/**
 * Applies a provider's completion: the payment completes and its add-on activates
 * ({@link com.servelink.domain.billing.PaymentSettlement#complete}); a report of another amount
 * or currency is refused before its event id is recorded.
 */
public final class ConfirmPaymentService implements ConfirmPaymentUseCase {
    private final ProviderReports reports;

    public ConfirmPaymentService(ProviderReports reports) {
        this.reports = reports;
    }

    @Override
    public PaymentOutcome confirm(ConfirmPaymentCommand command) {
        var report = new ProviderReports.Report(command.provider(), command.eventId(), command.paymentId(),
                command.providerPayment());
        return reports.apply(report, payment -> payment.requireAmount(command.amountPaid()),
                (settlement, now) -> command.renewalReference()
                        .map(reference -> settlement.complete(command.amountPaid(), now, reference))
                        .orElseGet(() -> settlement.complete(command.amountPaid(), now)));
    }
}
