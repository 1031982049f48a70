package com.servelink.adapter.scheduler;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz keeps schedulers in a JVM-wide repository by name; a second scheduler of the same name
 * in one JVM (two "nodes" in a test) must not get the first one back. This takes the scheduler
 * the factory builds and removes it from that repository.
 */
final class SchedulerInJvm {
    private final StdSchedulerFactory factory;

    SchedulerInJvm(StdSchedulerFactory factory) {
        this.factory = factory;
    }

    Scheduler get() throws SchedulerException {
        synchronized (SchedulerRepository.class) {
            Scheduler scheduler = factory.getScheduler();
            SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
            return scheduler;
        }
    }
}
