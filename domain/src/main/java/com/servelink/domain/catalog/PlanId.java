package com.servelink.domain.catalog;

import com.servelink.domain.shared.DomainException;

import java.util.regex.Pattern;

/** A plan's key in the catalog ({@code free}, {@code pro}). */
public record PlanId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    public static final PlanId FREE = new PlanId("free");
    public static final PlanId PRO = new PlanId("pro");

    public PlanId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw DomainException.invalidField("plan", "must be a plan key such as free or pro");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
