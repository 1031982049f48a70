package com.servelink.adapter.scheduler;

import java.time.Instant;

/** What a firing does: run the named job; the scheduled time tells which firing it is. */
@FunctionalInterface
public interface JobRunner {
    void run(String job, Instant scheduledFireTime);
}
