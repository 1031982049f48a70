package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.json.Json;
import com.servelink.adapter.http.payment.SandboxPaymentGateway;
import com.servelink.adapter.http.payment.SandboxWebhooks;
import com.servelink.adapter.http.payment.WebhookReceiver;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
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

    public SandboxCheckoutRoutes(GetPaymentUseCase payments, WebhookReceiver webhooks,
                                 SandboxWebhooks signature, IdSource ids, Clock clock) {
        this.payments = payments;
        this.webhooks = webhooks;
        this.signature = signature;
        this.ids = ids;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/sandbox/checkout/{payment_id}", Access.PUBLIC, this::page),
                new Route("POST", "/sandbox/checkout/{payment_id}/pay", Access.PUBLIC,
                        call -> settle(call, "payment.completed")),
                new Route("POST", "/sandbox/checkout/{payment_id}/decline", Access.PUBLIC,
                        call -> settle(call, "payment.failed")));
    }

    private Payment payment(Call call) {
        PaymentId id = call.pathId("payment_id", PaymentId::new);
        return payments.get(new GetPaymentQuery(SANDBOX, Optional.empty(), id));
    }

    private Reply page(Call call) {
        Payment payment = payment(call);
        String amount = payment.amount().amount().toPlainString() + " " + payment.amount().currency().getCurrencyCode();
        String id = payment.id().value();
        return Reply.html(200, """
                <!doctype html>
                <html lang="fr"><head><meta charset="utf-8"><title>Servelink sandbox checkout</title>
                <style>body{font-family:sans-serif;max-width:32rem;margin:4rem auto}button{font-size:1.1rem;margin:.5rem}</style>
                </head><body>
                <h1>Paiement (sandbox)</h1>
                <p>Paiement <code>%s</code> : <strong>%s</strong> — statut <strong>%s</strong></p>
                <form method="post" action="/sandbox/checkout/%s/pay"><button type="submit">Payer</button></form>
                <form method="post" action="/sandbox/checkout/%s/decline"><button type="submit">Refuser</button></form>
                <p><small>No money moves: this page stands in for a payment provider.</small></p>
                </body></html>
                """.formatted(id, amount, payment.status().code(), id, id));
    }

    private Reply settle(Call call, String type) {
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
        var outcome = webhooks.receive(SandboxPaymentGateway.PROVIDER, body,
                name -> name.equalsIgnoreCase(SandboxWebhooks.HEADER) ? Optional.of(header) : Optional.empty());
        Payment after = payment(call);
        return Reply.html(200, """
                <!doctype html>
                <html lang="fr"><head><meta charset="utf-8"><title>Servelink sandbox checkout</title></head><body>
                <h1>%s</h1><p>Paiement <code>%s</code> : statut <strong>%s</strong> (%s)</p>
                </body></html>
                """.formatted(type.equals("payment.completed") ? "Paiement accepté" : "Paiement refusé",
                after.id().value(), after.status().code(), outcome.name().toLowerCase(java.util.Locale.ROOT)));
    }
}
