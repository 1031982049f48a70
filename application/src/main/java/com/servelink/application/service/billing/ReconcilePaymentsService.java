package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.ReconcilePaymentsUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.application.port.out.PaymentGateway.ProviderStatus;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentSettlement;
import com.servelink.domain.billing.PendingPaymentPolicy;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Instant;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Settles payments the provider never told us about. The provider is asked outside any
 * transaction; a completion goes through the same use case as a webhook (with a reconciliation
 * event id, so it applies once); anything else past the time limit expires the payment and
 * cancels its pending add-on. A provider that cannot be reached leaves the payment for the next run.
 */
public final class ReconcilePaymentsService implements ReconcilePaymentsUseCase {
    private static final int BATCH = 500;
    private static final System.Logger LOG = System.getLogger(ReconcilePaymentsService.class.getName());

    private final PaymentRepository payments;
    private final Settlements settlements;
    private final PaymentGateway gateway;
    private final ConfirmPaymentUseCase confirm;
    private final Transactions transactions;
    private final Clock clock;
    private final PendingPaymentPolicy pending;

    public ReconcilePaymentsService(PaymentRepository payments, AdditionalResourceRepository resources,
                                    PaymentGateway gateway, ConfirmPaymentUseCase confirm, Transactions transactions,
                                    Clock clock, PendingPaymentPolicy pending, EventPublisher events) {
        this.payments = payments;
        this.settlements = new Settlements(payments, resources, events);
        this.gateway = gateway;
        this.confirm = confirm;
        this.transactions = transactions;
        this.clock = clock;
        this.pending = pending;
    }

    @Override
    public int reconcile() {
        Instant cutoff = pending.staleBefore(clock.instant());
        int settled = 0;
        for (Payment payment : payments.findPendingCreatedBefore(cutoff, BATCH)) {
            if (!payment.provider().equals(gateway.provider())) {
                continue; // a payment of a provider no longer configured: leave it alone
            }
            ProviderStatus status;
            try {
                status = gateway.status(payment);
            } catch (DomainException e) {
                if (e.code() == ErrorCode.PROVIDER_UNAVAILABLE) {
                    continue;
                }
                throw e;
            }
            if (status.state() == ProviderStatus.State.PAID) {
                try {
                    PaymentOutcome outcome = confirm.confirm(new ConfirmPaymentCommand(payment.provider(),
                            "reconcile-" + payment.id().value(), payment.id(), status.paid().orElseThrow()));
                    settled += outcome == PaymentOutcome.APPLIED ? 1 : 0;
                } catch (DomainException e) {
                    // one payment the provider reports oddly (another amount) must not stop the others:
                    // it stays pending, for a person to look at
                    LOG.log(System.Logger.Level.WARNING, "reconciliation of {0} refused: {1}", payment.id(),
                            e.getMessage());
                }
            } else if (expire(payment)) {
                settled++;
            }
        }
        return settled;
    }

    /** Expires the payment and cancels its unpaid add-on; the events are published in the same transaction. */
    private boolean expire(Payment stale) {
        return retrying(() -> transactions.inTransaction(() -> {
            PaymentSettlement settlement = settlements.find(stale.id()).orElseThrow();
            PaymentSettlement.Outcome outcome = settlement.expire(clock.instant());
            settlements.record(settlement, outcome);
            return outcome.applied();
        }));
    }
}
