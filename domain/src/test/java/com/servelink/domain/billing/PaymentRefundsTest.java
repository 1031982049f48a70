package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the provider's cumulative refund total adds to the refunds we know of (decision 284). */
class PaymentRefundsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final Payment payment = paid();

    private static Payment paid() {
        Payment payment = Payment.start(PaymentId.fromOpaque("abc123"), TeamId.fromOpaque("abc"),
                ResourceId.fromOpaque("xyz789"), Money.eur("10.00"), "stripe",
                new CheckoutSession("cs_1", "https://pay.example/cs_1"), NOW);
        payment.complete(Money.eur("10.00"), NOW);
        return payment;
    }

    private Refund staff(int position, String amount) {
        return Refund.request(RefundId.fromOpaque("staff" + position), payment.id(), position, Money.eur(amount),
                "goodwill", "ops@servelink.test", "key-" + position, NOW);
    }

    private PaymentRefunds with(Refund... refunds) {
        return new PaymentRefunds(payment, List.of(refunds));
    }

    private java.util.Optional<Refund> reconcile(PaymentRefunds refunds, String total) {
        return refunds.reconcileProviderTotal(RefundId.fromOpaque("prov1"), Money.eur(total),
                Refund.REFUNDED_AT_PROVIDER, "evt_1", NOW);
    }

    @Test
    void what_the_provider_gave_back_beyond_our_refunds_becomes_a_provider_refund() {
        Refund ours = staff(1, "3.00");
        ours.succeed("re_1", NOW);

        assertThat(reconcile(with(ours), "5.00")).hasValueSatisfying(r -> {
            assertThat(r.amount()).isEqualTo(Money.eur("2.00"));
            assertThat(r.origin()).isEqualTo(Refund.Origin.PROVIDER);
            assertThat(r.status()).isEqualTo(Refund.Status.SUCCEEDED);
            assertThat(r.position()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("refunded at the provider");
        });
    }

    @Test
    void a_staff_refund_still_in_flight_is_not_credited_twice_when_the_providers_report_comes_first() {
        // the provider's webhook of our own refund may arrive before its answer is recorded
        assertThat(reconcile(with(staff(1, "3.00")), "3.00")).isEmpty();
    }

    @Test
    void a_total_known_already_or_lower_adds_nothing() {
        Refund ours = staff(1, "3.00");
        ours.succeed("re_1", NOW);

        assertThat(reconcile(with(ours), "3.00")).isEmpty();
        assertThat(reconcile(with(ours), "1.00")).isEmpty();
        assertThat(reconcile(with(), "0.00")).isEmpty();
    }

    @Test
    void never_more_than_what_is_left_of_the_payment() {
        Refund ours = staff(1, "4.00");
        ours.succeed("re_1", NOW);

        assertThat(reconcile(with(ours), "99.00")).hasValueSatisfying(r ->
                assertThat(r.amount()).isEqualTo(Money.eur("6.00")));
    }

    @Test
    void a_total_in_another_currency_is_an_amount_mismatch() {
        assertThatThrownBy(() -> with().reconcileProviderTotal(RefundId.fromOpaque("prov1"),
                new Money(new BigDecimal("1.00"), Currency.getInstance("USD")), Refund.REFUNDED_AT_PROVIDER,
                "evt_1", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_MISMATCH));
    }

    @Test
    void the_payment_is_given_back_whole_once_the_refunds_that_succeeded_sum_to_it() {
        Refund first = staff(1, "4.00");
        first.succeed("re_1", NOW);
        Refund rest = reconcile(with(first), "10.00").orElseThrow();

        assertThat(with(first).complete()).isFalse();
        assertThat(with(first, rest).complete()).isTrue();
    }
}
