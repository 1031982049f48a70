package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.RefundPaymentUseCase;

/**
 * Applies a provider's refund or dispute: a completed payment is refunded or disputed and its
 * add-on revoked ({@link com.servelink.domain.billing.PaymentSettlement#refund},
 * {@link com.servelink.domain.billing.PaymentSettlement#dispute}); anything else changes nothing.
 */
public final class RefundPaymentService implements RefundPaymentUseCase {
    private final ProviderReports reports;

    public RefundPaymentService(ProviderReports reports) {
        this.reports = reports;
    }

    @Override
    public PaymentOutcome refund(RefundPaymentCommand command) {
        return reports.applyReversal(command.provider(), command.eventId(), command.paymentId(),
                command.providerPayment(), command.reversal() == Reversal.DISPUTE
                        ? (settlement, now) -> settlement.dispute(now)
                        : (settlement, now) -> settlement.refund(now));
    }
}
