package com.servelink.adapter.scheduler;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

/** Cron expressions as the platform reads them: always in UTC, whatever the machine's zone. */
public final class CronSchedules {
    public static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private CronSchedules() {
    }

    public static CronScheduleBuilder utc(String cron) {
        return CronScheduleBuilder.cronSchedule(cron).inTimeZone(UTC)
                // a node that was down at fire time runs a missed firing once, then keeps the schedule
                .withMisfireHandlingInstructionFireAndProceed();
    }

    /** The next firing of {@code cron} strictly after {@code after}. */
    public static Optional<Instant> nextFireTime(String cron, Instant after) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(UTC);
            return Optional.ofNullable(expression.getNextValidTimeAfter(Date.from(after))).map(Date::toInstant);
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid cron expression " + cron + ": " + e.getMessage(), e);
        }
    }
}
