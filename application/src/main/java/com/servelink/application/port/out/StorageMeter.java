package com.servelink.application.port.out;

import com.servelink.domain.platform.Project;

/** Measures how much disk a project uses now, wherever the platform keeps its files. */
public interface StorageMeter {

    /**
     * The project's disk use in MB (0 or more). Throws a {@code DomainException} with
     * {@code PROVIDER_UNAVAILABLE} when it cannot measure now; the job then leaves the project's
     * last value for its next run.
     */
    long storageMb(Project project);
}
