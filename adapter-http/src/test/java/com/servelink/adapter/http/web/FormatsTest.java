package com.servelink.adapter.http.web;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final Formats french = new Formats(Language.FR, PARIS);
    private final Formats english = new Formats(Language.EN, PARIS);

    @Test
    void money_as_a_french_and_an_english_reader_read_it() {
        assertThat(french.money(Money.eur("1.00"))).isEqualTo("1,00 €");
        assertThat(french.money(Money.eur("1234.50"))).isEqualTo("1\u202f234,50 €");
        assertThat(english.money(Money.eur("1.00"))).isEqualTo("€1.00");
        assertThat(english.money(Money.eur("1234.50"))).isEqualTo("€1,234.50");
    }

    @Test
    void numbers_keep_the_digits_they_need_and_nothing_is_rounded() {
        assertThat(french.number(new BigDecimal("4.0"))).isEqualTo("4");
        assertThat(french.number(new BigDecimal("2.50"))).isEqualTo("2,5");
        assertThat(english.number(new BigDecimal("0.125"))).isEqualTo("0.125");
        assertThat(french.number(6644)).isEqualTo("6\u202f644");
    }

    @Test
    void times_are_shown_in_the_deployments_zone_with_the_date_only_on_another_day() {
        Instant due = Instant.parse("2025-01-25T13:30:00Z"); // 14:30 in Paris (winter)
        assertThat(french.timeOrDateTime(due, Instant.parse("2025-01-25T09:00:00Z"))).isEqualTo("14:30");
        assertThat(french.timeOrDateTime(due, Instant.parse("2025-01-24T22:00:00Z"))).isEqualTo("25/01/2025 14:30");
        // 23:30 UTC on the 24th is already the 25th in Paris
        assertThat(french.timeOrDateTime(due, Instant.parse("2025-01-24T23:30:00Z"))).isEqualTo("14:30");
        assertThat(english.dateTime(due)).isEqualTo("25 Jan 2025, 14:30");
        assertThat(french.iso(due)).isEqualTo("2025-01-25T13:30:00Z");
    }

    @Test
    void usage_days_months_and_percentages_as_each_reader_reads_them() {
        // a UTC day of the metering is shown as it is: no zone moves it
        assertThat(french.date(LocalDate.of(2026, 12, 6))).isEqualTo("06/12/2026");
        assertThat(english.date(LocalDate.of(2026, 12, 6))).isEqualTo("6 Dec 2026");
        assertThat(french.month(YearMonth.of(2026, 12))).isEqualTo("décembre 2026");
        assertThat(english.month(YearMonth.of(2026, 12))).isEqualTo("December 2026");
        assertThat(french.shortMonth(YearMonth.of(2026, 7))).isEqualTo("juil. 2026");
        assertThat(english.shortMonth(YearMonth.of(2026, 7))).isEqualTo("Jul 2026");
        assertThat(french.percent(new BigDecimal("93.8"))).isEqualTo("93,8\u00a0%");
        assertThat(english.percent(new BigDecimal("1436.3"))).isEqualTo("1,436.3%");
    }
}
