package com.servelink.domain.invoicing;

import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A credit note: money given back on an issued invoice, with its own number in the credit notes'
 * sequence. A refund is an amount paid back (gross, what the customer sees); its net and VAT are
 * split back at the invoice's rate: net = gross / (1 + rate) rounded half-up to the cent, VAT the
 * rest, so net + VAT is exactly the amount refunded (decision 240).
 */
public record CreditNote(DocumentNumber number, DocumentNumber invoice, LocalDate issueDate, String reason,
                         VatCharge vat, Money net, Money vatAmount, Money gross) {
    public static final int REASON_MAX = 500;

    public CreditNote {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(vat, "vat");
        new FieldChecks().text(reason, "reason", 1, REASON_MAX).throwIfAny();
        if (number.kind() != DocumentNumber.Kind.CREDIT_NOTE || invoice.kind() != DocumentNumber.Kind.INVOICE) {
            throw new IllegalArgumentException("a credit note is numbered as one and refers to an invoice");
        }
        if (number.year() != issueDate.getYear()) {
            throw new IllegalArgumentException("a credit note is numbered in its year's sequence");
        }
        if (!gross.sameAs(net.plus(vatAmount)) || gross.isNegative() || gross.isZero() || net.isNegative()) {
            throw new IllegalArgumentException("a credit note gives back a positive amount, net plus VAT");
        }
    }

    /**
     * A credit note for {@code refunded} of {@code invoice}'s gross. Staying within what is left
     * to refund is the caller's rule (it knows the earlier credit notes); this refuses only an
     * amount above the invoice's own total.
     */
    public static CreditNote forRefund(DocumentNumber number, Invoice invoice, Money refunded, LocalDate issueDate,
                                       String reason) {
        if (refunded.compareTo(invoice.gross()) > 0) {
            throw new IllegalArgumentException("a credit note cannot give back more than the invoice's total");
        }
        BigDecimal divisor = BigDecimal.ONE.add(invoice.vat().ratePercent().movePointLeft(2));
        Money net = Money.rounded(refunded.amount().divide(divisor, 10, RoundingMode.HALF_UP), refunded.currency());
        return new CreditNote(number, invoice.number(), issueDate, reason, invoice.vat(), net, refunded.minus(net),
                refunded);
    }

    /**
     * A credit note for a refund of {@code refundedNet} of the money taken for {@code invoice}:
     * the provider charged the invoice's net (decision 281), so a refund gives back that share of
     * the net, with its VAT at the invoice's rate rounded once; the credit note that completes the
     * invoice's net takes the VAT left after {@code earlier}, so an invoice refunded in parts is
     * credited exactly its own VAT and gross.
     */
    public static CreditNote forRefundOfNet(DocumentNumber number, Invoice invoice, Money refundedNet,
                                            List<CreditNote> earlier, LocalDate issueDate, String reason) {
        Money zero = Money.zero(invoice.net().currency());
        Money creditedNet = earlier.stream().map(CreditNote::net).reduce(zero, Money::plus);
        Money creditedVat = earlier.stream().map(CreditNote::vatAmount).reduce(zero, Money::plus);
        Money leftNet = invoice.net().minus(creditedNet);
        if (refundedNet.compareTo(leftNet) > 0) {
            throw new IllegalArgumentException("a credit note cannot give back more than the invoice's net left, "
                    + leftNet);
        }
        Money vatAmount = refundedNet.sameAs(leftNet) ? invoice.vatAmount().minus(creditedVat)
                : refundedNet.percent(invoice.vat().ratePercent());
        return new CreditNote(number, invoice.number(), issueDate, reason, invoice.vat(), refundedNet, vatAmount,
                refundedNet.plus(vatAmount));
    }
}
