package com.servelink.adapter.http.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase.ConfirmPaymentCommand;
import com.servelink.application.port.in.billing.FailPaymentUseCase;
import com.servelink.application.port.in.billing.FailPaymentUseCase.FailPaymentCommand;
import com.servelink.application.port.in.billing.PaymentOutcome;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.shared.PrefixedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Receives a provider's payment events: the signature is checked on the raw bytes first, then
 * the event is parsed and applied through the payment use cases. The sandbox's Pay and Decline
 * buttons come through here too, so both providers share one code path.
 */
public final class WebhookReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    private final Map<String, WebhookVerifier> verifiers;
    private final ConfirmPaymentUseCase confirm;
    private final FailPaymentUseCase fail;
    private final Clock clock;

    public WebhookReceiver(Map<String, WebhookVerifier> verifiers, ConfirmPaymentUseCase confirm,
                           FailPaymentUseCase fail, Clock clock) {
        this.verifiers = Map.copyOf(verifiers);
        this.confirm = confirm;
        this.fail = fail;
        this.clock = clock;
    }

    public PaymentOutcome receive(String provider, byte[] body, Function<String, Optional<String>> headers) {
        WebhookVerifier verifier = verifiers.get(provider);
        if (verifier == null) {
            throw HttpError.notFound("no payment provider " + provider + " is configured");
        }
        verifier.verify(body, headers, clock.instant());
        JsonNode event = JsonBody.parse(body).raw();
        String eventId = text(event, "id");
        String type = text(event, "type");
        JsonNode data = event.path("data");
        String paymentId = text(data, "payment_id");
        if (!PrefixedIds.isValid(paymentId, PaymentId.PREFIX)) {
            LOG.info("webhook {} from {} names no payment of ours ({}); acknowledged", eventId, provider, paymentId);
            return PaymentOutcome.UNKNOWN_PAYMENT;
        }
        PaymentId payment = new PaymentId(paymentId);
        return switch (type) {
            case "payment.completed" -> completed(provider, eventId, payment, data);
            case "payment.failed" -> fail.fail(new FailPaymentCommand(provider, eventId, payment));
            default -> {
                LOG.info("webhook {} of type {} ignored", eventId, type);
                yield PaymentOutcome.UNKNOWN_PAYMENT;
            }
        };
    }

    private PaymentOutcome completed(String provider, String eventId, PaymentId payment, JsonNode data) {
        Money paid = money(data);
        try {
            return confirm.confirm(new ConfirmPaymentCommand(provider, eventId, payment, paid));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.AMOUNT_MISMATCH) {
                LOG.warn("webhook {} from {} rejected: {}", eventId, provider, e.getMessage());
            }
            throw e;
        }
    }

    private static Money money(JsonNode data) {
        JsonNode amount = data.get("amount");
        String currency = text(data, "currency");
        if (amount == null || !amount.isNumber()) {
            throw HttpError.badRequest("data.amount must be a number");
        }
        try {
            return new Money(new BigDecimal(amount.asText()), Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.AMOUNT_MISMATCH, "the reported amount " + amount.asText() + " "
                    + currency + " is not a valid amount of a known currency");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank() || value.textValue().length() > 255) {
            throw HttpError.badRequest("the event's " + field + " must be a non-empty string");
        }
        return value.textValue();
    }
}
