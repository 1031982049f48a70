package com.servelink.adapter.http.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sandbox provider's webhooks (SPEC §4): {@code X-Servelink-Signature} over the raw body,
 * and a body {@code {"id", "type": "payment.completed" | "payment.failed" | "payment.refunded" |
 * "payment.disputed" | "payment.dispute_lost", "data": {"payment_id", "amount", "currency"}}} (a
 * refund or a dispute needs only {@code payment_id}; decision 193). A refund in part names what
 * was given back in all: {@code data.amount_refunded} with {@code data.currency} (decision 284).
 */
public final class SandboxWebhooks implements WebhookProtocol {
    public static final String HEADER = "X-Servelink-Signature";

    private final HmacSignatures signatures;

    public SandboxWebhooks(List<String> secrets) {
        this.signatures = new HmacSignatures(HEADER, secrets);
    }

    /** The header value signing {@code body} at {@code at} (what the sandbox checkout sends). */
    public String sign(byte[] body, Instant at) {
        return signatures.sign(body, at);
    }

    @Override
    public void verify(byte[] body, Function<String, Optional<String>> headers, Instant now) {
        signatures.verify(headers.apply(HEADER).orElse(null), body, now);
    }

    @Override
    public ProviderEvent parse(byte[] body) {
        JsonNode event = JsonBody.parse(body).raw();
        String id = Events.text(event, "id");
        String type = Events.text(event, "type");
        JsonNode data = event.path("data");
        Optional<String> paymentId = Optional.of(Events.text(data, "payment_id"));
        return switch (type) {
            case "payment.completed" -> new ProviderEvent(id, ProviderEvent.Kind.COMPLETED, paymentId,
                    Optional.of(money(data, "amount")), type);
            case "payment.failed" -> new ProviderEvent(id, ProviderEvent.Kind.FAILED, paymentId, Optional.empty(), type);
            case "payment.refunded" -> new ProviderEvent(id, ProviderEvent.Kind.REFUNDED, paymentId,
                    data.has("amount_refunded") ? Optional.of(money(data, "amount_refunded")) : Optional.empty(), type);
            case "payment.disputed" -> new ProviderEvent(id, ProviderEvent.Kind.DISPUTED, paymentId, Optional.empty(), type);
            case "payment.dispute_lost" ->
                    new ProviderEvent(id, ProviderEvent.Kind.DISPUTE_LOST, paymentId, Optional.empty(), type);
            default -> new ProviderEvent(id, ProviderEvent.Kind.IGNORED, paymentId, Optional.empty(), type);
        };
    }

    private static Money money(JsonNode data, String field) {
        JsonNode amount = data.get(field);
        String currency = Events.text(data, "currency");
        if (amount == null || !amount.isNumber()) {
            throw HttpError.badRequest("data." + field + " must be a number");
        }
        return Events.money(new BigDecimal(amount.asText()), currency);
    }
}
