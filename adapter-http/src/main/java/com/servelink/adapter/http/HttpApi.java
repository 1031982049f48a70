package com.servelink.adapter.http;

import com.servelink.adapter.http.payment.SandboxPaymentGateway;
import com.servelink.adapter.http.payment.SandboxWebhooks;
import com.servelink.adapter.http.payment.StripePaymentGateway;
import com.servelink.adapter.http.payment.StripeWebhooks;
import com.servelink.adapter.http.payment.WebhookProtocol;
import com.servelink.adapter.http.payment.WebhookReceiver;
import com.servelink.adapter.http.routes.AdminRoutes;
import com.servelink.adapter.http.routes.InvoiceRoutes;
import com.servelink.adapter.http.routes.KbRoutes;
import com.servelink.adapter.http.routes.MetricsRoutes;
import com.servelink.adapter.http.routes.NotificationRoutes;
import com.servelink.adapter.http.routes.PaymentRoutes;
import com.servelink.adapter.http.routes.PlatformRoutes;
import com.servelink.adapter.http.routes.ResourceRoutes;
import com.servelink.adapter.http.routes.SandboxCheckoutRoutes;
import com.servelink.adapter.http.routes.SupportRoutes;
import com.servelink.adapter.http.routes.SystemRoutes;
import com.servelink.adapter.http.routes.TokenRoutes;
import com.servelink.adapter.http.routes.UsageRoutes;
import com.servelink.adapter.http.routes.WebhookRoutes;
import com.servelink.adapter.http.server.HttpMetrics;
import com.servelink.adapter.http.server.HttpServer;
import com.servelink.adapter.http.server.NotificationUseCases;
import com.servelink.adapter.http.server.RateLimits;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.TokenUseCases;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.server.UsageUseCases;
import com.servelink.adapter.http.server.WebhookUseCases;
import com.servelink.adapter.http.web.NotificationPages;
import com.servelink.adapter.http.web.PageSettings;
import com.servelink.adapter.http.web.UnsubscribePages;
import com.servelink.adapter.http.web.Pages;
import com.servelink.adapter.http.web.PaymentReturnPages;
import com.servelink.adapter.http.web.WebPages;
import com.servelink.adapter.http.web.WebUseCases;
import com.servelink.application.port.out.IdSource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The HTTP adapter assembled: every route of the API in one server. */
public final class HttpApi {
    private HttpApi() {
    }

    /**
     * @param sandboxSecret the sandbox provider's webhook secret, when the sandbox is the provider
     */
    public static HttpServer server(UseCases useCases, Optional<String> sandboxSecret, BooleanSupplier databaseReady,
                                    IdSource ids, Clock clock) {
        return server(useCases, sandboxSecret, Optional.empty(), databaseReady, ids, clock);
    }

    /**
     * @param sandboxSecret the sandbox provider's webhook secret, when the sandbox is the provider
     * @param stripeSecrets Stripe's webhook signing secrets, when Stripe is the provider
     */
    public static HttpServer server(UseCases useCases, Optional<String> sandboxSecret,
                                    Optional<List<String>> stripeSecrets, BooleanSupplier databaseReady,
                                    IdSource ids, Clock clock) {
        return server(useCases, null, null, null, null, null, null, RateLimits.off(), sandboxSecret, stripeSecrets,
                databaseReady, ids, clock, HttpMetrics.OFF);
    }

