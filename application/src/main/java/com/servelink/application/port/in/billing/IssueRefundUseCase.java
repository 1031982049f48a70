package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff give money back on a completed payment, in full or in part, through the payment
 * provider; a full refund revokes the add-on. With an idempotency key, the same key and the same
 * request give back once and answer as the first time.
 */
public interface IssueRefundUseCase {

    record IssueRefundCommand(Actor actor, PaymentId paymentId, BigDecimal amount, String reason,
                              Optional<String> idempotencyKey) {
        public IssueRefundCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            FieldChecks checks = new FieldChecks();
            checks.require(amount != null, "amount", "is required");
            if (amount != null) {
                checks.require(amount.signum() > 0, "amount", "must be more than 0");
                checks.require(amount.stripTrailingZeros().scale() <= 2, "amount", "has at most 2 decimals");
                checks.require(amount.precision() - amount.scale() <= Money.MAX_INTEGER_DIGITS, "amount",
                        "is too large");
            }
            checks.require(reason != null, "reason", "is required");
            if (reason != null) {
                checks.text(reason.strip(), "reason", 1, Refund.REASON_MAX);
            }
            checks.throwIfAny();
            IdempotencyKeys.requireWellFormed(idempotencyKey);
        }
    }

    /** A refund with where its payment stands after it. */
    record RefundView(Refund refund, Payment payment, Money refunded, Money refundable) {
    }

    RefundView refund(IssueRefundCommand command);
}
