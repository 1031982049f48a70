package com.servelink.application.service.platform;

import com.servelink.application.port.in.platform.UpdateProjectStorageUseCase;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.application.port.out.StorageMeter;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.servelink.application.service.ConflictRetry.retrying;

/**
 * Measures every project through the {@link StorageMeter}, outside any transaction (measuring
 * may be slow), and stores only the values that changed. A project the meter cannot measure
 * keeps its last value until the next run.
 */
public final class UpdateProjectStorageService implements UpdateProjectStorageUseCase {
    static final int BATCH = 500;

    private final ProjectRepository projects;
    private final StorageMeter meter;
    private final Transactions transactions;

    public UpdateProjectStorageService(ProjectRepository projects, StorageMeter meter, Transactions transactions) {
        this.projects = projects;
        this.meter = meter;
        this.transactions = transactions;
    }

    @Override
    public int updateStorage() {
        int changed = 0;
        Optional<ProjectId> after = Optional.empty();
        List<Project> page;
        do {
            page = projects.findPage(after, BATCH);
            for (Project project : page) {
                OptionalLong measured = measure(project);
                if (measured.isPresent() && measured.getAsLong() != project.storageMb()
                        && store(project.id(), measured.getAsLong())) {
                    changed++;
                }
            }
            if (!page.isEmpty()) {
                after = Optional.of(page.get(page.size() - 1).id());
            }
        } while (page.size() == BATCH);
        return changed;
    }

    private OptionalLong measure(Project project) {
        try {
            return OptionalLong.of(meter.storageMb(project));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.PROVIDER_UNAVAILABLE) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    private boolean store(ProjectId id, long megabytes) {
        return retrying(() -> transactions.inTransaction(() -> {
            Optional<Project> project = projects.findById(id);
            if (project.isEmpty() || !project.get().updateStorage(megabytes)) {
                return false;
            }
            projects.save(project.get());
            return true;
        }));
    }
}