    /**
     * @param platform      the use cases of projects, deployments, usage and alerts
     * @param usage         the use cases of the usage dashboard (API and page)
     * @param webUseCases   the use cases only the pages drive (sign-in, sessions, a member's teams)
     * @param pageSettings  cookies' {@code Secure} flag and the zone the pages show times in
     * @param tokens        the operator's use cases on issued tokens (listing, revocation)
     * @param outgoingWebhooks the use cases of a team's outgoing webhooks (API and settings page)
     * @param rateLimits    the clients' limits, per token and per address
     * @param sandboxSecret the sandbox provider's webhook secret, when the sandbox is the provider
     * @param stripeSecrets Stripe's webhook signing secrets, when Stripe is the provider
     * @param metrics       what is measured, and what {@code GET /metrics} exposes
     */
    public static HttpServer server(UseCases useCases, PlatformRoutes.PlatformUseCases platform,
                                    UsageUseCases usage, WebUseCases webUseCases, PageSettings pageSettings,
                                    TokenUseCases tokens, WebhookUseCases outgoingWebhooks, RateLimits rateLimits,
                                    Optional<String> sandboxSecret, Optional<List<String>> stripeSecrets,
                                    BooleanSupplier databaseReady, IdSource ids, Clock clock,
                                    HttpMetrics metrics) {
        return server(useCases, platform, usage, webUseCases, pageSettings, tokens, outgoingWebhooks, rateLimits,
                sandboxSecret, stripeSecrets, databaseReady, ids, clock, metrics, null);
    }

    /**
     * As above, with the e-mail preferences and the unsubscribe pages.
     *
     * @param notifications the use cases of e-mail preferences and of the one-click unsubscribe
     */
    public static HttpServer server(UseCases useCases, PlatformRoutes.PlatformUseCases platform,
                                    UsageUseCases usage, WebUseCases webUseCases, PageSettings pageSettings,
                                    TokenUseCases tokens, WebhookUseCases outgoingWebhooks, RateLimits rateLimits,
                                    Optional<String> sandboxSecret, Optional<List<String>> stripeSecrets,
                                    BooleanSupplier databaseReady, IdSource ids, Clock clock,
                                    HttpMetrics metrics, NotificationUseCases notifications) {
        Map<String, WebhookProtocol> protocols = new HashMap<>();
        Optional<SandboxWebhooks> sandbox = sandboxSecret.map(secret -> new SandboxWebhooks(List.of(secret)));
        sandbox.ifPresent(protocol -> protocols.put(SandboxPaymentGateway.PROVIDER, protocol));
        stripeSecrets.ifPresent(secrets -> protocols.put(StripePaymentGateway.PROVIDER, new StripeWebhooks(secrets)));
        WebhookReceiver webhooks = new WebhookReceiver(protocols, useCases.confirmPayment(), useCases.failPayment(),
                useCases.refundPayment(), clock, metrics.webhooks());

        List<Route> routes = new ArrayList<>();
        Pages pages;
        if (webUseCases != null) {
            WebPages web = new WebPages(useCases, usage, webUseCases, outgoingWebhooks, pageSettings, rateLimits,
                    clock);
            routes.addAll(web.routes());
            pages = web.pages();
        } else { // an API without pages: the provider's pages still render, no one signs in
            pages = new Pages(sessionId -> Optional.empty(), new PageSettings(false, PageSettings.DEFAULT_ZONE), clock);
        }
        routes.addAll(new PaymentReturnPages(pages).routes());
        routes.addAll(new ResourceRoutes(useCases).routes());
        routes.addAll(new SupportRoutes(useCases).routes());
        routes.addAll(new KbRoutes(useCases).routes());
        routes.addAll(new InvoiceRoutes(useCases.invoices()).routes());
        routes.addAll(new PaymentRoutes(useCases, webhooks).routes());
        routes.addAll(new AdminRoutes(useCases).routes());
        routes.addAll(new TokenRoutes(tokens).routes());
        routes.addAll(new WebhookRoutes(outgoingWebhooks).routes());
        routes.addAll(new PlatformRoutes(platform).routes());
        routes.addAll(new UsageRoutes(usage, clock).routes());
        if (notifications != null) {
            routes.addAll(new NotificationRoutes(notifications).routes());
            routes.addAll(new UnsubscribePages(pages, notifications.unsubscribe()).routes());
            if (webUseCases != null) {
                routes.addAll(new NotificationPages(notifications, pages).routes());
            }
        }
        routes.addAll(new SystemRoutes(databaseReady).routes());
        routes.addAll(new MetricsRoutes(metrics).routes());
        sandbox.ifPresent(signature -> routes.addAll(new SandboxCheckoutRoutes(useCases.getPayment(), webhooks,
                signature, ids, clock, pages).routes()));
        return new HttpServer(routes, useCases.authenticate(), metrics.requests(), rateLimits);
    }
}
