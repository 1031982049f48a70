package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PaymentTest {
    private static final Instant STARTED = Instant.parse("2025-01-25T10:00:00Z");
    private static final Instant LATER = STARTED.plusSeconds(90);
    private static final Instant EVEN_LATER = STARTED.plusSeconds(600);

    private final Payment payment = Payment.start(PaymentId.fromOpaque("abc123"), TeamId.fromOpaque("abc"),
            ResourceId.fromOpaque("xyz789"), Money.eur("2.00"), "sandbox",
            new CheckoutSession("cs_1", "http://localhost:8000/sandbox/checkout/pm_abc123"), STARTED);

    @Test
    void a_new_payment_is_pending_with_its_checkout() {
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.amount()).isEqualTo(Money.eur("2.00"));
        assertThat(payment.checkoutUrl()).contains("http://localhost:8000/sandbox/checkout/pm_abc123");
        assertThat(payment.providerReference()).isEqualTo("cs_1");
        assertThat(payment.createdAt()).isEqualTo(STARTED);
        assertThat(payment.completedAt()).isEmpty();
        assertThat(payment.failedAt()).isEmpty();
    }

    @Test
    void a_payment_is_for_a_positive_amount() {
        assertThatIllegalArgumentException().isThrownBy(() -> Payment.start(PaymentId.fromOpaque("zero"),
                TeamId.fromOpaque("abc"), ResourceId.fromOpaque("xyz"), Money.eur("0.00"), "sandbox",
                new CheckoutSession("cs_0", "http://x/0"), STARTED));
    }

    @Test
    void completing_with_the_asked_amount_completes_it_once() {
        assertThat(payment.complete(Money.eur("2.0"), LATER)).isTrue();

        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(payment.completedAt()).contains(LATER);

        assertThat(payment.complete(Money.eur("2.00"), EVEN_LATER)).as("duplicate completion").isFalse();
        assertThat(payment.completedAt()).contains(LATER);
    }

    @Test
    void a_pending_payment_fails() {
        assertThat(payment.fail(LATER)).isTrue();

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.failedAt()).contains(LATER);
        assertThat(payment.completedAt()).isEmpty();
    }

    @Test
    void a_pending_payment_expires() {
        assertThat(payment.expire(LATER)).isTrue();

        assertThat(payment.status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payment.failedAt()).contains(LATER);
    }

    @Test
    void a_completion_after_a_failure_is_honoured() {
        payment.fail(LATER);

        assertThat(payment.complete(Money.eur("2.00"), EVEN_LATER)).isTrue();

        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(payment.completedAt()).contains(EVEN_LATER);
    }

    @Test
    void a_completion_after_an_expiry_is_honoured() {
        payment.expire(LATER);

        assertThat(payment.complete(Money.eur("2.00"), EVEN_LATER)).isTrue();

        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
    }

    @Test
    void a_completed_payment_never_fails_nor_expires() {
        payment.complete(Money.eur("2.00"), LATER);

        assertThat(payment.fail(EVEN_LATER)).isFalse();
        assertThat(payment.expire(EVEN_LATER)).isFalse();

        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(payment.completedAt()).contains(LATER);
        assertThat(payment.failedAt()).isEmpty();
    }

    @Test
    void a_failed_payment_does_not_move_to_expired_nor_fail_twice() {
        payment.fail(LATER);

        assertThat(payment.expire(EVEN_LATER)).isFalse();
        assertThat(payment.fail(EVEN_LATER)).isFalse();

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.failedAt()).contains(LATER);
    }

    @ParameterizedTest(name = "{0} {1} reported for a 2.00 EUR payment")
    @CsvSource({"2.01, EUR", "1.99, EUR", "20.00, EUR", "2.00, USD", "0.00, EUR"})
    void another_amount_or_currency_is_refused_and_changes_nothing(String amount, String currency) {
        Money reported = Money.of(amount, currency);

        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> payment.complete(reported, LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_MISMATCH))
                .withMessageContaining("2.00 EUR").withMessageContaining(reported.toString());

        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.completedAt()).isEmpty();
    }

    @Test
    void a_mismatched_report_on_a_completed_payment_is_refused_and_changes_nothing() {
        payment.complete(Money.eur("2.00"), LATER);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> payment.complete(Money.eur("3.00"), EVEN_LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_MISMATCH));

        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(payment.completedAt()).contains(LATER);
    }

    @Test
    void a_mismatched_completion_does_not_revive_a_failed_payment() {
        payment.fail(LATER);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> payment.complete(Money.of("2.00", "USD"), EVEN_LATER));

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
    }
}
