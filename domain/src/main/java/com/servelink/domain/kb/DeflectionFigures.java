package com.servelink.domain.kb;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * How often a suggested article answered the question instead of a ticket. A customer who opens
 * an article the new-ticket form suggested and submits no ticket in the {@link #WINDOW} after it
 * was deflected; one who submits a ticket in that window was not; an opening whose window has not
 * ended yet and has no ticket is pending and counts neither way (decision 229).
 */
public record DeflectionFigures(long opened, long followedByTicket, long pending) {
    /** How long after opening a suggestion a ticket still means the article did not answer. */
    public static final Duration WINDOW = Duration.ofHours(24);

    public DeflectionFigures {
        if (opened < 0 || followedByTicket < 0 || pending < 0 || followedByTicket + pending > opened) {
            throw new IllegalArgumentException("inconsistent deflection counts");
        }
    }

    /** Openings whose window ended without a ticket. */
    public long deflected() {
        return opened - followedByTicket - pending;
    }

    /** Deflected over settled openings (deflected or followed by a ticket), four decimals; empty when none settled. */
    public Optional<BigDecimal> rate() {
        long settled = deflected() + followedByTicket;
        return settled == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(deflected()).divide(BigDecimal.valueOf(settled), 4, RoundingMode.HALF_UP));
    }
}
