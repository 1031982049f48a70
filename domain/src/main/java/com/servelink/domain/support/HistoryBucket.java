package com.servelink.domain.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One week or month of a desk's history, from {@code start} to {@code end} (the last day,
 * inclusive; UTC): tickets created in it, tickets resolved in it, the backlog at its end (tickets
 * created before the end and neither resolved nor closed by then), and the median hours to
 * resolution of the tickets resolved in it (empty when none was).
 */
public record HistoryBucket(String label, LocalDate start, LocalDate end, long created, long resolved, long backlog,
                            Optional<BigDecimal> medianResolutionHours) {
    public HistoryBucket {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(medianResolutionHours, "medianResolutionHours");
        if (created < 0 || resolved < 0 || backlog < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
