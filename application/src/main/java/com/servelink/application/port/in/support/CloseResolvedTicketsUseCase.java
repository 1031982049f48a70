package com.servelink.application.port.in.support;

import java.time.Duration;

/**
 * The daily job {@value #JOB}: a {@code resolved} ticket the customer has not written on for
 * {@link #QUIET} (a reply would have reopened it) becomes {@code closed}, with a system message
 * saying why.
 */
public interface CloseResolvedTicketsUseCase {
    Duration QUIET = Duration.ofDays(7);

    /** Returns how many tickets this run closed (zero when run again). */
    int closeResolved();
}
