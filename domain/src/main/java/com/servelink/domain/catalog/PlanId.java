package com.servelink.domain.catalog;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.Shapes;

import java.util.function.IntPredicate;

/** A plan's key in the catalog ({@code free}, {@code pro}). */
public record PlanId(String value) {
    /** The shape {@code [a-z][a-z0-9_-]{0,39}}. */
    private static final IntPredicate REST = Shapes.LOWER.or(Shapes.DIGIT).or(c -> c == '_' || c == '-');

    public static final PlanId FREE = new PlanId("free");
    public static final PlanId PRO = new PlanId("pro");

    public PlanId {
        if (!isValid(value)) {
            throw DomainException.invalidField("plan", "must be a plan key such as free or pro");
        }
    }

    public static boolean isValid(String value) {
        return Shapes.matches(value, 0, 1, 40, Shapes.LOWER, REST);
    }

    @Override
    public String toString() {
        return value;
    }
}
