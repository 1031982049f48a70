package com.servelink.adapter.scheduler;

import com.servelink.application.port.out.JobCalendar;

import java.time.Instant;
import java.util.Optional;

/** Next firings computed by Quartz's own cron reading, in UTC: the same the triggers use. */
public final class QuartzJobCalendar implements JobCalendar {
    @Override
    public Optional<Instant> nextFireTime(String cronUtc, Instant after) {
        return CronSchedules.nextFireTime(cronUtc, after);
    }
}
