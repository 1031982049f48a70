package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.RefundPaymentUseCase;
import com.servelink.domain.billing.PaymentSettlement;
import com.servelink.domain.billing.PaymentSettlement.Outcome;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.shared.Money;

import java.time.Instant;

/**
 * Applies a provider's refund or dispute (decisions 190-193, 283-284). A full refund refunds a
 * completed payment and revokes its add-on; a partial one records what was given back and, once
 * that is the whole payment, does the same; a dispute revokes the add-on at once, and a lost one
 * credits what is left. Every sum given back is a refund of origin {@code provider} with its
 * credit note. A payment never completed is not moved.
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
                command.providerPayment(), (settlement, now) -> switch (command.reversal()) {
                    case REFUND -> command.refundedTotal().isPresent()
                            ? partialRefund(settlement, command.refundedTotal().get(), command.eventId(), now)
                            : fullRefund(settlement, command.eventId(), now);
                    case DISPUTE -> settlement.dispute(now);
                    case DISPUTE_LOST -> disputeLost(settlement, command.eventId(), now);
                });
    }

    private Outcome fullRefund(PaymentSettlement settlement, String eventId, Instant now) {
        Outcome outcome = settlement.refund(now);
        if (outcome.applied()) {
            // what the provider gave back beyond our own refunds, with its credit note
            refunds.recordTotal(settlement.payment(), settlement.payment().amount(), Refund.REFUNDED_AT_PROVIDER,
                    eventId, now);
        }
        return outcome;
    }

    private Outcome partialRefund(PaymentSettlement settlement, Money total, String eventId, Instant now) {
        if (settlement.payment().status() != PaymentStatus.COMPLETED) {
            return PaymentSettlement.unchanged();
        }
        return refunds.recordTotal(settlement.payment(), total, Refund.REFUNDED_AT_PROVIDER, eventId, now)
                .map(after -> after.complete() ? settlement.refund(now) : PaymentSettlement.credited())
                .orElseGet(PaymentSettlement::unchanged);
    }

    /** Disputed first (a lost dispute whose opening was never reported still revokes the add-on). */
    private Outcome disputeLost(PaymentSettlement settlement, String eventId, Instant now) {
        Outcome disputed = settlement.dispute(now);
        if (settlement.payment().status() != PaymentStatus.DISPUTED) {
            return disputed;
        }
        boolean credited = refunds.recordTotal(settlement.payment(), settlement.payment().amount(),
                Refund.DISPUTE_LOST, eventId, now).isPresent();
        return disputed.applied() || !credited ? disputed : PaymentSettlement.credited();
    }
}
