package com.servelink.domain.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which deployments of a project the daily clean-up removes. Per environment it keeps the
 * current deployment and the rollback target, and removes the settled (finished or failed)
 * deployments older than the rollback target.
 *
 * <p>The rollback target is the most recent <em>finished</em> non-current deployment created
 * before the current one (without a current one: the most recent finished one). A failed
 * deployment is never a rollback target, since there is nothing to roll back to. Deployments
 * newer than the rollback target (a failed attempt after it, a deployment not yet promoted) are
 * kept until a newer rollback target exists. Without a rollback target, the current deployment
 * is the line; without either, nothing is removed. Running and current deployments are never
 * removed. Removed deployments are ignored, so applying the policy again removes nothing more.
 */
public final class DeploymentCleanupPolicy {
    /** Oldest first: by creation time, then by id so that equal instants have a stable order. */
    public static final Comparator<Deployment> CHRONOLOGICAL = Comparator.comparing(Deployment::createdAt)
            .thenComparing(d -> d.id().value());

    private DeploymentCleanupPolicy() {
    }

    /** The deployments (of one project) to remove now, oldest first. */
    public static List<Deployment> removable(Collection<Deployment> deployments) {
        Map<Environment, List<Deployment>> byEnvironment = new LinkedHashMap<>();
        deployments.stream().filter(d -> d.status() != DeploymentStatus.REMOVED).sorted(CHRONOLOGICAL)
                .forEach(d -> byEnvironment.computeIfAbsent(d.environment(), e -> new ArrayList<>()).add(d));
        List<Deployment> removable = new ArrayList<>();
        for (List<Deployment> ofEnvironment : byEnvironment.values()) {
            removable.addAll(removableIn(ofEnvironment));
        }
        removable.sort(CHRONOLOGICAL);
        return removable;
    }

    /** The deployment kept for a rollback in the environment of {@code chronological} (oldest first). */
    public static Optional<Deployment> rollbackTarget(List<Deployment> chronological) {
        Optional<Deployment> current = latestCurrent(chronological);
        Deployment target = null;
        for (Deployment d : chronological) {
            if (current.isPresent() && CHRONOLOGICAL.compare(d, current.get()) >= 0) {
                break;
            }
            if (!d.isCurrent() && d.status() == DeploymentStatus.FINISHED) {
                target = d;
            }
        }
        return Optional.ofNullable(target);
    }

    private static List<Deployment> removableIn(List<Deployment> chronological) {
        Optional<Deployment> line = rollbackTarget(chronological).or(() -> latestCurrent(chronological));
        if (line.isEmpty()) {
            return List.of();
        }
        return chronological.stream()
                .filter(d -> CHRONOLOGICAL.compare(d, line.get()) < 0)
                .filter(d -> !d.isCurrent() && d.status().isSettled())
                .toList();
    }

    private static Optional<Deployment> latestCurrent(List<Deployment> chronological) {
        return chronological.stream().filter(Deployment::isCurrent).max(CHRONOLOGICAL);
    }
}
