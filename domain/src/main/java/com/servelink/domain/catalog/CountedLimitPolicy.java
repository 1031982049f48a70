package com.servelink.domain.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule of the plan's counted limits ({@code projects}, {@code members}): one more is allowed
 * while the team has fewer than the plan allows, always when the plan says
 * {@link PlanLimits#UNLIMITED}. Add-ons never raise these limits (the catalog sells none of them).
 */
public final class CountedLimitPolicy {
    private CountedLimitPolicy() {
    }

    /** Refuses with {@link PlanLimitReached} when a team with {@code current} of {@code limit} may not add one. */
    public static void requireRoomForOneMore(PlanLimits limits, CountedLimit limit, long current) {
        int allowed = limit.allowedBy(limits);
        if (allowed != PlanLimits.UNLIMITED && current >= allowed) {
            throw new PlanLimitReached("the plan allows no more " + limit.code(),
                    List.of(new LimitOverrun(limit, allowed, current)));
        }
    }

    /** The limits of {@code limits} that a team with these counts is over (more than allowed), projects first. */
    public static List<LimitOverrun> overruns(PlanLimits limits, long projects, long members) {
        List<LimitOverrun> over = new ArrayList<>();
        addIfOver(over, limits, CountedLimit.PROJECTS, projects);
        addIfOver(over, limits, CountedLimit.MEMBERS, members);
        return over;
    }

    private static void addIfOver(List<LimitOverrun> over, PlanLimits limits, CountedLimit limit, long current) {
        int allowed = limit.allowedBy(limits);
        if (allowed != PlanLimits.UNLIMITED && current > allowed) {
            over.add(new LimitOverrun(limit, allowed, current));
        }
    }
}
