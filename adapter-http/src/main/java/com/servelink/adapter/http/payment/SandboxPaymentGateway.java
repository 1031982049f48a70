package com.servelink.adapter.http.payment;

import com.servelink.application.port.out.PaymentGateway;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;

import java.util.function.Supplier;

/**
 * The built-in payment provider, for running without any account: its checkout page is served
 * by this server at {@code /sandbox/checkout/{payment_id}}, and its Pay and Decline buttons
 * send the signed webhook a real provider would.
 */
public final class SandboxPaymentGateway implements PaymentGateway {
    public static final String PROVIDER = "sandbox";

    private final Supplier<String> publicUrl;
    private final boolean renewalsComplete;

    /** @param publicUrl the server's public base URL, asked at each checkout (known once the port is bound) */
    public SandboxPaymentGateway(Supplier<String> publicUrl) {
        this(publicUrl, true);
    }

    /**
     * @param renewalsComplete whether off-session renewals succeed ({@code SERVELINK_SANDBOX_RENEWALS=complete},
     *                         the default) or are declined ({@code fail}), to try both paths without a bank
     */
    public SandboxPaymentGateway(Supplier<String> publicUrl, boolean renewalsComplete) {
        this.publicUrl = publicUrl;
        this.renewalsComplete = renewalsComplete;
    }

    /** Settled at once, as configured; the same answer for the same payment however often asked. */
    @Override
    public RenewalCharge chargeRenewal(RenewalRequest request) {
        String reference = "sbx_renewal_" + request.paymentId().value();
        return renewalsComplete
                ? new RenewalCharge(RenewalCharge.State.COMPLETED, reference, java.util.Optional.empty())
                : new RenewalCharge(RenewalCharge.State.FAILED, reference, java.util.Optional.of("card_declined (sandbox)"));
    }

    /**
     * The sandbox gives back at once: the refund's id is derived from the idempotency key, so the
     * same key is the same refund however often asked.
     */
    @Override
    public String refund(RefundRequest request) {
        return "sbx_refund_" + Integer.toHexString(request.idempotencyKey().hashCode()) + "_"
                + request.refundId().value();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    /** The sandbox settles only through its buttons' webhooks: a payment still pending was never settled. */
    @Override
    public ProviderStatus status(Payment payment) {
        return ProviderStatus.open();
    }

    @Override
    public CheckoutSession createCheckout(CheckoutRequest request) {
        String base = publicUrl.get();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new CheckoutSession("sbx_" + request.paymentId().value(),
                base + "/sandbox/checkout/" + request.paymentId().value());
    }
}
