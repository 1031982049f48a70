package com.servelink.application.inmemory;

import com.servelink.application.port.out.StorageMeter;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A storage meter told by hand what each project uses; a project it was told nothing about keeps
 * its last value. It can be told that some projects cannot be measured.
 */
public final class InMemoryStorageMeter implements StorageMeter {
    private final Map<ProjectId, Long> measured = new ConcurrentHashMap<>();
    private final Set<ProjectId> unreachable = ConcurrentHashMap.newKeySet();

    public void set(ProjectId project, long megabytes) {
        measured.put(project, megabytes);
    }

    /** Measuring {@code project} fails until {@link #reachable} is called. */
    public void unreachable(ProjectId project) {
        unreachable.add(project);
    }

    public void reachable(ProjectId project) {
        unreachable.remove(project);
    }

    @Override
    public long storageMb(Project project) {
        if (unreachable.contains(project.id())) {
            throw new DomainException(ErrorCode.PROVIDER_UNAVAILABLE, "storage of " + project.id() + " cannot be measured");
        }
        return measured.getOrDefault(project.id(), project.storageMb());
    }
}
