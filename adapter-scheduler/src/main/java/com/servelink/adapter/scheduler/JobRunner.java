package com.servelink.adapter.scheduler;

import java.time.Instant;

/**
 * What a firing does: run the named job; the scheduled time tells which firing it is, and
 * {@code recovering} that it is the re-run of a firing whose node died while running it (the
 * scheduled time is then that firing's).
 */
@FunctionalInterface
public interface JobRunner {
    void run(String job, Instant scheduledFireTime, boolean recovering);
}
