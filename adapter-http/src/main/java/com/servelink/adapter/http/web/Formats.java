package com.servelink.adapter.http.web;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Numbers, money and times as a reader of one language reads them, in the deployment's zone:
 * {@code 1,00 €} and {@code 25/01/2025 14:30} in French, {@code €1.00} and
 * {@code 25 Jan 2025, 14:30} in English. Formatting only; every figure comes from a use case.
 */
public final class Formats {
    private final Language language;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    private final DateTimeFormatter month;
    private final DateTimeFormatter shortMonth;

    public Formats(Language language, ZoneId zone) {
        this.language = language;
        this.locale = language == Language.EN ? Locale.UK : Locale.FRANCE;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(language == Language.EN ? "d MMM yyyy, HH:mm" : "dd/MM/yyyy HH:mm",
                locale);
        this.date = DateTimeFormatter.ofPattern(language == Language.EN ? "d MMM yyyy" : "dd/MM/yyyy", locale);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.shortMonth = DateTimeFormatter.ofPattern("LLL yyyy", locale);
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code 1,00 €} (a plain space; the page keeps the figure and its sign on one line) or {@code €1.00}. */
    public String money(Money money) {
        String symbol = money.currency().getSymbol(locale);
        String figure = decimal(money.amount(), money.currency().getDefaultFractionDigits());
        return language == Language.EN ? symbol + figure : figure + " " + symbol;
    }

    /** A decimal with exactly {@code digits} fraction digits, grouped as the language groups. */
    public String decimal(BigDecimal value, int digits) {
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** A decimal with as few fraction digits as it needs (4.0 → 4, 2.5 → 2,5). */
    public String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return decimal(plain, Math.max(0, plain.scale()));
    }

    public String number(long value) {
        return decimal(BigDecimal.valueOf(value), 0);
    }

    /** A percentage of one decimal at most: {@code 12,5 %} (a no-break space) or {@code 12.5%}. */
    public String percent(BigDecimal value) {
        return number(value) + (language == Language.EN ? "%" : "\u00a0%");
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant.atZone(zone));
    }

    public String date(Instant instant) {
        return date.format(instant.atZone(zone));
    }

    /** A calendar day as it is (a UTC day of the usage metering, say): no zone applies. */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** {@code décembre 2026} or {@code December 2026}. */
    public String month(YearMonth value) {
        return month.format(value);
    }

    /** {@code déc. 2026} or {@code Dec 2026}. */
    public String shortMonth(YearMonth value) {
        return shortMonth.format(value);
    }

    /** The time alone when it falls on {@code now}'s day, else the date and time. */
    public String timeOrDateTime(Instant instant, Instant now) {
        ZonedDateTime at = instant.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        return at.toLocalDate().equals(today) ? time.format(at) : dateTime.format(at);
    }

    /** The zone's name in the reader's language, such as "heure d’Europe centrale". */
    public String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    /** Machine-readable, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
