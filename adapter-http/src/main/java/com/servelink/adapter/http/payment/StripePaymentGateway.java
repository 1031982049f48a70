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

    @Override
    public ProviderStatus status(Payment payment) {
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
        request.header("Authorization", "Bearer " + apiKey).timeout(Duration.ofSeconds(15));
        HttpRequest built = request.build();
        String last = "no answer";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return Json.mapper().readTree(response.body());
                }
                last = "HTTP " + status;
                if (status != 429 && status != 409 && status < 500) {
                    // a refusal (bad key, bad request): retrying the same request will not help
                    throw unavailable("Stripe refused the request (" + last + ")");
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
