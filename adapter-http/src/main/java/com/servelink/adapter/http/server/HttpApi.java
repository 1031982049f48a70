package com.servelink.adapter.http.server;

import com.servelink.adapter.http.payment.SandboxWebhookSignature;
import com.servelink.adapter.http.payment.WebhookReceiver;
import com.servelink.adapter.http.payment.WebhookVerifier;
import com.servelink.adapter.http.routes.AdminRoutes;
import com.servelink.adapter.http.routes.PaymentRoutes;
import com.servelink.adapter.http.routes.ResourceRoutes;
import com.servelink.adapter.http.routes.SandboxCheckoutRoutes;
import com.servelink.adapter.http.routes.SupportRoutes;
import com.servelink.adapter.http.routes.SystemRoutes;
import com.servelink.application.port.out.IdSource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Assembles every route of the API into one server. */
public final class HttpApi {
    private HttpApi() {
    }

    /**
     * @param sandboxSecret the sandbox provider's webhook secret, when the sandbox is the provider
     */
    public static HttpServer server(UseCases useCases, Optional<String> sandboxSecret, BooleanSupplier databaseReady,
                                    IdSource ids, Clock clock) {
        Map<String, WebhookVerifier> verifiers = new java.util.HashMap<>();
        Optional<SandboxWebhookSignature> sandbox = sandboxSecret.map(SandboxWebhookSignature::new);
        sandbox.ifPresent(signature -> verifiers.put("sandbox", signature));
        WebhookReceiver webhooks = new WebhookReceiver(verifiers, useCases.confirmPayment(), useCases.failPayment(),
                clock);

        List<Route> routes = new ArrayList<>();
        routes.addAll(new ResourceRoutes(useCases).routes());
        routes.addAll(new SupportRoutes(useCases).routes());
        routes.addAll(new PaymentRoutes(useCases, webhooks).routes());
        routes.addAll(new AdminRoutes(useCases).routes());
        routes.addAll(new SystemRoutes(databaseReady).routes());
        sandbox.ifPresent(signature -> routes.addAll(new SandboxCheckoutRoutes(useCases.getPayment(), webhooks,
                signature, ids, clock).routes()));
        return new HttpServer(routes, useCases.authenticate());
    }
}
