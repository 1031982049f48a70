package com.servelink.domain.invoicing;

import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an invoice: what was sold, how many, the net unit price (the catalog's prices are
 * net), the period it covers, and its amounts at the invoice's rate. VAT is rounded here, once
 * per line ({@link Money#percent}); the invoice's totals are plain sums of its lines.
 */
public record InvoiceLine(String description, int quantity, Money unitPrice, LocalDate periodStart,
                          LocalDate periodEnd, Money net, Money vat, Money gross) {
    public static final int DESCRIPTION_MAX = 300;

    public InvoiceLine {
        new FieldChecks().text(description, "description", 1, DESCRIPTION_MAX).throwIfAny();
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (quantity < 1) {
            throw new IllegalArgumentException("a line sells at least one unit");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("a unit price is not negative");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("a period ends on or after its start");
        }
        if (!net.sameAs(unitPrice.times(quantity)) || !gross.sameAs(net.plus(vat))) {
            throw new IllegalArgumentException("a line's amounts must be quantity × unit price, plus its VAT");
        }
    }

    /** A line at {@code charge}'s rate: net = quantity × unit price, VAT = net × rate rounded half-up. */
    public static InvoiceLine of(String description, int quantity, Money unitPrice, LocalDate periodStart,
                                 LocalDate periodEnd, VatCharge charge) {
        Money net = unitPrice.times(quantity);
        Money vat = net.percent(charge.ratePercent());
        return new InvoiceLine(description, quantity, unitPrice, periodStart, periodEnd, net, vat, net.plus(vat));
    }
}
