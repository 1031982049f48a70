package com.servelink.domain.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How the desk served a set of tickets: time to resolution ({@code resolved_at − created_at},
 * over tickets that have a {@code resolved_at}), time to first response
 * ({@code first_responded_at − created_at}, over tickets that have one), and first-contact
 * resolution: of the resolved tickets, those with exactly one public support reply.
 */
public record ServiceFigures(DurationFigures resolution, DurationFigures firstResponse, long resolved,
                             long resolvedAtFirstContact) {
    public static final ServiceFigures NONE = new ServiceFigures(DurationFigures.NONE, DurationFigures.NONE, 0, 0);

    public ServiceFigures {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(firstResponse, "firstResponse");
        if (resolvedAtFirstContact < 0 || resolvedAtFirstContact > resolved) {
            throw new IllegalArgumentException("first-contact resolutions must be between 0 and " + resolved);
        }
    }

    /** First-contact resolutions over resolved tickets, four decimals, half up; empty when none is resolved. */
    public Optional<BigDecimal> firstContactResolutionRate() {
        if (resolved == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(resolvedAtFirstContact)
                .divide(BigDecimal.valueOf(resolved), 4, RoundingMode.HALF_UP));
    }
}
