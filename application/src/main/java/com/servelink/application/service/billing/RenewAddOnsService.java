package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.FailPaymentUseCase;
import com.servelink.application.port.in.billing.FailPaymentUseCase.FailPaymentCommand;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.RenewAddOnsUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.application.port.out.PaymentGateway.RenewalCharge;
import com.servelink.application.port.out.PaymentGateway.RenewalRequest;
import com.servelink.application.port.out.PaymentRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Renews the add-ons whose owners asked for it. For each one due, one renewal payment per period
 * is stored first (a unique key on add-on and period: concurrent and replayed runs find the same
 * one), then charged outside any transaction with an idempotency key of that payment, and settled
 * through the same use cases as the provider's webhooks, under one event id per renewal: however
 * many runs, nodes and webhooks meet, the add-on is renewed at most once per period. A declined
 * charge fails the payment (the owners are told by {@code payment.failed}) and the add-on expires
 * at 05:00 as any other; one the provider still processes is settled by its webhook.
 */
public final class RenewAddOnsService implements RenewAddOnsUseCase {
    /** How long before the expiry a renewal is charged: the job runs at 04:30, the expiry job at 05:00. */
    public static final Duration WINDOW = Duration.ofHours(24);
    private static final System.Logger LOG = System.getLogger(RenewAddOnsService.class.getName());

    private final AdditionalResourceRepository resources;
    private final PaymentRepository payments;
    private final PaymentGateway gateway;
    private final ConfirmPaymentUseCase confirm;
    private final FailPaymentUseCase fail;
    private final Transactions transactions;
    private final IdSource ids;
    private final Clock clock;

    public RenewAddOnsService(AdditionalResourceRepository resources, PaymentRepository payments,
                              PaymentGateway gateway, ConfirmPaymentUseCase confirm, FailPaymentUseCase fail,
                              Transactions transactions, IdSource ids, Clock clock) {
        this.resources = resources;
        this.payments = payments;
        this.gateway = gateway;
        this.confirm = confirm;
        this.fail = fail;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public int renewDue() {
        Instant now = clock.instant();
        int renewed = 0;
        for (AdditionalResource due : resources.findActiveExpiring(now, now.plus(WINDOW))) {
            if (!due.isDueForRenewal(now, WINDOW)) {
                continue;
            }
            Optional<Payment> renewal = openRenewal(due);
            if (renewal.isPresent() && charge(renewal.get(), due) == PaymentOutcome.APPLIED) {
                renewed++;
            }
        }
        return renewed;
    }

    /** The period's renewal payment, created now or found from an earlier run; empty once settled. */
    private Optional<Payment> openRenewal(AdditionalResource due) {
        Instant periodEnd = due.expiresAt().orElseThrow();
        // a racing run's insert makes this one's a conflict: the retry finds that run's payment
        return retrying(() -> transactions.inTransaction(() -> {
            Optional<Payment> existing = payments.findRenewal(due.id(), periodEnd);
            if (existing.isPresent()) {
                return existing.filter(p -> p.status() == PaymentStatus.PENDING);
            }
            Payment renewal = Payment.renewalOf(PaymentId.fromOpaque(ids.nextOpaqueId()), due, gateway.provider(),
                    clock.instant());
            payments.save(renewal);
            return Optional.of(renewal);
        }));
    }

    private PaymentOutcome charge(Payment renewal, AdditionalResource due) {
        RenewalCharge charge;
        try {
            charge = gateway.chargeRenewal(new RenewalRequest(renewal.id(), renewal.teamId(), renewal.amount(),
                    due.quantity().value() + " × " + due.type().code() + " add-on, renewal for 30 days",
                    due.renewalReference()));
        } catch (DomainException e) {
            if (e.code() != ErrorCode.PROVIDER_UNAVAILABLE) {
                throw e;
            }
            // left pending: the next run (or the provider's webhook) settles it
            LOG.log(System.Logger.Level.WARNING, "renewal {0} not charged: {1}", renewal.id(), e.getMessage());
            return PaymentOutcome.ALREADY_SETTLED;
        }
        String eventId = "renewal-" + renewal.id().value();
        return switch (charge.state()) {
            case COMPLETED -> confirm.confirm(new ConfirmPaymentCommand(renewal.provider(), eventId, renewal.id(),
                    renewal.amount()));
            case FAILED -> {
                LOG.log(System.Logger.Level.INFO, "renewal {0} declined: {1}", renewal.id(),
                        charge.failure().orElse("no reason given"));
                fail.fail(new FailPaymentCommand(renewal.provider(), eventId, renewal.id()));
                yield PaymentOutcome.ALREADY_SETTLED;
            }
            case PENDING -> PaymentOutcome.ALREADY_SETTLED;
        };
    }
}
