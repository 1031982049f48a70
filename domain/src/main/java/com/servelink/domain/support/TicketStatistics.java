package com.servelink.domain.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's (or all teams') ticket figures, as SPEC §5 defines them, plus how the desk served
 * them ({@link ServiceFigures}), all over the tickets created in one {@link StatisticsPeriod}.
 * Repositories count in the database and hand the raw aggregates to {@link #of}; the arithmetic
 * lives here once.
 */
public record TicketStatistics(Map<TicketStatus, Long> byStatus, Map<TicketPriority, Long> byPriority,
                               long total, long open, long closed, Optional<BigDecimal> avgResolutionHours,
                               ServiceFigures service) {

    public TicketStatistics {
        Objects.requireNonNull(service, "service");
        byStatus = Collections.unmodifiableMap(withoutZeros(byStatus, TicketStatus.class));
        byPriority = Collections.unmodifiableMap(withoutZeros(byPriority, TicketPriority.class));
    }

    /**
     * @param countByStatus          tickets per status, over all tickets
     * @param openCountByPriority    tickets per priority, over tickets not resolved or closed
     * @param resolvedCount          tickets that have a {@code resolved_at}
     * @param totalResolutionSeconds sum of ({@code resolved_at} − {@code created_at}) over those
     * @param service                the resolution, first-response and first-contact figures
     */
    public static TicketStatistics of(Map<TicketStatus, Long> countByStatus,
                                      Map<TicketPriority, Long> openCountByPriority,
                                      long resolvedCount, BigDecimal totalResolutionSeconds, ServiceFigures service) {
        long total = countByStatus.values().stream().mapToLong(Long::longValue).sum();
        long open = countByStatus.entrySet().stream().filter(e -> e.getKey().isOpen())
                .mapToLong(Map.Entry::getValue).sum();
        Optional<BigDecimal> average = resolvedCount == 0 ? Optional.empty()
                : Optional.of(totalResolutionSeconds
                .divide(BigDecimal.valueOf(resolvedCount * 3600L), 2, RoundingMode.HALF_UP));
        return new TicketStatistics(countByStatus, openCountByPriority, total, open, total - open, average, service);
    }

    private static <K extends Enum<K>> Map<K, Long> withoutZeros(Map<K, Long> counts, Class<K> type) {
        Map<K, Long> kept = new EnumMap<>(type);
        counts.forEach((key, count) -> {
            if (count != null && count > 0) {
                kept.put(key, count);
            }
        });
        return kept;
    }
}
