package com.servelink.adapter.http.server;

import com.servelink.application.port.in.paging.PageRequest;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.HistoryInterval;
import com.servelink.domain.support.StatisticsPeriod;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Query-string values parsed strictly, for the API and the pages alike: a bad value is a 422 naming the parameter. */
public final class QueryParameters {
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private QueryParameters() {
    }

    public static <T> Optional<T> code(Call call, String name, BiFunction<String, String, T> parser) {
        return call.query(name).filter(v -> !v.isEmpty()).map(value -> parser.apply(value, name));
    }

    /**
     * The {@code limit} and {@code cursor} of a paginated list (the tickets' contract): a bad
     * limit is a 422 naming {@code limit}; the cursor is checked by the use case, which knows its form.
     */
    public static PageRequest page(Call call) {
        return new PageRequest(limit(call, PageRequest.DEFAULT_LIMIT, PageRequest.MAX_LIMIT),
                call.query("cursor").filter(c -> !c.isEmpty()));
    }

    public static int limit(Call call, int defaultLimit, int max) {
        return integer(call, "limit", defaultLimit, max);
    }

    /** A whole number from 1 to {@code max}; {@code defaultValue} when absent. */
    public static int integer(Call call, String name, int defaultValue, int max) {
        Optional<String> raw = call.query(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw DomainException.invalidField(name, "must be an integer from 1 to " + max);
    }

    /** A month written {@code YYYY-MM}; empty when absent or blank. */
    public static Optional<YearMonth> month(Call call, String name) {
        return call.query(name).filter(v -> !v.isEmpty()).map(raw -> {
            if (MONTH.matcher(raw).matches()) {
                try {
                    return YearMonth.parse(raw);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            throw DomainException.invalidField(name, "must be a month such as 2025-01");
        });
    }

    /** A calendar day written {@code YYYY-MM-DD} (no 30 February); empty when absent or blank. */
    public static Optional<LocalDate> date(Call call, String name) {
        return call.query(name).filter(v -> !v.isEmpty()).map(raw -> {
            if (DATE.matcher(raw).matches()) {
                try {
                    return LocalDate.parse(raw, STRICT_DATE);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            throw DomainException.invalidField(name, "must be a date such as 2025-01-31");
        });
    }

    /**
     * The statistics' period: {@code from} and {@code to}, days written {@code YYYY-MM-DD} (UTC,
     * inclusive), each optional; {@code from} after {@code to} is refused naming both.
     */
    public static StatisticsPeriod period(Call call) {
        return new StatisticsPeriod(date(call, "from"), date(call, "to"));
    }

    /** A history's {@code interval}: {@code week} or {@code month}, {@code month} when absent or blank. */
    public static HistoryInterval interval(Call call) {
        return code(call, "interval", HistoryInterval::fromCode).orElse(HistoryInterval.MONTH);
    }
}
