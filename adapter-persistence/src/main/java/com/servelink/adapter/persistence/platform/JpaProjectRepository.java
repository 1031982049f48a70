package com.servelink.adapter.persistence.platform;

import com.servelink.application.port.out.RowPosition;
import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.ProjectRepository;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.platform.Project;
import com.servelink.domain.platform.ProjectId;
import com.servelink.domain.platform.ProjectStatus;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.TeamId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Projects in table {@code project}. Pages are keyset pages in id order ({@code id > :after
 * order by id}); the plan filter joins {@code team}. A save checks the version the project was
 * loaded with and that the team has no other project of that name (the unique constraint
 * {@code project_team_name_unique} settles a race between two transactions: a {@code CONFLICT}
 * too).
 *
 * <p>Id order is the database's string order: binary on H2 and on a PostgreSQL database with the
 * {@code C} collation, like {@link String#compareTo}; another PostgreSQL collation gives another,
 * still total and stable, order, which is all keyset pagination needs.
 */
public final class JpaProjectRepository implements ProjectRepository {
    private final JpaTransactions tx;

    public JpaProjectRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Project> findById(ProjectId id) {
        return tx.withEntityManager(em -> Optional.ofNullable(em.find(ProjectEntity.class, id.value()))
                .map(JpaProjectRepository::toDomain));
    }

    @Override
    public List<Project> findByTeam(TeamId team) {
        return tx.withEntityManager(em -> em.createQuery("""
                        select p from ProjectEntity p where p.teamId = :team
                        order by p.createdAt, p.id""", ProjectEntity.class)
                .setParameter("team", team.value())
                .getResultStream().map(JpaProjectRepository::toDomain).toList());
    }

    @Override
    public List<Project> findPageByTeam(TeamId team, Optional<RowPosition> after, int limit) {
        return tx.withEntityManager(em -> {
            TypedQuery<ProjectEntity> query = em.createQuery("select p from ProjectEntity p where p.teamId = :team"
                    + (after.isPresent() ? " and (p.createdAt > :at or (p.createdAt = :at and p.id > :id))" : "")
                    + " order by p.createdAt, p.id", ProjectEntity.class)
                    .setParameter("team", team.value())
                    .setMaxResults(limit);
            after.ifPresent(a -> query.setParameter("at", a.createdAt()).setParameter("id", a.id()));
            return query.getResultStream().map(JpaProjectRepository::toDomain).toList();
        });
    }

    @Override
    public long countCountingTowardsLimit(TeamId team) {
        return tx.withEntityManager(em -> em.createQuery(
                        "select count(p) from ProjectEntity p where p.teamId = :team and p.status <> :disabled", Long.class)
                .setParameter("team", team.value())
                .setParameter("disabled", ProjectStatus.DISABLED.code())
                .getSingleResult());
    }

    @Override
    public Set<ProjectId> findExisting(Collection<ProjectId> ids) {
        Set<String> wanted = ids.stream().map(ProjectId::value).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Set.of();
        }
        return tx.withEntityManager(em -> em.createQuery(
                        "select p.id from ProjectEntity p where p.id in :ids", String.class)
                .setParameter("ids", wanted)
                .getResultStream().map(ProjectId::new).collect(Collectors.toCollection(HashSet::new)));
    }

    @Override
    public List<Project> findPage(Optional<ProjectId> after, int limit) {
        return tx.withEntityManager(em -> {
            TypedQuery<ProjectEntity> query = em.createQuery("select p from ProjectEntity p"
                    + (after.isPresent() ? " where p.id > :after" : "") + " order by p.id", ProjectEntity.class);
            after.ifPresent(a -> query.setParameter("after", a.value()));
            return query.setMaxResults(limit).getResultStream().map(JpaProjectRepository::toDomain).toList();
        });
    }

    @Override
    public List<Project> findPageOnPlan(PlanId plan, Set<ProjectStatus> statuses, Optional<ProjectId> after,
                                        int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return tx.withEntityManager(em -> {
            TypedQuery<ProjectEntity> query = em.createQuery("""
                    select p from ProjectEntity p join TeamEntity t on t.id = p.teamId
                    where t.plan = :plan and p.status in :statuses"""
                    + (after.isPresent() ? " and p.id > :after" : "") + " order by p.id", ProjectEntity.class);
            query.setParameter("plan", plan.value());
            query.setParameter("statuses", statuses.stream().map(ProjectStatus::code).toList());
            after.ifPresent(a -> query.setParameter("after", a.value()));
            return query.setMaxResults(limit).getResultStream().map(JpaProjectRepository::toDomain).toList();
        });
    }

    @Override
    public void save(Project project) {
        tx.inTransaction(() -> tx.withEntityManager(em -> {
            ProjectEntity entity = em.find(ProjectEntity.class, project.id().value());
            if (entity == null) {
                if (project.version() != 0) {
                    throw conflict("project " + project.id() + " was changed concurrently; reload and retry");
                }
                requireNameFree(em, project);
                entity = new ProjectEntity();
                entity.id = project.id().value();
                copy(project, entity);
                em.persist(entity);
            } else {
                if (entity.version != project.version()) {
                    throw conflict("project " + project.id() + " was changed concurrently; reload and retry");
                }
                if (!entity.name.equals(project.name()) || !entity.teamId.equals(project.teamId().value())) {
                    requireNameFree(em, project);
                }
                copy(project, entity);
            }
            em.flush();
            return null;
        }));
    }

    private static void requireNameFree(EntityManager em, Project project) {
        Long taken = em.createQuery("""
                        select count(p) from ProjectEntity p
                        where p.teamId = :team and p.name = :name and p.id <> :id""", Long.class)
                .setParameter("team", project.teamId().value())
                .setParameter("name", project.name())
                .setParameter("id", project.id().value())
                .getSingleResult();
        if (taken > 0) {
            throw conflict("the team already has a project named " + project.name());
        }
    }

    private static DomainException conflict(String message) {
        return new DomainException(ErrorCode.CONFLICT, message);
    }

    private static void copy(Project p, ProjectEntity e) {
        e.teamId = p.teamId().value();
        e.name = p.name();
        e.status = p.status().code();
        e.createdAt = p.createdAt();
        e.lastTrafficAt = p.lastTrafficAt().orElse(null);
        e.inactiveSince = p.inactiveSince().orElse(null);
        e.lastReactivatedAt = p.lastReactivatedAt().orElse(null);
        e.storageMb = p.storageMb();
        e.reactivationCount = p.reactivationCount();
    }

    static Project toDomain(ProjectEntity e) {
        return Project.reconstitute(new ProjectId(e.id), new TeamId(e.teamId), e.name,
                ProjectStatus.fromCode(e.status, "status"), e.createdAt, e.lastTrafficAt, e.inactiveSince,
                e.lastReactivatedAt, e.storageMb, e.reactivationCount, e.version);
    }
}
