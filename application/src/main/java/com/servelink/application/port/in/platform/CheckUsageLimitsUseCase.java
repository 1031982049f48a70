package com.servelink.application.port.in.platform;

/**
 * The daily job {@value #JOB}: compares each team's usage of the current month (UTC) with its
 * effective limits (plan plus counting add-ons) and records one alert per team, metric, level
 * and month: {@code warning} at 80 %, {@code critical} at 95 %, {@code exceeded} at 100 %.
 */
public interface CheckUsageLimitsUseCase {
    /** Returns how many alerts this run created (zero when run again in the same month). */
    int checkUsageLimits();
}
