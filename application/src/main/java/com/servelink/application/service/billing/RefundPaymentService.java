package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.RefundPaymentUseCase;
import com.servelink.domain.billing.PaymentSettlement;

/**
 * Applies a provider's refund or dispute: a completed payment is refunded or disputed and its
 * add-on revoked ({@link com.servelink.domain.billing.PaymentSettlement#refund},
 * {@link com.servelink.domain.billing.PaymentSettlement#dispute}); anything else changes nothing.
 */
public final class RefundPaymentService implements RefundPaymentUseCase {
    private final ProviderReports reports;
    private final ProviderRefunds refunds;

    public RefundPaymentService(ProviderReports reports, ProviderRefunds refunds) {
        this.reports = reports;
        this.refunds = refunds;
    }

    @Override
    public PaymentOutcome refund(RefundPaymentCommand command) {
        return reports.applyReversal(command.provider(), command.eventId(), command.paymentId(),
                command.providerPayment(), command.reversal() == Reversal.DISPUTE
                        ? (settlement, now) -> settlement.dispute(now)
                        : (settlement, now) -> {
                            PaymentSettlement.Outcome outcome = settlement.refund(now);
                            if (outcome.applied()) {
                                // what the provider gave back beyond our own refunds, with its credit note
                                refunds.recordFullRefund(settlement.payment(), command.eventId(), now);
                            }
                            return outcome;
                        });
    }
}
