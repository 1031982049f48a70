package com.servelink.application.testing;

import com.servelink.application.port.out.PaymentGateway;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A provider that records each checkout asked of it, and can be told to be down. */
public final class FakePaymentGateway implements PaymentGateway {
    private final List<CheckoutRequest> requests = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public List<CheckoutRequest> requests() {
        return List.copyOf(requests);
    }

    private final java.util.Map<String, ProviderStatus> statuses = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the provider will answer when asked about a payment (open by default). */
    public void willReport(com.servelink.domain.billing.PaymentId payment, ProviderStatus status) {
        statuses.put(payment.value(), status);
    }

    @Override
    public ProviderStatus status(com.servelink.domain.billing.Payment payment) {
        if (down) {
            throw new DomainException(ErrorCode.PROVIDER_UNAVAILABLE, "the payment provider is unreachable");
        }
        return statuses.getOrDefault(payment.id().value(), ProviderStatus.open());
    }

    @Override
    public String provider() {
        return "fake";
    }

    @Override
    public CheckoutSession createCheckout(CheckoutRequest request) {
        if (down) {
            throw new DomainException(ErrorCode.PROVIDER_UNAVAILABLE, "the payment provider is unreachable");
        }
        requests.add(request);
        return new CheckoutSession("ref_" + request.paymentId().value(), "https://pay.example.test/" + request.paymentId());
    }

    private final List<RenewalRequest> renewals = new CopyOnWriteArrayList<>();
    private volatile RenewalCharge.State renewalAnswer = RenewalCharge.State.COMPLETED;

    /** How the provider will answer renewal charges from now on (completed by default). */
    public void renewalsWill(RenewalCharge.State answer) {
        renewalAnswer = answer;
    }

    /** Every renewal charge asked, repeats included (a real provider dedupes them by payment id). */
    public List<RenewalRequest> renewals() {
        return List.copyOf(renewals);
    }

    @Override
    public RenewalCharge chargeRenewal(RenewalRequest request) {
        if (down) {
            throw new DomainException(ErrorCode.PROVIDER_UNAVAILABLE, "the payment provider is unreachable");
        }
        renewals.add(request);
        return new RenewalCharge(renewalAnswer, "pi_" + request.paymentId().value(),
                renewalAnswer == RenewalCharge.State.FAILED ? java.util.Optional.of("card_declined")
                        : java.util.Optional.empty());
    }

    private final List<RefundRequest> refunds = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, String> refundsByKey = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every refund call, repeated ones included. */
    public List<RefundRequest> refundRequests() {
        return List.copyOf(refunds);
    }

    /** The refunds given back once per idempotency key, as a provider does. */
    public int refundsGivenBack() {
        return refundsByKey.size();
    }

    @Override
    public String refund(RefundRequest request) {
        refunds.add(request);
        if (down) {
            throw new DomainException(ErrorCode.PROVIDER_UNAVAILABLE, "the payment provider is unreachable");
        }
        return refundsByKey.computeIfAbsent(request.idempotencyKey(), key -> "re_fake" + refundsByKey.size());
    }
}
