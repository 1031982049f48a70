package com.servelink.domain.invoicing;

import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An issued invoice. Immutable: there is no way to change one, a correction is a
 * {@link CreditNote} referring to it. Its totals are the exact sums of its lines' amounts, so the
 * printed total is always the sum of the printed lines.
 */
public record Invoice(DocumentNumber number, TeamId teamId, PaymentId paymentId, LocalDate issueDate,
                      BillingParty seller, BillingParty buyer, VatCharge vat, List<InvoiceLine> lines,
                      Money net, Money vatAmount, Money gross) {
    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(vat, "vat");
        lines = List.copyOf(lines);
        if (number.kind() != DocumentNumber.Kind.INVOICE || number.year() != issueDate.getYear()) {
            throw new IllegalArgumentException("an invoice is numbered in the invoices' sequence of its year");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
        Money currencyZero = Money.zero(lines.get(0).net().currency());
        Money sumNet = lines.stream().map(InvoiceLine::net).reduce(currencyZero, Money::plus);
        Money sumVat = lines.stream().map(InvoiceLine::vat).reduce(currencyZero, Money::plus);
        if (!net.sameAs(sumNet) || !vatAmount.sameAs(sumVat) || !gross.sameAs(sumNet.plus(sumVat))) {
            throw new IllegalArgumentException("an invoice's totals are the sums of its lines");
        }
    }

    /** Issues an invoice of {@code lines} (already at {@code vat}'s rate), its totals summed. */
    public static Invoice issue(DocumentNumber number, TeamId teamId, PaymentId paymentId, LocalDate issueDate,
                                BillingParty seller, BillingParty buyer, VatCharge vat, List<InvoiceLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
        Money zero = Money.zero(lines.get(0).net().currency());
        Money net = lines.stream().map(InvoiceLine::net).reduce(zero, Money::plus);
        Money vatAmount = lines.stream().map(InvoiceLine::vat).reduce(zero, Money::plus);
        return new Invoice(number, teamId, paymentId, issueDate, seller, buyer, vat, lines, net, vatAmount,
                net.plus(vatAmount));
    }
}
