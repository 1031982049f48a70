package com.servelink.application.service.billing;

import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.RefundRepository;
import com.servelink.application.service.invoicing.CreditNoteIssuer;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentRefunds;
import com.servelink.domain.billing.RefundId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A full refund made at the provider (its dashboard) is recorded like one of ours: what it gave
 * back beyond the refunds we know of becomes a refund of origin {@code provider}, with its credit
 * note, in the transaction that applies the provider's report (decision 283).
 */
public final class ProviderRefunds {
    private final RefundRepository refunds;
    private final CreditNoteIssuer creditNotes;
    private final IdSource ids;

    public ProviderRefunds(RefundRepository refunds, CreditNoteIssuer creditNotes, IdSource ids) {
        this.refunds = refunds;
        this.creditNotes = creditNotes;
        this.ids = ids;
    }

    /** Records the rest of {@code payment}, refunded in full at the provider by {@code eventId}. */
    void recordFullRefund(Payment payment, String eventId, Instant now) {
        new PaymentRefunds(payment, refunds.findByPayment(payment.id()))
                .reconcileProviderTotal(RefundId.fromOpaque(ids.nextOpaqueId()), payment.amount(), eventId, now)
                .ifPresent(refund -> {
                    creditNotes.creditFor(refund, LocalDate.ofInstant(now, ZoneOffset.UTC))
                            .ifPresent(note -> refund.recordCreditNote(note.number().toString()));
                    refunds.add(refund);
                });
    }
}
