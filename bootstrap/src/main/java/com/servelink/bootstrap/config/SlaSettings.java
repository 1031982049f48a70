package com.servelink.bootstrap.config;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.support.BusinessHours;
import com.servelink.domain.support.SlaPolicy;
import com.servelink.domain.support.TicketPriority;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Support's promises from the environment: the targets per priority and the business-hours
 * calendar of {@link SlaPolicy}. Each target list names priorities with ISO-8601 durations
 * ({@code urgent=PT2H,high=PT4H,normal=PT24H,low=PT48H}); a priority left out keeps its default.
 *
 * <ul>
 *   <li>{@code SERVELINK_SLA_FIRST_RESPONSE}: default SPEC §5's urgent 2 h, high 4 h, normal 24 h, low 48 h</li>
 *   <li>{@code SERVELINK_SLA_NEXT_RESPONSE}: after each customer reply; default the first-response targets</li>
 *   <li>{@code SERVELINK_SLA_RESOLUTION}: default urgent 8 h, high 24 h, normal 72 h, low 120 h</li>
 *   <li>{@code SERVELINK_SLA_BUSINESS_HOURS}: {@code <zone>;<days>;<HH:mm>-<HH:mm>}, such as
 *       {@code Europe/Paris;MON-FRI;09:00-18:00}; days are ranges or lists of MON…SUN
 *       ({@code MON-WED,FRI}); unset: around the clock (24/7)</li>
 * </ul>
 */
public record SlaSettings(SlaPolicy policy) {
    public static final String FIRST_RESPONSE = "SERVELINK_SLA_FIRST_RESPONSE";
    public static final String NEXT_RESPONSE = "SERVELINK_SLA_NEXT_RESPONSE";
    public static final String RESOLUTION = "SERVELINK_SLA_RESOLUTION";
    public static final String BUSINESS_HOURS = "SERVELINK_SLA_BUSINESS_HOURS";
    public static final List<String> VARIABLES = List.of(FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION, BUSINESS_HOURS);
    public static final SlaSettings DEFAULTS = new SlaSettings(SlaPolicy.DEFAULT);

    /** No promise longer than a year: a longer one is a typing error. */
    private static final Duration MAX_TARGET = Duration.ofDays(366);
    private static final String TARGETS_EXPECTED = "priority=ISO-8601 duration pairs separated by commas, such as "
            + "urgent=PT2H,high=PT4H,normal=PT24H,low=PT48H (priorities low, normal, high, urgent; each once; "
            + "durations from 1 minute to 366 days)";
    private static final String HOURS_EXPECTED = "<zone>;<days>;<opening>-<closing>, such as "
            + "Europe/Paris;MON-FRI;09:00-18:00 (days MON to SUN as ranges or lists, MON-WED,FRI; the opening "
            + "before the closing), or unset for 24/7";

    public SlaSettings {
        java.util.Objects.requireNonNull(policy, "policy");
    }

    public static SlaSettings read(Map<String, String> env, OutboxTuning.Refusals refusals) {
        Map<TicketPriority, Duration> first = targets(env, FIRST_RESPONSE, SlaPolicy.DEFAULT_FIRST_RESPONSE, refusals);
        Map<TicketPriority, Duration> next = targets(env, NEXT_RESPONSE, first, refusals);
        Map<TicketPriority, Duration> resolution = targets(env, RESOLUTION, SlaPolicy.DEFAULT_RESOLUTION, refusals);
        BusinessHours hours = value(env, BUSINESS_HOURS).map(text -> {
            Optional<BusinessHours> parsed = businessHours(text);
            if (parsed.isEmpty()) {
                refusals.bad(BUSINESS_HOURS, text, HOURS_EXPECTED);
            }
            return parsed.orElse(BusinessHours.ALWAYS);
        }).orElse(BusinessHours.ALWAYS);
        return new SlaSettings(new SlaPolicy(first, next, resolution, hours));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Map<TicketPriority, Duration> targets(Map<String, String> env, String name,
                                                         Map<TicketPriority, Duration> defaults,
                                                         OutboxTuning.Refusals refusals) {
        Optional<String> text = value(env, name);
        if (text.isEmpty()) {
            return defaults;
        }
        Map<TicketPriority, Duration> targets = new EnumMap<>(TicketPriority.class);
        for (String pair : text.get().split(",", -1)) {
            String[] parts = pair.split("=", -1);
            Optional<TicketPriority> priority = parts.length == 2 ? priority(parts[0].trim()) : Optional.empty();
            Optional<Duration> target = parts.length == 2 ? duration(parts[1].trim()) : Optional.empty();
            if (priority.isEmpty() || target.isEmpty() || targets.containsKey(priority.get())) {
                refusals.bad(name, text.get(), TARGETS_EXPECTED);
                return defaults;
            }
            targets.put(priority.get(), target.get());
        }
        Map<TicketPriority, Duration> complete = new EnumMap<>(defaults);
        complete.putAll(targets);
        return Map.copyOf(complete);
    }

    private static Optional<TicketPriority> priority(String code) {
        for (TicketPriority priority : TicketPriority.values()) {
            if (priority.code().equals(code)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }

    private static Optional<Duration> duration(String text) {
        try {
            Duration duration = Duration.parse(text);
            return duration.compareTo(Duration.ofMinutes(1)) >= 0 && duration.compareTo(MAX_TARGET) <= 0
                    ? Optional.of(duration) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code Europe/Paris;MON-FRI;09:00-18:00}, or empty when it does not read so. */
    static Optional<BusinessHours> businessHours(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(parts[0].trim());
            Optional<Set<DayOfWeek>> days = days(parts[1].trim());
            String[] window = parts[2].trim().split("-", -1);
            if (days.isEmpty() || window.length != 2) {
                return Optional.empty();
            }
            return Optional.of(BusinessHours.of(zone, days.get(), LocalTime.parse(window[0].trim()),
                    LocalTime.parse(window[1].trim())));
        } catch (DateTimeException | DomainException e) {
            return Optional.empty();
        }
    }

    private static Optional<Set<DayOfWeek>> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",", -1)) {
            String[] range = item.trim().split("-", -1);
            Optional<DayOfWeek> from = day(range[0]);
            Optional<DayOfWeek> to = range.length == 2 ? day(range[1]) : from;
            if (range.length > 2 || from.isEmpty() || to.isEmpty() || to.get().compareTo(from.get()) < 0) {
                return Optional.empty();
            }
            days.addAll(EnumSet.range(from.get(), to.get()));
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(days);
    }

    private static Optional<DayOfWeek> day(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(code) && code.length() == 3) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
