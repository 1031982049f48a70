package com.servelink.domain.catalog;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A refusal because the team's plan allows no more of something it counts: a project or a member
 * one too many, or a move to a plan below what the team already has. Carries each limit concerned
 * so that the answer can name them with their figures.
 */
public final class PlanLimitReached extends DomainException {
    private static final long serialVersionUID = 1L;

    private final transient List<LimitOverrun> overruns;

    public PlanLimitReached(String message, List<LimitOverrun> overruns) {
        super(ErrorCode.PLAN_LIMIT_REACHED, message + ": " + describe(overruns));
        if (overruns.isEmpty()) {
            throw new IllegalArgumentException("at least one limit is reached");
        }
        this.overruns = List.copyOf(overruns);
    }

    public List<LimitOverrun> overruns() {
        return overruns;
    }

    private static String describe(List<LimitOverrun> overruns) {
        return overruns.stream()
                .map(o -> o.limit().code() + " " + o.current() + " of " + o.allowed() + " allowed")
                .collect(Collectors.joining(", "));
    }
}
