package com.servelink.adapter.http.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.json.Json;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Stripe as the payment provider: one Checkout Session per purchase through Stripe's HTTP API,
 * the payment id in the session's metadata, an idempotency key derived from the payment id on
 * every call that creates something (so a retry never opens a second session), and a look-up
 * of the session for reconciliation.
 */
public final class StripePaymentGateway implements PaymentGateway {
    public static final String PROVIDER = "stripe";
    private static final Logger LOG = LoggerFactory.getLogger(StripePaymentGateway.class);
    private static final int ATTEMPTS = 3;

    private final HttpClient http;
    private final String apiBase;
    private final String apiKey;
    private final Supplier<String> publicUrl;

    public StripePaymentGateway(String apiBase, String apiKey, Supplier<String> publicUrl) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        this.apiKey = apiKey;
        this.publicUrl = publicUrl;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public CheckoutSession createCheckout(CheckoutRequest request) {
        int fractionDigits = Math.max(request.amount().currency().getDefaultFractionDigits(), 0);
        long minorUnits = request.amount().amount().movePointRight(fractionDigits).longValueExact();
        String base = publicUrl.get();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "payment");
        form.put("client_reference_id", request.paymentId().value());
        form.put("metadata[payment_id]", request.paymentId().value());
        form.put("metadata[team_id]", request.teamId().value());
        // the PaymentIntent (and so its charges) carries our payment id too: a refund finds it (decision 192)
        form.put("payment_intent_data[metadata][payment_id]", request.paymentId().value());
        form.put("line_items[0][quantity]", "1");
        form.put("line_items[0][price_data][currency]",
                request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        form.put("line_items[0][price_data][unit_amount]", Long.toString(minorUnits));
        form.put("line_items[0][price_data][product_data][name]", request.description());
        form.put("success_url", base + "/payments/" + request.paymentId().value() + "/done");
        form.put("cancel_url", base + "/payments/" + request.paymentId().value() + "/cancelled");
        // a customer with the card saved for off-session use: what auto-renewal charges later
        form.put("customer_creation", "always");
        form.put("payment_intent_data[setup_future_usage]", "off_session");
        JsonNode session = call(HttpRequest.newBuilder(URI.create(apiBase + "/v1/checkout/sessions"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Idempotency-Key", "servelink-checkout-" + request.paymentId().value())
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        String id = session.path("id").asText("");
        String url = session.path("url").asText("");
        if (id.isEmpty() || url.isEmpty()) {
            throw unavailable("Stripe answered a checkout session without id or url");
        }
        return new CheckoutSession(id, url);
    }

    /**
     * An off-session PaymentIntent on the card the first Checkout saved for the customer
     * ({@code renewalReference}), confirmed at once, with an idempotency key of the renewal payment:
     * a repeated call returns the same PaymentIntent, so a renewal is charged at most once. A card
     * declined answers HTTP 402, a failure; a PaymentIntent still {@code processing} is settled by its
     * {@code payment_intent.*} webhook (metadata {@code payment_id}).
     */
    @Override
    public RenewalCharge chargeRenewal(RenewalRequest request) {
        if (request.renewalReference().isEmpty()) {
            return declined("", "no card was saved when the add-on was bought");
        }
        String customer = request.renewalReference().get();
        JsonNode methods = call(HttpRequest.newBuilder(URI.create(apiBase + "/v1/payment_methods?type=card&limit=1"
                + "&customer=" + URLEncoder.encode(customer, StandardCharsets.UTF_8))).GET());
        String method = methods.path("data").path(0).path("id").asText("");
        if (method.isEmpty()) {
            return declined("", "the customer has no saved card");
        }
        int fractionDigits = Math.max(request.amount().currency().getDefaultFractionDigits(), 0);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("amount", Long.toString(request.amount().amount().movePointRight(fractionDigits).longValueExact()));
        form.put("currency", request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        form.put("customer", customer);
        form.put("payment_method", method);
        form.put("off_session", "true");
        form.put("confirm", "true");
        form.put("description", request.description());
        form.put("metadata[payment_id]", request.paymentId().value());
        form.put("metadata[team_id]", request.teamId().value());
        form.put("metadata[renewal]", "true");
        Answer answer = exchange(HttpRequest.newBuilder(URI.create(apiBase + "/v1/payment_intents"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Idempotency-Key", "servelink-renewal-" + request.paymentId().value())
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        if (answer.status() == 402) {
            JsonNode error = answer.body().path("error");
            return declined(error.path("payment_intent").path("id").asText(""),
                    error.path("decline_code").asText(error.path("code").asText("card_declined")));
        }
        JsonNode intent = answer.requireSuccess();
        String reference = intent.path("id").asText("");
        return switch (intent.path("status").asText("")) {
            case "succeeded" -> new RenewalCharge(RenewalCharge.State.COMPLETED, reference, Optional.empty());
            case "processing" -> new RenewalCharge(RenewalCharge.State.PENDING, reference, Optional.empty());
            default -> declined(reference, "payment intent " + intent.path("status").asText("?"));
        };
    }

    private static RenewalCharge declined(String reference, String why) {
        return new RenewalCharge(RenewalCharge.State.FAILED, reference, Optional.of(why));
    }

    /**
     * A Refund of the payment's PaymentIntent (remembered when its checkout completed, decision
     * 192) for the amount in minor units, with the refund's idempotency key: a repeated call
     * returns the same Refund. Stripe refuses (HTTP 400) a refund above what is left on the charge.
     */
    @Override
    public String refund(RefundRequest request) {
        String intent = request.providerPayment().orElseThrow(() -> unavailable("payment "
                + request.payment().id() + " has no Stripe PaymentIntent recorded; refund it in Stripe's dashboard"));
        int fractionDigits = Math.max(request.amount().currency().getDefaultFractionDigits(), 0);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("payment_intent", intent);
        form.put("amount", Long.toString(request.amount().amount().movePointRight(fractionDigits).longValueExact()));
        form.put("reason", "requested_by_customer");
        form.put("metadata[payment_id]", request.payment().id().value());
        form.put("metadata[refund_id]", request.refundId().value());
        JsonNode refund = call(HttpRequest.newBuilder(URI.create(apiBase + "/v1/refunds"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Idempotency-Key", "servelink-refund-" + request.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        String id = refund.path("id").asText("");
        String status = refund.path("status").asText("");
        if (id.isEmpty() || "failed".equals(status) || "canceled".equals(status)) {
            throw unavailable("Stripe did not make the refund (status " + (status.isEmpty() ? "?" : status) + ")");
        }
        return id;
    }

    @Override
    public ProviderStatus status(Payment payment) {
        if (payment.renewalOf().isPresent()) {
            // a renewal has no Checkout Session: its payment_intent webhook settles it
            return ProviderStatus.open();
        }
        JsonNode session = call(HttpRequest.newBuilder(URI.create(apiBase + "/v1/checkout/sessions/"
                + URLEncoder.encode(payment.providerReference(), StandardCharsets.UTF_8))).GET());
        String paymentStatus = session.path("payment_status").asText("");
        String status = session.path("status").asText("");
        if ("paid".equals(paymentStatus)) {
            JsonNode total = session.get("amount_total");
            String currency = session.path("currency").asText("");
            if (total == null || !total.canConvertToLong() || currency.isEmpty()) {
                throw unavailable("Stripe reported a paid session without amount_total or currency");
            }
            return ProviderStatus.paid(StripeWebhooks.fromMinorUnits(total.longValue(), currency));
        }
        if ("expired".equals(status)) {
            return ProviderStatus.failed();
        }
        return ProviderStatus.open();
    }

    private JsonNode call(HttpRequest.Builder request) {
        return exchange(request).requireSuccess();
    }

    /** Stripe's final answer to a request: a success or a refusal, after retrying what may pass later. */
    private record Answer(int status, JsonNode body) {
        JsonNode requireSuccess() {
            if (status < 200 || status >= 300) {
                // a refusal (bad key, bad request): retrying the same request will not help
                throw unavailable("Stripe refused the request (HTTP " + status + ")");
            }
            return body;
        }
    }

    private Answer exchange(HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + apiKey).timeout(Duration.ofSeconds(15));
        HttpRequest built = request.build();
        String last = "no answer";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                last = "HTTP " + status;
                if (status < 500 && status != 429 && status != 409) {
                    return new Answer(status, Json.mapper().readTree(response.body()));
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable("interrupted while calling Stripe");
            }
            LOG.warn("Stripe call {} failed ({}), attempt {} of {}", built.uri().getPath(), last, attempt, ATTEMPTS);
            pause(attempt);
        }
        throw unavailable("Stripe is unreachable (" + last + ")");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DomainException unavailable(String message) {
        return new DomainException(ErrorCode.PROVIDER_UNAVAILABLE, message);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
