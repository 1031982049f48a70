package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.FailPaymentUseCase;
import com.servelink.application.port.in.billing.PaymentOutcome;

/**
 * Applies a provider's failure: a pending payment fails and its unpaid add-on is cancelled
 * ({@link com.servelink.domain.billing.PaymentSettlement#fail}); after a completion it changes nothing.
 */
public final class FailPaymentService implements FailPaymentUseCase {
    private final ProviderReports reports;

    public FailPaymentService(ProviderReports reports) {
        this.reports = reports;
    }

    @Override
    public PaymentOutcome fail(FailPaymentCommand command) {
        return reports.apply(new ProviderReports.Report(command.provider(), command.eventId(), command.paymentId()),
                payment -> { }, (settlement, now) -> settlement.fail(now));
    }
}
