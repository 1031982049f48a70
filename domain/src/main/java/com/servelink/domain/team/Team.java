package com.servelink.domain.team;

import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.shared.FieldChecks;

import java.util.Objects;

/** A customer team: the unit that holds a plan, add-ons, projects and tickets. */
public final class Team {
    private final TeamId id;
    private final TeamSlug slug;
    private final String name;
    private PlanId plan;

    private Team(TeamId id, TeamSlug slug, String name, PlanId plan) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = Objects.requireNonNull(name, "name");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public static Team create(TeamId id, TeamSlug slug, String name, PlanId plan) {
        new FieldChecks().text(name, "name", 1, 100).throwIfAny();
        return new Team(id, slug, name, plan);
    }

    public static Team reconstitute(TeamId id, TeamSlug slug, String name, PlanId plan) {
        return new Team(id, slug, name, plan);
    }

    public void changePlan(PlanId newPlan) {
        this.plan = Objects.requireNonNull(newPlan, "newPlan");
    }

    public TeamId id() {
        return id;
    }

    public TeamSlug slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public PlanId plan() {
        return plan;
    }
}
