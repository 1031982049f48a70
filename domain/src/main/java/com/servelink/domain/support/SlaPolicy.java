package com.servelink.domain.support;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What support promises per priority: a first response, a next response after each customer
 * reply, and a resolution, each a span of business time measured by the {@link BusinessHours}
 * calendar. The default keeps SPEC §5's first-response figures (urgent 2 h, not the 1 h).
 */
public record SlaPolicy(Map<TicketPriority, Duration> firstResponse, Map<TicketPriority, Duration> nextResponse,
                        Map<TicketPriority, Duration> resolution, BusinessHours calendar) {
    /** The share of a target after which a warning is due: 75 %. */
    public static final int WARN_PERCENT = 75;

    public static final Map<TicketPriority, Duration> DEFAULT_FIRST_RESPONSE = targets(
            TicketPriority.URGENT.firstResponseTarget(), TicketPriority.HIGH.firstResponseTarget(),
            TicketPriority.NORMAL.firstResponseTarget(), TicketPriority.LOW.firstResponseTarget());
    public static final Map<TicketPriority, Duration> DEFAULT_RESOLUTION = targets(
            Duration.ofHours(8), Duration.ofHours(24), Duration.ofHours(72), Duration.ofHours(120));

    /** The defaults of issue 14 with SPEC §5's first-response figures, around the clock. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(DEFAULT_FIRST_RESPONSE, DEFAULT_FIRST_RESPONSE,
            DEFAULT_RESOLUTION, BusinessHours.ALWAYS);

    public SlaPolicy {
        firstResponse = complete(firstResponse, "firstResponse");
        nextResponse = complete(nextResponse, "nextResponse");
        resolution = complete(resolution, "resolution");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The span of business time {@code target} allows a ticket of {@code priority}. */
    public Duration target(SlaTarget target, TicketPriority priority) {
        return switch (target) {
            case FIRST_RESPONSE -> firstResponse.get(priority);
            case NEXT_RESPONSE -> nextResponse.get(priority);
            case RESOLUTION -> resolution.get(priority);
        };
    }

    /** The part of a target after which the warning is due. */
    public static Duration warnShare(Duration target) {
        return target.multipliedBy(WARN_PERCENT).dividedBy(100);
    }

    public SlaPolicy withCalendar(BusinessHours hours) {
        return new SlaPolicy(firstResponse, nextResponse, resolution, hours);
    }

    /** Targets in the order urgent, high, normal, low. */
    public static Map<TicketPriority, Duration> targets(Duration urgent, Duration high, Duration normal, Duration low) {
        Map<TicketPriority, Duration> map = new EnumMap<>(TicketPriority.class);
        map.put(TicketPriority.URGENT, urgent);
        map.put(TicketPriority.HIGH, high);
        map.put(TicketPriority.NORMAL, normal);
        map.put(TicketPriority.LOW, low);
        return Map.copyOf(map);
    }

    private static Map<TicketPriority, Duration> complete(Map<TicketPriority, Duration> targets, String name) {
        Objects.requireNonNull(targets, name);
        for (TicketPriority priority : TicketPriority.values()) {
            Duration target = targets.get(priority);
            if (target == null || target.isNegative() || target.isZero()) {
                throw new IllegalArgumentException(name + " needs a positive target for " + priority.code());
            }
        }
        return Map.copyOf(targets);
    }
}
