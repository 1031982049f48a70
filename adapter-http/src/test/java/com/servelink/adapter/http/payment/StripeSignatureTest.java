package com.servelink.adapter.http.payment;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.stripe.Stripe;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stripe's webhooks as Stripe sends them. Signatures are made and checked with the official
 * stripe-java library, so our verifier is proven against an implementation we did not write;
 * event payloads are read by stripe-java too, so the parsing tests use Stripe's real shapes.
 */
class StripeSignatureTest {
    private static final String SECRET = "whsec_test_current_0123456789abcdef";
    private static final String OLD_SECRET = "whsec_test_previous_fedcba9876543210";
    private static final long TOLERANCE_SECONDS = 300;

    private final Instant now = Instant.now();
    private final long t = now.getEpochSecond();

    /** The header stripe-java's own tests build: {@code t=<t>,v1=<hex HMAC>} per secret. */
    private static String stripeHeader(String payload, long timestamp, String... secrets) {
        StringBuilder header = new StringBuilder("t=").append(timestamp);
        for (String secret : secrets) {
            try {
                header.append(",v1=").append(Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return header.toString();
    }

    private static Function<String, Optional<String>> headers(String signature) {
        return name -> name.equals(StripeWebhooks.HEADER) ? Optional.ofNullable(signature) : Optional.empty();
    }

    private static void verify(List<String> secrets, String payload, String header, Instant at) {
        new StripeWebhooks(secrets).verify(payload.getBytes(StandardCharsets.UTF_8), headers(header), at);
    }

    private void accepted(List<String> secrets, String payload, String header) {
        assertThatCode(() -> verify(secrets, payload, header, now)).as(header).doesNotThrowAnyException();
    }

    private void rejected(List<String> secrets, String payload, String header) {
        assertThatThrownBy(() -> verify(secrets, payload, header, now)).as(String.valueOf(header))
                .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    private static String completed(String eventId, long amountTotal, String currency) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":1735689600,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},
                 "type":"checkout.session.completed",
                 "data":{"object":{"id":"cs_test_a1B2c3","object":"checkout.session","mode":"payment",
                   "amount_subtotal":%d,"amount_total":%d,"currency":"%s",
                   "client_reference_id":"pm_abc123","metadata":{"payment_id":"pm_abc123","team_id":"team_x1"},
                   "payment_status":"paid","status":"complete","url":null}}}"""
                .formatted(eventId, Stripe.API_VERSION, amountTotal, amountTotal, currency);
    }

    private static String session(String type, String sessionFields) {
        return """
                {"id":"evt_1Qx","object":"event","api_version":"%s","created":1735689600,"livemode":false,
                 "type":"%s","data":{"object":{"id":"cs_test_a1B2c3","object":"checkout.session",%s}}}"""
                .formatted(Stripe.API_VERSION, type, sessionFields);
    }

    @Nested
    class Signatures {
        private final String payload = completed("evt_1QxSig", 200, "eur");

        @Test
        void a_header_made_by_stripe_java_is_accepted() {
            accepted(List.of(SECRET), payload, stripeHeader(payload, t, SECRET));
        }

        @Test
        void a_header_made_by_our_code_is_accepted_by_stripe_java() throws SignatureVerificationException {
            String ours = new HmacSignatures(StripeWebhooks.HEADER, List.of(SECRET))
                    .sign(payload.getBytes(StandardCharsets.UTF_8), now);

            assertThat(Webhook.Signature.verifyHeader(payload, ours, SECRET, TOLERANCE_SECONDS)).isTrue();
            assertThat(ours).isEqualTo(stripeHeader(payload, t, SECRET));
            Event event = Webhook.constructEvent(payload, ours, SECRET, TOLERANCE_SECONDS);
            assertThat(event.getId()).isEqualTo("evt_1QxSig");
        }

        @Test
        void a_payload_that_is_not_ascii_is_signed_over_its_utf8_bytes_by_both() throws Exception {
            String french = payload.replace("\"team_x1\"", "\"équipe € ✓\"");
            String ours = new HmacSignatures(StripeWebhooks.HEADER, List.of(SECRET))
                    .sign(french.getBytes(StandardCharsets.UTF_8), now);

            assertThat(Webhook.Signature.verifyHeader(french, ours, SECRET, TOLERANCE_SECONDS)).isTrue();
            accepted(List.of(SECRET), french, stripeHeader(french, t, SECRET));
        }

        @Test
        void a_tampered_body_is_rejected_by_both() {
            String header = stripeHeader(payload, t, SECRET);
            String tampered = payload.replace("\"amount_total\":200", "\"amount_total\":2");

            rejected(List.of(SECRET), tampered, header);
            assertThatThrownBy(() -> Webhook.Signature.verifyHeader(tampered, header, SECRET, TOLERANCE_SECONDS))
                    .isInstanceOf(SignatureVerificationException.class);
            rejected(List.of(SECRET), payload + " ", header);
        }

        @Test
        void a_wrong_secret_is_rejected_by_both() {
            String header = stripeHeader(payload, t, "whsec_someone_else");

            rejected(List.of(SECRET), payload, header);
            assertThatThrownBy(() -> Webhook.Signature.verifyHeader(payload, header, SECRET, TOLERANCE_SECONDS))
                    .isInstanceOf(SignatureVerificationException.class);
        }

        @Test
        void an_old_timestamp_is_rejected_by_both() {
            String header = stripeHeader(payload, t - TOLERANCE_SECONDS - 1, SECRET);

            rejected(List.of(SECRET), payload, header);
            assertThatThrownBy(() -> Webhook.Signature.verifyHeader(payload, header, SECRET, TOLERANCE_SECONDS))
                    .isInstanceOf(SignatureVerificationException.class);
        }

        @Test
        void a_timestamp_more_than_five_minutes_ahead_is_rejected() {
            // stripe-java checks only the past; SPEC §4 asks for "either way"
            rejected(List.of(SECRET), payload, stripeHeader(payload, t + TOLERANCE_SECONDS + 1, SECRET));
        }

        @Test
        void timestamps_within_five_minutes_either_way_are_accepted() {
            accepted(List.of(SECRET), payload, stripeHeader(payload, t - TOLERANCE_SECONDS + 5, SECRET));
            accepted(List.of(SECRET), payload, stripeHeader(payload, t + TOLERANCE_SECONDS - 5, SECRET));
        }

        @Test
        void during_a_rotation_a_header_signed_with_both_secrets_is_accepted_with_either() {
            String both = stripeHeader(payload, t, OLD_SECRET, SECRET);

            accepted(List.of(OLD_SECRET), payload, both);
            accepted(List.of(SECRET), payload, both);
            accepted(List.of(OLD_SECRET, SECRET), payload, both);
            accepted(List.of(SECRET, OLD_SECRET), payload, both);
            rejected(List.of("whsec_unrelated"), payload, both);
        }

        @Test
        void a_verifier_with_two_secrets_accepts_either_signature() throws SignatureVerificationException {
            List<String> rotating = List.of(SECRET, OLD_SECRET);

            accepted(rotating, payload, stripeHeader(payload, t, OLD_SECRET));
            accepted(rotating, payload, stripeHeader(payload, t, SECRET));
            rejected(rotating, payload, stripeHeader(payload, t, "whsec_unrelated"));
            // and the header stripe-java sees with the old and new signatures is valid for it too
            assertThat(Webhook.Signature.verifyHeader(payload, stripeHeader(payload, t, OLD_SECRET, SECRET),
                    SECRET, TOLERANCE_SECONDS)).isTrue();
        }

        @Test
        void a_missing_header_is_rejected() {
            rejected(List.of(SECRET), payload, null);
            rejected(List.of(SECRET), payload, "");
            rejected(List.of(SECRET), payload, "   ");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "garbage",
                "t=,v1=",
                "t=abc,v1=0000",
                "t=1735689600",
                "v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
                "t=99999999999999999999999,v1=00",
                "t==1,v1==2",
                ",,,",
        })
        void a_malformed_header_is_rejected(String header) {
            rejected(List.of(SECRET), payload, header);
        }

        @Test
        void a_header_with_only_a_v0_signature_is_rejected() {
            String v1 = stripeHeader(payload, t, SECRET);
            rejected(List.of(SECRET), payload, v1.replace("v1=", "v0="));
        }

        @Test
        void an_uppercase_signature_is_rejected_as_stripe_java_does() {
            String header = stripeHeader(payload, t, SECRET);
            String upper = header.substring(0, header.indexOf("v1=") + 3)
                    + header.substring(header.indexOf("v1=") + 3).toUpperCase();

            rejected(List.of(SECRET), payload, upper);
            assertThatThrownBy(() -> Webhook.Signature.verifyHeader(payload, upper, SECRET, TOLERANCE_SECONDS))
                    .isInstanceOf(SignatureVerificationException.class);
        }

        @Test
        void spaces_around_the_header_parts_are_tolerated() {
            accepted(List.of(SECRET), payload, stripeHeader(payload, t, SECRET).replace(",", ", "));
        }

        @Test
        void a_blank_secret_is_refused_at_configuration() {
            assertThatThrownBy(() -> new StripeWebhooks(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new StripeWebhooks(List.of(SECRET, " ")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Parsing {
        private final StripeWebhooks webhooks = new StripeWebhooks(List.of(SECRET));

        private ProviderEvent parse(String payload) {
            return webhooks.parse(payload.getBytes(StandardCharsets.UTF_8));
        }

        private void malformed(String payload) {
            assertThatThrownBy(() -> parse(payload)).as(payload)
                    .isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.status()).isEqualTo(400));
        }

        @Test
        void the_test_payloads_are_stripe_events_as_stripe_java_reads_them() throws Exception {
            String payload = completed("evt_1QxShape", 200, "eur");

            Event event = Webhook.constructEvent(payload, stripeHeader(payload, t, SECRET), SECRET);
            Session session = (Session) event.getDataObjectDeserializer().getObject().orElseThrow();

            assertThat(event.getType()).isEqualTo("checkout.session.completed");
            assertThat(session.getAmountTotal()).isEqualTo(200L);
            assertThat(session.getCurrency()).isEqualTo("eur");
            assertThat(session.getPaymentStatus()).isEqualTo("paid");
            assertThat(session.getMetadata()).containsEntry("payment_id", "pm_abc123");
            assertThat(session.getClientReferenceId()).isEqualTo("pm_abc123");
        }

        @Test
        void a_paid_completed_session_completes_with_the_amount_in_minor_units() {
            ProviderEvent event = parse(completed("evt_1QxA", 200, "eur"));

            assertThat(event.id()).isEqualTo("evt_1QxA");
            assertThat(event.type()).isEqualTo("checkout.session.completed");
            assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.COMPLETED);
            assertThat(event.paymentId()).hasValue("pm_abc123");
            assertThat(event.amount()).hasValue(Money.eur("2.00"));
        }

        @Test
        void minor_units_follow_the_currency() {
            assertThat(parse(completed("evt_1", 1234, "eur")).amount()).hasValue(Money.eur("12.34"));
            assertThat(parse(completed("evt_2", 5, "eur")).amount()).hasValue(Money.eur("0.05"));
            assertThat(parse(completed("evt_3", 500, "jpy")).amount()).hasValue(Money.of("500", "JPY"));
            assertThat(parse(completed("evt_4", 1999, "usd")).amount()).hasValue(Money.of("19.99", "USD"));
            assertThat(parse(completed("evt_5", 1000, "kwd")).amount()).hasValue(Money.of("1.000", "KWD"));
        }

        @Test
        void an_unknown_currency_never_matches_a_payment() {
            assertThatThrownBy(() -> parse(completed("evt_1", 200, "zzz")))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_MISMATCH));
        }

        @Test
        void a_completed_session_still_awaiting_an_async_payment_is_ignored() {
            ProviderEvent event = parse(completed("evt_1QxB", 200, "eur")
                    .replace("\"payment_status\":\"paid\"", "\"payment_status\":\"unpaid\""));

            assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.IGNORED);
            assertThat(event.paymentId()).hasValue("pm_abc123");
        }

        @Test
        void an_async_payment_that_succeeds_completes() {
            ProviderEvent event = parse(session("checkout.session.async_payment_succeeded",
                    "\"amount_total\":300,\"currency\":\"eur\",\"metadata\":{\"payment_id\":\"pm_abc123\"},"
                            + "\"payment_status\":\"paid\",\"status\":\"complete\""));

            assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.COMPLETED);
            assertThat(event.amount()).hasValue(Money.eur("3.00"));
            assertThat(event.paymentId()).hasValue("pm_abc123");
        }

        @Test
        void an_async_payment_that_fails_fails() {
            ProviderEvent event = parse(session("checkout.session.async_payment_failed",
                    "\"amount_total\":300,\"currency\":\"eur\",\"metadata\":{\"payment_id\":\"pm_abc123\"},"
                            + "\"payment_status\":\"unpaid\",\"status\":\"complete\""));

            assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.FAILED);
            assertThat(event.paymentId()).hasValue("pm_abc123");
            assertThat(event.amount()).isEmpty();
        }

        @Test
        void an_expired_session_fails() {
            ProviderEvent event = parse(session("checkout.session.expired",
                    "\"amount_total\":300,\"currency\":\"eur\",\"metadata\":{\"payment_id\":\"pm_abc123\"},"
                            + "\"payment_status\":\"unpaid\",\"status\":\"expired\""));

            assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.FAILED);
            assertThat(event.type()).isEqualTo("checkout.session.expired");
        }

        @Test
        void other_event_types_are_ignored() {
            ProviderEvent event = parse("""
                    {"id":"evt_1QxC","object":"event","type":"payment_intent.succeeded",
                     "data":{"object":{"id":"pi_1","object":"payment_intent","amount":200,"currency":"eur",
                       "metadata":{}}}}""");

            assertThat(event.kind()).isEqualTo(ProviderEvent.Kind.IGNORED);
            assertThat(event.paymentId()).isEmpty();
        }

        @Test
        void without_metadata_the_client_reference_id_names_the_payment() {
            String noMetadata = session("checkout.session.completed",
                    "\"amount_total\":200,\"currency\":\"eur\",\"client_reference_id\":\"pm_fromref\","
                            + "\"payment_status\":\"paid\",\"status\":\"complete\"");
            String emptyMetadata = session("checkout.session.completed",
                    "\"amount_total\":200,\"currency\":\"eur\",\"client_reference_id\":\"pm_fromref\","
                            + "\"metadata\":{},\"payment_status\":\"paid\",\"status\":\"complete\"");

            assertThat(parse(noMetadata).paymentId()).hasValue("pm_fromref");
            assertThat(parse(emptyMetadata).paymentId()).hasValue("pm_fromref");
            assertThat(parse(noMetadata).kind()).isEqualTo(ProviderEvent.Kind.COMPLETED);
        }

        @Test
        void metadata_wins_over_the_client_reference_id() {
            String both = session("checkout.session.completed",
                    "\"amount_total\":200,\"currency\":\"eur\",\"client_reference_id\":\"pm_fromref\","
                            + "\"metadata\":{\"payment_id\":\"pm_frommeta\"},\"payment_status\":\"paid\"");

            assertThat(parse(both).paymentId()).hasValue("pm_frommeta");
        }

        @Test
        void a_session_naming_no_payment_has_no_payment_id() {
            String neither = session("checkout.session.completed",
                    "\"amount_total\":200,\"currency\":\"eur\",\"client_reference_id\":null,"
                            + "\"metadata\":{},\"payment_status\":\"paid\"");

            assertThat(parse(neither).paymentId()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "",
                "{not json",
                "[]",
                "\"checkout.session.completed\"",
                "{\"type\":\"checkout.session.completed\",\"data\":{\"object\":{}}}",
                "{\"id\":\"evt_1\",\"data\":{\"object\":{}}}",
                "{\"id\":\"\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":{}}}",
                "{\"id\":42,\"type\":\"checkout.session.completed\",\"data\":{\"object\":{}}}",
                "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\"}",
                "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":[]}}",
                "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\",\"data\":\"x\"}",
        })
        void a_malformed_event_is_a_bad_request(String payload) {
            malformed(payload);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "\"currency\":\"eur\",\"payment_status\":\"paid\"",
                "\"amount_total\":null,\"currency\":\"eur\",\"payment_status\":\"paid\"",
                "\"amount_total\":\"200\",\"currency\":\"eur\",\"payment_status\":\"paid\"",
                "\"amount_total\":2.5,\"currency\":\"eur\",\"payment_status\":\"paid\"",
                "\"amount_total\":200.0,\"currency\":\"eur\",\"payment_status\":\"paid\"",
                "\"amount_total\":99999999999999999999999,\"currency\":\"eur\",\"payment_status\":\"paid\"",
                "\"amount_total\":200,\"payment_status\":\"paid\"",
                "\"amount_total\":200,\"currency\":978,\"payment_status\":\"paid\"",
        })
        void a_completion_without_a_usable_amount_is_a_bad_request(String fields) {
            malformed(session("checkout.session.completed", fields + ",\"metadata\":{\"payment_id\":\"pm_abc123\"}"));
        }
    }
}
