package com.servelink.application.port.in.support;

/**
 * The job {@value #JOB}, every minute: for each open ticket whose 75 % warning or due instant
 * has come and was not raised for that target's current occurrence, publishes the warning or the
 * breach once and records the breach on the ticket.
 */
public interface CheckSlaUseCase {
    /** Returns how many warnings and breaches this run raised (zero when run again at once). */
    int checkSla();
}
