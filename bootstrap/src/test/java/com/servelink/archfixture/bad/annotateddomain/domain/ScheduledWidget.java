package com.servelink.archfixture.bad.annotateddomain.domain;

import org.quartz.archfixture.DisallowConcurrentExecution;

/** Violation: a parameter annotation from org.quartz... */
public final class ScheduledWidget {
    public void run(@DisallowConcurrentExecution String trigger) {
    }
}
