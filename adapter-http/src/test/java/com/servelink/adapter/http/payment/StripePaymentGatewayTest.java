package com.servelink.adapter.http.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.servelink.application.port.out.PaymentGateway;
import com.servelink.application.port.out.PaymentGateway.CheckoutRequest;
import com.servelink.application.port.out.PaymentGateway.ProviderStatus;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Stripe gateway against an in-process fake of Stripe's API that records every request and
 * answers as Stripe does: the form it sends, its headers, its retries with one idempotency key,
 * its refusals, and its reading of a session's state for reconciliation.
 */
class StripePaymentGatewayTest {
    private static final String API_KEY = "sk_test_servelink_0123456789";
    private static final String PUBLIC_URL = "https://billing.example.com";
    private static final PaymentId PAYMENT = new PaymentId("pm_abc123");
    private static final TeamId TEAM = new TeamId("team_xyz789");

    private FakeStripe stripe;
    private StripePaymentGateway gateway;

    @BeforeEach
    void start() {
        stripe = FakeStripe.start(API_KEY);
        gateway = new StripePaymentGateway(stripe.base(), API_KEY, () -> PUBLIC_URL);
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    private static CheckoutRequest request(String amount) {
        return new CheckoutRequest(PAYMENT, TEAM, Money.eur(amount), "2 × ram add-on, 30 days");
    }

    @Test
    void creates_a_checkout_session_with_the_form_stripe_expects() {
        CheckoutSession session = gateway.createCheckout(request("2.00"));

        assertThat(stripe.requests()).hasSize(1);
        FakeStripe.Recorded sent = stripe.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/checkout/sessions");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(sent.header("Idempotency-Key")).isEqualTo("servelink-checkout-pm_abc123");
        assertThat(sent.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = sent.form();
        assertThat(form).containsEntry("mode", "payment")
                .containsEntry("line_items[0][price_data][currency]", "eur")
                .containsEntry("line_items[0][price_data][unit_amount]", "200")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][product_data][name]", "2 × ram add-on, 30 days")
                .containsEntry("metadata[payment_id]", "pm_abc123")
                .containsEntry("metadata[team_id]", "team_xyz789")
                .containsEntry("payment_intent_data[metadata][payment_id]", "pm_abc123")
                .containsEntry("client_reference_id", "pm_abc123")
                .containsEntry("success_url", PUBLIC_URL + "/payments/pm_abc123/done")
                .containsEntry("cancel_url", PUBLIC_URL + "/payments/pm_abc123/cancelled");

        ObjectNode created = stripe.session(session.providerReference());
        assertThat(session.providerReference()).startsWith("cs_test_");
        assertThat(session.checkoutUrl()).isEqualTo(created.path("url").asText())
                .startsWith("https://checkout.stripe.com/c/pay/cs_test_");
        assertThat(created.path("amount_total").asLong()).isEqualTo(200);
    }

    @Test
    void the_unit_amount_is_in_the_currencys_minor_unit() {
        gateway.createCheckout(request("12.34"));
        gateway.createCheckout(new CheckoutRequest(new PaymentId("pm_yen1"), TEAM, Money.of("500", "JPY"), "yen"));

        assertThat(stripe.requests().get(0).form()).containsEntry("line_items[0][price_data][unit_amount]", "1234");
        assertThat(stripe.requests().get(1).form())
                .containsEntry("line_items[0][price_data][unit_amount]", "500")
                .containsEntry("line_items[0][price_data][currency]", "jpy");
    }

    @Test
    void a_server_error_is_retried_with_the_same_idempotency_key() {
        stripe.answerNext(500);

        CheckoutSession session = gateway.createCheckout(request("2.00"));

        assertThat(stripe.requests()).hasSize(2);
        assertThat(stripe.requests()).extracting(r -> r.header("Idempotency-Key"))
                .containsOnly("servelink-checkout-pm_abc123");
        assertThat(stripe.requests().get(1).body()).isEqualTo(stripe.requests().get(0).body());
        assertThat(stripe.sessions()).containsOnlyKeys(session.providerReference());
    }

    @Test
    void too_many_requests_and_conflicts_are_retried() {
        stripe.answerNext(429, 409);

        CheckoutSession session = gateway.createCheckout(request("2.00"));

        assertThat(stripe.requests()).hasSize(3);
        assertThat(session.providerReference()).startsWith("cs_test_");
    }

    @Test
    void three_server_errors_make_the_provider_unavailable_after_three_attempts() {
        stripe.answerNext(500, 500, 500);

        assertThatThrownBy(() -> gateway.createCheckout(request("2.00")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));

        assertThat(stripe.requests()).hasSize(3);
        assertThat(stripe.requests()).extracting(r -> r.header("Idempotency-Key"))
                .containsOnly("servelink-checkout-pm_abc123");
        assertThat(stripe.sessions()).isEmpty();
    }

    @Test
    void a_refusal_is_not_retried() {
        stripe.answerNext(400);

        assertThatThrownBy(() -> gateway.createCheckout(request("2.00")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));

        assertThat(stripe.requests()).hasSize(1);
        assertThat(stripe.sessions()).isEmpty();
    }

    @Test
    void a_bad_api_key_is_a_refusal_and_the_key_is_not_in_the_message() {
        stripe.answerNext(401);

        assertThatThrownBy(() -> gateway.createCheckout(request("2.00")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE);
                    assertThat(e.getMessage()).doesNotContain(API_KEY);
                });
        assertThat(stripe.requests()).hasSize(1);
    }

