package com.servelink.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

    @Test
    void two_units_at_one_euro_cost_exactly_two_euros() {
        Money total = Money.eur("1.00").times(2);

        assertThat(total).isEqualTo(Money.eur("2.00"));
        assertThat(total.amount()).isEqualTo(new BigDecimal("2.00"));
        assertThat(total.amount().toPlainString()).isEqualTo("2.00");
        assertThat(total.currency()).isEqualTo(Money.EUR);
    }

    @Test
    void adding_cents_is_exact_where_double_is_not() {
        assertThat(0.1 + 0.2).isNotEqualTo(0.3);
        assertThat(Money.eur("0.10").plus(Money.eur("0.20"))).isEqualTo(Money.eur("0.30"));

        Money sum = Money.zero(Money.EUR);
        for (int i = 0; i < 1000; i++) {
            sum = sum.plus(Money.eur("0.01"));
        }
        assertThat(sum).isEqualTo(Money.eur("10.00"));
    }

    @Test
    void an_amount_is_held_at_two_decimals_whatever_its_written_scale() {
        assertThat(Money.eur("2")).isEqualTo(Money.eur("2.00"));
        assertThat(Money.eur("2.0").amount().scale()).isEqualTo(2);
        assertThat(Money.eur("1.500")).isEqualTo(Money.eur("1.50"));
        assertThat(Money.of("3", "EUR").toString()).isEqualTo("3.00 EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "0.001", "2.999", "10.0001"})
    void more_than_two_decimals_is_refused_not_rounded(String amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.eur(amount))
                .withMessageContaining(amount);
    }

    @ParameterizedTest
    @CsvSource({"1.005, 1.01", "1.004, 1.00", "2.675, 2.68", "-1.005, -1.01", "0.125, 0.13"})
    void rounding_is_explicit_and_half_up(String raw, String expected) {
        assertThat(Money.rounded(new BigDecimal(raw), Money.EUR)).isEqualTo(Money.eur(expected));
    }

    @Test
    void euros_and_dollars_do_not_mix() {
        Money euros = Money.eur("1.00");
        Money dollars = Money.of("1.00", "USD");

        assertThatIllegalArgumentException().isThrownBy(() -> euros.plus(dollars))
                .withMessageContaining("EUR").withMessageContaining("USD");
        assertThatIllegalArgumentException().isThrownBy(() -> euros.compareTo(dollars));
        assertThat(euros.sameAs(dollars)).isFalse();
        assertThat(euros).isNotEqualTo(dollars);
    }

    @Test
    void same_as_compares_value_and_currency() {
        assertThat(Money.eur("2.00").sameAs(new Money(new BigDecimal("2"), Currency.getInstance("EUR")))).isTrue();
        assertThat(Money.eur("2.00").sameAs(Money.eur("2.01"))).isFalse();
    }

    @Test
    void a_currency_without_minor_unit_refuses_any_decimal() {
        assertThat(Money.of("500", "JPY").amount().scale()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("500.5", "JPY"));
    }

    @Test
    void amounts_order_by_value() {
        assertThat(Money.eur("1.00")).isLessThan(Money.eur("2.00"));
        assertThat(Money.eur("-0.01").isNegative()).isTrue();
        assertThat(Money.zero(Money.EUR).isNegative()).isFalse();
    }

    @Test
    void a_percentage_is_rounded_half_up_once_to_the_cent() {
        assertThat(Money.eur("2.50").percent(new java.math.BigDecimal("20"))).isEqualTo(Money.eur("0.50"));
        assertThat(Money.eur("0.05").percent(new java.math.BigDecimal("10"))).isEqualTo(Money.eur("0.01")); // 0.005
        assertThat(Money.eur("0.04").percent(new java.math.BigDecimal("10"))).isEqualTo(Money.eur("0.00")); // 0.004
        assertThat(Money.eur("9.99").percent(new java.math.BigDecimal("25.5"))).isEqualTo(Money.eur("2.55")); // 2.54745
        assertThat(Money.eur("3.00").minus(Money.eur("0.50"))).isEqualTo(Money.eur("2.50"));
        assertThat(Money.eur("1.00").negated().isNegative()).isTrue();
        assertThat(Money.eur("0").isZero()).isTrue();
    }
}
