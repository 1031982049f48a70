package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.json.Json;
import com.servelink.adapter.http.payment.SandboxPaymentGateway;
import com.servelink.adapter.http.payment.SandboxWebhooks;
import com.servelink.adapter.http.payment.WebhookReceiver;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.web.PageCall;
import com.servelink.adapter.http.web.Pages;
import com.servelink.adapter.http.web.view.PaymentPageView;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.billing.GetPaymentUseCase;
import com.servelink.application.port.in.billing.GetPaymentUseCase.GetPaymentQuery;
import com.servelink.application.port.out.IdSource;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox provider's checkout page. "Pay" and "Decline" build the event a real provider
 * would send, sign it with the webhook secret, and hand the raw bytes and header to the same
 * {@link WebhookReceiver} as {@code POST /api/payments/webhooks/sandbox}.
 */
public final class SandboxCheckoutRoutes {
    private static final Actor SANDBOX = new Actor.System("sandbox-checkout");

    private final GetPaymentUseCase payments;
    private final WebhookReceiver webhooks;
    private final SandboxWebhooks signature;
    private final IdSource ids;
    private final Clock clock;
    private final Pages pages;

    public SandboxCheckoutRoutes(GetPaymentUseCase payments, WebhookReceiver webhooks,
                                 SandboxWebhooks signature, IdSource ids, Clock clock, Pages pages) {
        this.payments = payments;
        this.webhooks = webhooks;
        this.signature = signature;
        this.ids = ids;
        this.clock = clock;
        this.pages = pages;
    }

    public List<Route> routes() {
        return List.of(
                pages.provider("GET", "/sandbox/checkout/{payment_id}", this::page),
                pages.provider("POST", "/sandbox/checkout/{payment_id}/pay", call -> settle(call, "payment.completed")),
                pages.provider("POST", "/sandbox/checkout/{payment_id}/decline", call -> settle(call, "payment.failed")));
    }

    private Payment payment(PageCall call) {
        PaymentId id = call.http().pathId("payment_id", PaymentId::new);
        return payments.get(new GetPaymentQuery(SANDBOX, Optional.empty(), id));
    }

    private Reply page(PageCall call) {
        Payment payment = payment(call);
        String id = payment.id().value();
        String heading = call.t().get("sandbox.title");
        return pages.html(200, "payment.jte", new PaymentPageView(call.chrome(heading, List.of()), heading,
                call.t().get("sandbox.text"), id, call.formats().money(payment.amount()), iso(payment),
                payment.status().code(),
                "/sandbox/checkout/" + id + "/pay", "/sandbox/checkout/" + id + "/decline", null));
    }

    private Reply settle(PageCall call, String type) {
        Payment payment = payment(call);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("payment_id", payment.id().value());
        data.put("amount", payment.amount().amount());
        data.put("currency", payment.amount().currency().getCurrencyCode());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "evt_" + ids.nextOpaqueId());
        event.put("type", type);
        event.put("data", data);
        byte[] body = Json.write(event);
        String header = signature.sign(body, clock.instant());
        webhooks.receive(SandboxPaymentGateway.PROVIDER, body,
                name -> name.equalsIgnoreCase(SandboxWebhooks.HEADER) ? Optional.of(header) : Optional.empty());
        Payment after = payment(call);
        String key = type.equals("payment.completed") ? "sandbox.paid" : "sandbox.declined";
        String heading = call.t().get(key + ".title");
        return pages.html(200, "payment.jte", new PaymentPageView(call.chrome(heading, List.of()), heading,
                call.t().get(key + ".text"), after.id().value(), call.formats().money(after.amount()), iso(after),
                after.status().code(), null, null, "/"));
    }

    /** {@code 2.00 EUR}: what the provider shows beside the amount as read. */
    private static String iso(Payment payment) {
        return payment.amount().amount().toPlainString() + " " + payment.amount().currency().getCurrencyCode();
    }
}
