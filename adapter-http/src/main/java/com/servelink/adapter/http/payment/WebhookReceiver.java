package com.servelink.adapter.http.payment;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.server.WebhookMetrics;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.FailPaymentUseCase;
import com.servelink.application.port.in.billing.FailPaymentUseCase.FailPaymentCommand;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.application.port.in.billing.RefundPaymentUseCase;
import com.servelink.application.port.in.billing.RefundPaymentUseCase.RefundPaymentCommand;
import com.servelink.application.port.in.billing.RefundPaymentUseCase.Reversal;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.PrefixedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Receives a provider's payment events: the signature is checked on the raw bytes first, then
 * the event is parsed by the provider's protocol and applied through the payment use cases. The
 * sandbox's Pay and Decline buttons come through here too, so every provider shares one path. A
 * refund or a dispute may name the payment by the provider's id of its money movement instead of
 * ours (decision 192).
 */
public final class WebhookReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    private final Map<String, WebhookProtocol> protocols;
    private final ConfirmPaymentUseCase confirm;
    private final FailPaymentUseCase fail;
    private final RefundPaymentUseCase refund;
    private final Clock clock;
    private final WebhookMetrics metrics;

    public WebhookReceiver(Map<String, WebhookProtocol> protocols, ConfirmPaymentUseCase confirm,
                           FailPaymentUseCase fail, RefundPaymentUseCase refund, Clock clock) {
        this(protocols, confirm, fail, refund, clock, WebhookMetrics.NONE);
    }

    /** @param metrics told of each event's outcome and of each refused signature */
    public WebhookReceiver(Map<String, WebhookProtocol> protocols, ConfirmPaymentUseCase confirm,
                           FailPaymentUseCase fail, RefundPaymentUseCase refund, Clock clock,
                           WebhookMetrics metrics) {
        this.protocols = Map.copyOf(protocols);
        this.confirm = confirm;
        this.fail = fail;
        this.refund = refund;
        this.clock = clock;
        this.metrics = metrics;
    }

    public PaymentOutcome receive(String provider, byte[] body, Function<String, Optional<String>> headers) {
        WebhookProtocol protocol = protocols.get(provider);
        if (protocol == null) {
            throw HttpError.notFound("no payment provider " + provider + " is configured");
        }
        try {
            protocol.verify(body, headers, clock.instant());
        } catch (RuntimeException signatureRefused) {
            metrics.refused(provider);
            throw signatureRefused;
        }
        ProviderEvent event = protocol.parse(body);
        Optional<String> paymentId = event.paymentId().filter(id -> PrefixedIds.isValid(id, PaymentId.PREFIX));
        if (event.kind() == ProviderEvent.Kind.IGNORED
                || (paymentId.isEmpty() && !(event.reversal() && event.providerPayment().isPresent()))) {
            LOG.info("{} event {} ({}) acknowledged and ignored", provider, event.id(), event.type());
            metrics.applied(provider, "ignored", outcome(PaymentOutcome.UNKNOWN_PAYMENT));
            return PaymentOutcome.UNKNOWN_PAYMENT;
        }
        Optional<PaymentId> payment = paymentId.map(PaymentId::new);
        PaymentOutcome outcome;
        try {
            outcome = switch (event.kind()) {
                case COMPLETED -> confirm.confirm(new ConfirmPaymentCommand(provider, event.id(), payment.orElseThrow(),
                        event.amount().orElseThrow(), event.renewalReference(), event.providerPayment()));
                case FAILED -> fail.fail(new FailPaymentCommand(provider, event.id(), payment.orElseThrow()));
                // a refund in part carries the provider's refunded total as its amount; disputes none
                case REFUNDED, DISPUTED, DISPUTE_LOST -> refund.refund(new RefundPaymentCommand(provider, event.id(),
                        payment, event.providerPayment(), reversal(event.kind()), event.amount()));
                case IGNORED -> throw new IllegalStateException("ignored events are answered above");
            };
        } catch (RuntimeException e) {
            boolean mismatch = e instanceof DomainException refusal && refusal.code() == ErrorCode.AMOUNT_MISMATCH;
            if (mismatch) {
                LOG.warn("{} event {} rejected: {}", provider, event.id(), e.getMessage());
            }
            metrics.applied(provider, kind(event), mismatch ? "amount_mismatch" : "error");
            throw e;
        }
        LOG.info("{} event {} ({}) for {}: {}", provider, event.id(), event.type(),
                payment.map(PaymentId::value).or(event::providerPayment).orElse("?"), outcome);
        metrics.applied(provider, kind(event), outcome(outcome));
        return outcome;
    }

    private static Reversal reversal(ProviderEvent.Kind kind) {
        return switch (kind) {
            case DISPUTED -> Reversal.DISPUTE;
            case DISPUTE_LOST -> Reversal.DISPUTE_LOST;
            default -> Reversal.REFUND;
        };
    }

    private static String kind(ProviderEvent event) {
        return event.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String outcome(PaymentOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}
