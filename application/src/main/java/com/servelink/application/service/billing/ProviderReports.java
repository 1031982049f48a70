package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.ProcessedEventRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.invoicing.InvoiceIssuer;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.PaymentSettlement;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * A provider's report about one payment (completed, failed…), applied at most once per event id,
 * for the use cases that apply them (one instance serves them all),
 * in one transaction with the event id recorded. Retried on a concurrent change, because a report
 * must never be dropped; the event id makes the retry apply it at most once.
 */
public final class ProviderReports {
    /** Which payment a report is about, and from whom. */
    record Report(String provider, String eventId, PaymentId paymentId, Optional<String> providerPayment) {
        Report(String provider, String eventId, PaymentId paymentId) {
            this(provider, eventId, paymentId, Optional.empty());
        }
    }

    private final PaymentRepository payments;
    private final Settlements settlements;
    private final ProcessedEventRepository processedEvents;
    private final Transactions transactions;
    private final Clock clock;

    public ProviderReports(PaymentRepository payments, AdditionalResourceRepository resources,
                           ProcessedEventRepository processedEvents, Transactions transactions, Clock clock,
                           EventPublisher events, InvoiceIssuer invoices) {
        this.payments = payments;
        this.settlements = new Settlements(payments, resources, events, invoices);
        this.processedEvents = processedEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Applies {@code settle} to the report's payment of that provider.
     *
     * @param refuseFirst checks that throw before the event id is recorded, so a refused report
     *                    leaves no trace and the provider's retry is judged again
     */
    PaymentOutcome apply(Report report, Consumer<Payment> refuseFirst,
                         BiFunction<PaymentSettlement, Instant, PaymentSettlement.Outcome> settle) {
        return retrying(() -> transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<PaymentSettlement> found = settlements.find(report.paymentId())
                    .filter(s -> s.payment().provider().equals(report.provider()));
            if (found.isEmpty()) {
                return PaymentOutcome.UNKNOWN_PAYMENT;
            }
            refuseFirst.accept(found.get().payment());
            if (!processedEvents.markProcessed(report.provider(), report.eventId(), now)) {
                return PaymentOutcome.DUPLICATE_EVENT;
            }
            PaymentSettlement.Outcome outcome = settle.apply(found.get(), now);
            settlements.record(found.get(), outcome);
            report.providerPayment().ifPresent(reference -> payments.linkProviderPayment(report.paymentId(), reference));
            return outcome.applied() ? PaymentOutcome.APPLIED : PaymentOutcome.ALREADY_SETTLED;
        }));
    }

    /**
     * A refund or a dispute: the payment is named by our id or, failing that, by the provider's id
     * of its money movement (decision 192); one naming no payment of that provider is acknowledged.
     */
    PaymentOutcome applyReversal(String provider, String eventId, Optional<PaymentId> paymentId,
                                 Optional<String> providerPayment,
                                 BiFunction<PaymentSettlement, Instant, PaymentSettlement.Outcome> settle) {
        Optional<PaymentId> target = paymentId.or(() -> providerPayment.flatMap(
                reference -> payments.findIdByProviderPayment(provider, reference)));
        if (target.isEmpty()) {
            return PaymentOutcome.UNKNOWN_PAYMENT;
        }
        return apply(new Report(provider, eventId, target.get()), payment -> { }, settle);
    }
}