    @Test
    void a_session_without_id_or_url_makes_the_provider_unavailable() {
        stripe.answerWithBody("{\"object\":\"checkout.session\"}");

        assertThatThrownBy(() -> gateway.createCheckout(request("2.00")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
    }

    @Test
    void an_unreachable_stripe_makes_the_provider_unavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new StripePaymentGateway("http://127.0.0.1:" + closedPort, API_KEY, () -> PUBLIC_URL);

        assertThatThrownBy(() -> unreachable.createCheckout(request("2.00")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
    }

    @Test
    void a_trailing_slash_on_the_api_base_is_ignored() {
        var slashed = new StripePaymentGateway(stripe.base() + "/", API_KEY, () -> PUBLIC_URL);

        slashed.createCheckout(request("2.00"));

        assertThat(stripe.requests().get(0).path()).isEqualTo("/v1/checkout/sessions");
    }

    private Payment paymentFor(CheckoutSession session, Money amount) {
        return Payment.start(PAYMENT, TEAM, new ResourceId("res_r1"), amount, StripePaymentGateway.PROVIDER,
                session, Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void status_of_a_paid_session_is_paid_with_the_amount_from_minor_units() {
        CheckoutSession session = gateway.createCheckout(request("2.00"));
        stripe.session(session.providerReference()).put("status", "complete").put("payment_status", "paid");

        ProviderStatus status = gateway.status(paymentFor(session, Money.eur("2.00")));

        assertThat(status.state()).isEqualTo(ProviderStatus.State.PAID);
        assertThat(status.paid()).hasValueSatisfying(paid -> assertThat(paid.sameAs(Money.eur("2.00"))).isTrue());
        FakeStripe.Recorded asked = stripe.requests().get(stripe.requests().size() - 1);
        assertThat(asked.method()).isEqualTo("GET");
        assertThat(asked.path()).isEqualTo("/v1/checkout/sessions/" + session.providerReference());
        assertThat(asked.header("Authorization")).isEqualTo("Bearer " + API_KEY);
    }

    @Test
    void status_of_a_paid_session_in_a_currency_without_decimals() {
        CheckoutSession session = gateway.createCheckout(
                new CheckoutRequest(PAYMENT, TEAM, Money.of("500", "JPY"), "yen"));
        stripe.session(session.providerReference()).put("status", "complete").put("payment_status", "paid");

        ProviderStatus status = gateway.status(paymentFor(session, Money.of("500", "JPY")));

        assertThat(status.paid()).hasValue(Money.of("500", "JPY"));
    }

    @Test
    void status_of_an_expired_session_is_failed() {
        CheckoutSession session = gateway.createCheckout(request("2.00"));
        stripe.session(session.providerReference()).put("status", "expired").put("url", (String) null);

        assertThat(gateway.status(paymentFor(session, Money.eur("2.00"))).state())
                .isEqualTo(ProviderStatus.State.FAILED);
    }

    @Test
    void status_of_an_open_session_is_open() {
        CheckoutSession session = gateway.createCheckout(request("2.00"));

        ProviderStatus status = gateway.status(paymentFor(session, Money.eur("2.00")));

        assertThat(status.state()).isEqualTo(ProviderStatus.State.OPEN);
        assertThat(status.paid()).isEmpty();
    }

    @Test
    void status_of_a_completed_but_unpaid_session_is_still_open() {
        CheckoutSession session = gateway.createCheckout(request("2.00"));
        stripe.session(session.providerReference()).put("status", "complete").put("payment_status", "unpaid");

        assertThat(gateway.status(paymentFor(session, Money.eur("2.00"))).state())
                .isEqualTo(ProviderStatus.State.OPEN);
    }

    @Test
    void status_when_stripe_is_down_makes_the_provider_unavailable() {
        CheckoutSession session = gateway.createCheckout(request("2.00"));
        stripe.answerNext(503, 503, 503);

        assertThatThrownBy(() -> gateway.status(paymentFor(session, Money.eur("2.00"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
    }


    private static PaymentGateway.RenewalRequest renewal(String customer) {
        return new PaymentGateway.RenewalRequest(PAYMENT, TEAM, Money.eur("2.00"), "2 × ram add-on, renewal",
                java.util.Optional.ofNullable(customer));
    }

    @Test
    void the_checkout_saves_the_card_for_off_session_renewals() {
        gateway.createCheckout(request("2.00"));

        assertThat(stripe.requests().get(0).form()).containsEntry("customer_creation", "always")
                .containsEntry("payment_intent_data[setup_future_usage]", "off_session");
    }

    @Test
    void a_renewal_is_an_off_session_payment_intent_on_the_saved_card_charged_once() {
        PaymentGateway.RenewalCharge charged = gateway.chargeRenewal(renewal("cus_123"));
        PaymentGateway.RenewalCharge again = gateway.chargeRenewal(renewal("cus_123"));

        assertThat(charged.state()).isEqualTo(PaymentGateway.RenewalCharge.State.COMPLETED);
        assertThat(again.providerReference()).isEqualTo(charged.providerReference());
        assertThat(stripe.intents()).hasSize(1);
        FakeStripe.Recorded sent = stripe.requests().stream().filter(r -> r.path().equals("/v1/payment_intents"))
                .findFirst().orElseThrow();
        assertThat(sent.header("Idempotency-Key")).isEqualTo("servelink-renewal-pm_abc123");
        assertThat(sent.form()).containsEntry("amount", "200").containsEntry("currency", "eur")
                .containsEntry("customer", "cus_123").containsEntry("payment_method", "pm_card_cus_123")
                .containsEntry("off_session", "true").containsEntry("confirm", "true")
                .containsEntry("metadata[payment_id]", "pm_abc123").containsEntry("metadata[renewal]", "true");
    }

    @Test
    void a_declined_card_is_a_failed_renewal_not_an_outage() {
        stripe.declineCardsOf("cus_poor");

        PaymentGateway.RenewalCharge charged = gateway.chargeRenewal(renewal("cus_poor"));

        assertThat(charged.state()).isEqualTo(PaymentGateway.RenewalCharge.State.FAILED);
        assertThat(charged.failure()).contains("insufficient_funds");
        assertThat(charged.providerReference()).startsWith("pi_test_");
    }

    @Test
    void without_a_saved_card_a_renewal_fails_without_charging() {
        assertThat(gateway.chargeRenewal(renewal(null)).state()).isEqualTo(PaymentGateway.RenewalCharge.State.FAILED);
        assertThat(gateway.chargeRenewal(renewal("cus_nocard")).state())
                .isEqualTo(PaymentGateway.RenewalCharge.State.FAILED);
        assertThat(stripe.intents()).isEmpty();
    }

    @Test
    void an_outage_while_renewing_makes_the_provider_unavailable_so_the_job_tries_again() {
        stripe.answerNext(503, 503, 503);

        assertThatThrownBy(() -> gateway.chargeRenewal(renewal("cus_123")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
    }

    private static com.servelink.domain.billing.Payment paidPayment() {
        return com.servelink.domain.billing.Payment.start(PAYMENT, TEAM,
                com.servelink.domain.billing.ResourceId.fromOpaque("r1"), Money.eur("4.00"), "stripe",
                new CheckoutSession("cs_1", "https://checkout.stripe.com/c/cs_1"), java.time.Instant.now());
    }

    @Test
    void a_refund_is_a_refund_of_the_payment_intent_in_minor_units_under_its_idempotency_key() {
        var request = new com.servelink.application.port.out.PaymentGateway.RefundRequest(paidPayment(),
                com.servelink.domain.billing.RefundId.fromOpaque("abc"), Money.eur("1.50"),
                java.util.Optional.of("pi_123"), "key-1");

        String first = gateway.refund(request);
        String again = gateway.refund(request);

        assertThat(first).startsWith("re_").isEqualTo(again);
        var sent = stripe.requests().stream().filter(r -> r.path().equals("/v1/refunds")).toList();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).form()).containsEntry("payment_intent", "pi_123").containsEntry("amount", "150")
                .containsEntry("metadata[payment_id]", PAYMENT.value()).containsEntry("metadata[refund_id]", "rf_abc");
        assertThat(sent).extracting(r -> r.header("Idempotency-Key")).containsOnly("servelink-refund-key-1");
        assertThat(stripe.refunds()).hasSize(1);
    }

    @Test
    void a_refund_without_a_recorded_payment_intent_or_refused_makes_the_provider_unavailable() {
        var unknown = new com.servelink.application.port.out.PaymentGateway.RefundRequest(paidPayment(),
                com.servelink.domain.billing.RefundId.fromOpaque("abc"), Money.eur("1.50"), java.util.Optional.empty(),
                "key-2");
        assertThatThrownBy(() -> gateway.refund(unknown)).isInstanceOfSatisfying(
                com.servelink.domain.shared.DomainException.class, e -> assertThat(e.code())
                        .isEqualTo(com.servelink.domain.shared.ErrorCode.PROVIDER_UNAVAILABLE));
        assertThat(stripe.requests()).isEmpty();

        stripe.answerNext(400);
        var refused = new com.servelink.application.port.out.PaymentGateway.RefundRequest(paidPayment(),
                com.servelink.domain.billing.RefundId.fromOpaque("abc"), Money.eur("9.00"),
                java.util.Optional.of("pi_123"), "key-3");
        assertThatThrownBy(() -> gateway.refund(refused)).isInstanceOfSatisfying(
                com.servelink.domain.shared.DomainException.class, e -> assertThat(e.code())
                        .isEqualTo(com.servelink.domain.shared.ErrorCode.PROVIDER_UNAVAILABLE));
    }
}
