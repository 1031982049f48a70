package com.servelink.adapter.http.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stripe's webhooks: the {@code Stripe-Signature} scheme, and the Checkout Session events that
 * settle a payment. {@code checkout.session.completed} with {@code payment_status: paid} and
 * {@code checkout.session.async_payment_succeeded} complete it (amount from
 * {@code amount_total}, in minor units); {@code checkout.session.async_payment_failed} and
 * {@code checkout.session.expired} fail it. {@code charge.refunded} refunds it when the charge is
 * refunded in full ({@code refunded: true}), and otherwise records what {@code amount_refunded}
 * (cumulative, minor units) gives back beyond the refunds we know of; {@code charge.dispute.created}
 * disputes it; both revoke the add-on (decisions 190-193, 284). {@code charge.dispute.closed} with
 * {@code status: lost} credits what is left of it; a dispute won or closed otherwise changes
 * nothing (the add-on stays revoked: staff decide, as for any refunded purchase). A charge
 * names our payment by {@code metadata.payment_id} (copied from the PaymentIntent, which the
 * checkout creates with it); a dispute only by its {@code payment_intent}, which the completion
 * recorded. Anything else is acknowledged and ignored.
 */
public final class StripeWebhooks implements WebhookProtocol {
    public static final String HEADER = "Stripe-Signature";

    private final HmacSignatures signatures;

    /** @param secrets the endpoint's signing secrets ({@code whsec_…}); several during a rotation */
    public StripeWebhooks(List<String> secrets) {
        this.signatures = new HmacSignatures(HEADER, secrets);
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
        JsonNode session = event.path("data").path("object");
        if (!session.isObject()) {
            throw HttpError.badRequest("the event's data.object must be an object");
        }
        Optional<String> paymentId = paymentId(session);
        Optional<String> paymentIntent = paymentIntent(session);
        return switch (type) {
            case "checkout.session.completed" -> "paid".equals(session.path("payment_status").asText())
                    ? completed(id, type, paymentId, session, paymentIntent)
                    : new ProviderEvent(id, ProviderEvent.Kind.IGNORED, paymentId, Optional.empty(), type);
            case "checkout.session.async_payment_succeeded" -> completed(id, type, paymentId, session, paymentIntent);
            case "checkout.session.async_payment_failed", "checkout.session.expired" ->
                    new ProviderEvent(id, ProviderEvent.Kind.FAILED, paymentId, Optional.empty(), type);
            // off-session renewals (metadata renewal=true); a Checkout's own PaymentIntent is
            // settled by the session's events above, and its declined tries are the customer's to retry
            case "payment_intent.succeeded" -> isRenewal(session)
                    ? amounts(id, type, paymentId, session.get("amount_received"), session.get("currency"),
                    textOf(session, "id"), Optional.empty())
                    : new ProviderEvent(id, ProviderEvent.Kind.IGNORED, paymentId, Optional.empty(), type);
            case "payment_intent.payment_failed" -> new ProviderEvent(id,
                    isRenewal(session) ? ProviderEvent.Kind.FAILED : ProviderEvent.Kind.IGNORED, paymentId,
                    Optional.empty(), type);
            case "charge.refunded" -> new ProviderEvent(id, ProviderEvent.Kind.REFUNDED, paymentId,
                    session.path("refunded").asBoolean(false) ? Optional.empty() : Optional.of(refundedTotal(session)),
                    type, paymentIntent);
            case "charge.dispute.created" ->
                    new ProviderEvent(id, ProviderEvent.Kind.DISPUTED, paymentId, Optional.empty(), type, paymentIntent);
            case "charge.dispute.closed" -> "lost".equals(session.path("status").asText())
                    ? new ProviderEvent(id, ProviderEvent.Kind.DISPUTE_LOST, paymentId, Optional.empty(), type,
                    paymentIntent)
                    : new ProviderEvent(id, ProviderEvent.Kind.IGNORED, paymentId, Optional.empty(), type);
            default -> new ProviderEvent(id, ProviderEvent.Kind.IGNORED, paymentId, Optional.empty(), type);
        };
    }

    /** The PaymentIntent the object belongs to (a session, a charge or a dispute), when it names one. */
    private static Optional<String> paymentIntent(JsonNode object) {
        JsonNode intent = object.get("payment_intent");
        if (intent == null || !intent.isTextual() || intent.textValue().isBlank() || intent.textValue().length() > 255) {
            return Optional.empty();
        }
        return Optional.of(intent.textValue());
    }

    private static Optional<String> paymentId(JsonNode session) {
        JsonNode fromMetadata = session.path("metadata").get("payment_id");
        if (fromMetadata != null && fromMetadata.isTextual()) {
            return Optional.of(fromMetadata.textValue());
        }
        JsonNode reference = session.get("client_reference_id");
        return reference != null && reference.isTextual() ? Optional.of(reference.textValue()) : Optional.empty();
    }

    private static ProviderEvent completed(String id, String type, Optional<String> paymentId, JsonNode session,
                                           Optional<String> paymentIntent) {
        // the customer Checkout created: what auto-renewal charges later (decision 198)
        return amounts(id, type, paymentId, session.get("amount_total"), session.get("currency"), paymentIntent,
                textOf(session, "customer"));
    }

    private static ProviderEvent amounts(String id, String type, Optional<String> paymentId, JsonNode total,
                                         JsonNode currency, Optional<String> paymentIntent,
                                         Optional<String> renewalReference) {
        if (total == null || !total.canConvertToLong() || !total.isIntegralNumber() || currency == null
                || !currency.isTextual()) {
            throw HttpError.badRequest("a completed payment carries its amount (integer, minor units) and currency");
        }
        return new ProviderEvent(id, ProviderEvent.Kind.COMPLETED, paymentId,
                Optional.of(fromMinorUnits(total.longValue(), currency.textValue())), type, paymentIntent,
                renewalReference);
    }

    /** A charge refunded in part: {@code amount_refunded}, what was given back in all, in minor units. */
    private static Money refundedTotal(JsonNode charge) {
        JsonNode total = charge.get("amount_refunded");
        JsonNode currency = charge.get("currency");
        if (total == null || !total.isIntegralNumber() || !total.canConvertToLong() || total.longValue() < 0
                || currency == null || !currency.isTextual()) {
            throw HttpError.badRequest("a partly refunded charge carries amount_refunded (integer, minor units) "
                    + "and currency");
        }
        return fromMinorUnits(total.longValue(), currency.textValue());
    }

    private static Optional<String> textOf(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() && !value.textValue().isBlank() && value.textValue().length() <= 255
                ? Optional.of(value.textValue()) : Optional.empty();
    }

    private static boolean isRenewal(JsonNode intent) {
        return "true".equals(intent.path("metadata").path("renewal").asText(""));
    }

    /** Stripe counts in the currency's minor unit: 200 EUR cents is 2.00 EUR. */
    static Money fromMinorUnits(long minor, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Events.money(BigDecimal.valueOf(minor), currencyCode);
        }
        return Events.money(BigDecimal.valueOf(minor, Math.max(currency.getDefaultFractionDigits(), 0)),
                currency.getCurrencyCode());
    }
}
