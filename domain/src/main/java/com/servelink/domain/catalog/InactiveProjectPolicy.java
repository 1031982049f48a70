package com.servelink.domain.catalog;

/**
 * How long a project of a plan may go without traffic: paused after {@code pauseAfterDays},
 * then disabled {@code deleteAfterDays} later.
 */
public record InactiveProjectPolicy(int pauseAfterDays, int deleteAfterDays) {
    public InactiveProjectPolicy {
        if (pauseAfterDays < 1 || deleteAfterDays < 1) {
            throw new IllegalArgumentException("inactive-project delays are at least one day");
        }
    }
}
