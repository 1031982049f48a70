package com.servelink.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Reads the jobs' cron expressions (always UTC): when each fires next. */
public interface JobCalendar {
    Optional<Instant> nextFireTime(String cronUtc, Instant after);
}
