package com.servelink.application.service.billing;

import com.servelink.application.port.out.IdSource;
import com.servelink.application.port.out.RefundRepository;
import com.servelink.application.service.invoicing.CreditNoteIssuer;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentRefunds;
import com.servelink.domain.billing.Refund;
import com.servelink.domain.billing.RefundId;
import com.servelink.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Money the provider gave back on its own (a refund in its dashboard, in full or in part, or a
 * lost dispute) is recorded like one of our refunds: what it reports beyond the refunds we know
 * of becomes a refund of origin {@code provider}, with its credit note, in the transaction that
 * applies the provider's report (decisions 283-284).
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

    /**
     * Records what {@code eventId} reports as given back of {@code payment} in all
     * ({@code providerTotal}) beyond the refunds we know of.
     *
     * @return the payment's refunds with the one recorded, empty when nothing new was given back
     */
    Optional<PaymentRefunds> recordTotal(Payment payment, Money providerTotal, String reason, String eventId,
                                         Instant now) {
        List<Refund> known = refunds.findByPayment(payment.id());
        return new PaymentRefunds(payment, known)
                .reconcileProviderTotal(RefundId.fromOpaque(ids.nextOpaqueId()), providerTotal, reason, eventId, now)
                .map(refund -> {
                    creditNotes.creditFor(refund, LocalDate.ofInstant(now, ZoneOffset.UTC))
                            .ifPresent(note -> refund.recordCreditNote(note.number().toString()));
                    refunds.add(refund);
                    List<Refund> after = new ArrayList<>(known);
                    after.add(refund);
                    return new PaymentRefunds(payment, after);
                });
    }
}
