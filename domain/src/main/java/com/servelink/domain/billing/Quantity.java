package com.servelink.domain.billing;

import com.servelink.domain.shared.DomainException;

/** How many units of an add-on are bought at once: 1 to 100. */
public record Quantity(int value) {
    public static final int MIN = 1;
    public static final int MAX = 100;

    public Quantity {
        if (value < MIN || value > MAX) {
            throw DomainException.invalidField("quantity", "must be an integer from " + MIN + " to " + MAX);
        }
    }
}
