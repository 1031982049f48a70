package com.servelink.application.service.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.billing.IssueRefundUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.EventPublisher;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.RefundRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.invoicing.CreditNoteIssuer;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentRefunds;
import com.servelink.domain.billing.PaymentSettlement;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.billing.RefundId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A staff refund in three steps (decision 277): the refund is recorded as asked in one
 * transaction (its amount then counts, so two refunds cannot both take what is left); the
 * provider is called outside any transaction with the refund's idempotency key; the answer is
 * recorded in a second transaction with the refund's credit note, and a refund that gives back
 * the whole payment revokes the add-on there (the same settlement as a provider's full refund).
 * A provider that cannot be reached leaves the refund refused, its amount free; the same key asks
 * again.
 */
public final class IssueRefundService implements IssueRefundUseCase {
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentGateway gateway;
    private final Transactions transactions;
    private final CreditNoteIssuer creditNotes;
    private final Settlements settlements;
    private final IdSource ids;
    private final Clock clock;

    public IssueRefundService(PaymentRepository payments, RefundRepository refunds, AdditionalResourceRepository resources,
                              EventPublisher events, PaymentGateway gateway, Transactions transactions,
                              CreditNoteIssuer creditNotes, IdSource ids, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.gateway = gateway;
        this.transactions = transactions;
        this.creditNotes = creditNotes;
        this.settlements = new Settlements(payments, resources, events);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public RefundView refund(IssueRefundCommand command) {
        Actor.Staff staff = TeamAccess.requireStaff(command.actor());
        String key = command.idempotencyKey().orElseGet(() -> "servelink-refund-" + ids.nextOpaqueId());
        Refund asked = transactions.inTransaction(() -> ask(command, staff, key));
        if (asked.status() == Refund.Status.SUCCEEDED) {
            return transactions.inTransaction(() -> view(asked));
        }
        Payment payment = payments.findById(asked.paymentId()).orElseThrow();
        String reference;
        try {
            reference = gateway.refund(new PaymentGateway.RefundRequest(payment, asked.id(), asked.amount(),
                    payments.findProviderPayment(payment.id()), key));
        } catch (DomainException e) {
            transactions.run(() -> {
                Refund refused = reload(asked);
                if (refused.fail(clock.instant())) {
                    refunds.save(refused);
                }
            });
            throw e;
        }
        return transactions.inTransaction(() -> record(asked, reference));
    }

    private Refund ask(IssueRefundCommand command, Actor.Staff staff, String key) {
        Payment payment = payments.findById(command.paymentId()).orElseThrow(() -> new DomainException(
                ErrorCode.NOT_FOUND, "no payment " + command.paymentId()));
        Money amount = money(command, payment);
        PaymentRefunds state = new PaymentRefunds(payment, refunds.findByPayment(payment.id()));
        var earlier = refunds.findByKey(payment.id(), key);
        if (earlier.isPresent()) {
            Refund refund = earlier.get();
            if (!refund.amount().sameAs(amount) || !refund.reason().equals(command.reason().strip())) {
                throw DomainException.invalidField("Idempotency-Key", "was already used with a different request body");
            }
            if (refund.status() == Refund.Status.FAILED) {
                if (amount.compareTo(state.refundable()) > 0) {
                    throw new DomainException(ErrorCode.CONFLICT, "payment " + payment.id() + " has "
                            + state.refundable() + " left to refund, less than " + amount);
                }
                refund.retry();
                refunds.save(refund);
            }
            return refund;
        }
        Refund refund = state.request(RefundId.fromOpaque(ids.nextOpaqueId()), amount, command.reason(),
                staff.email(), key, clock.instant());
        refunds.add(refund);
        return refund;
    }

    private RefundView record(Refund asked, String reference) {
        Refund refund = reload(asked);
        Instant now = clock.instant();
        if (refund.succeed(reference, now)) {
            creditNotes.creditFor(refund, LocalDate.ofInstant(now, ZoneOffset.UTC))
                    .ifPresent(note -> refund.recordCreditNote(note.number().toString()));
            refunds.save(refund);
            Payment payment = payments.findById(refund.paymentId()).orElseThrow();
            if (new PaymentRefunds(payment, refunds.findByPayment(payment.id())).complete()) {
                PaymentSettlement settlement = settlements.find(payment.id()).orElseThrow();
                settlements.record(settlement, settlement.refund(now));
            }
        }
        return view(refund);
    }

    private RefundView view(Refund refund) {
        Payment payment = payments.findById(refund.paymentId()).orElseThrow();
        PaymentRefunds state = new PaymentRefunds(payment, refunds.findByPayment(payment.id()));
        return new RefundView(refund, payment, state.givenBack(), state.refundable());
    }

    private Refund reload(Refund refund) {
        return refunds.findByKey(refund.paymentId(), refund.idempotencyKey()).orElseThrow();
    }

    private static Money money(IssueRefundCommand command, Payment payment) {
        try {
            return new Money(command.amount(), payment.amount().currency());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("amount", "is not an amount of " + payment.amount().currency());
        }
    }
}
