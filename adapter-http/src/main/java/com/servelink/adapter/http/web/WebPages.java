package com.servelink.adapter.http.web;

import com.servelink.adapter.http.server.RateLimits;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UsageUseCases;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.server.WebhookUseCases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The web pages, a driving adapter like the API: sign-in, a member's teams, the usage
 * dashboard, add-ons and support pages of a team, the staff desk, and their assets. Every page calls the API's use
 * cases; the templates only show what they return.
 */
public final class WebPages {
    private final UseCases useCases;
    private final UsageUseCases usage;
    private final WebUseCases web;
    private final Pages pages;
    private final RateLimits rateLimits;
    private final WebhookUseCases webhooks;

    public WebPages(UseCases useCases, UsageUseCases usage, WebUseCases web, PageSettings settings, Clock clock) {
        this(useCases, usage, web, settings, RateLimits.off(), clock);
    }

    /** @param rateLimits the API's limits: a refused sign-in counts as a failed authentication of its address */
    public WebPages(UseCases useCases, UsageUseCases usage, WebUseCases web, PageSettings settings,
                    RateLimits rateLimits, Clock clock) {
        this(useCases, usage, web, null, settings, rateLimits, clock);
    }

    /** @param webhooks the use cases of the team's webhooks settings page; null: no such page */
    public WebPages(UseCases useCases, UsageUseCases usage, WebUseCases web, WebhookUseCases webhooks,
                    PageSettings settings, RateLimits rateLimits, Clock clock) {
        this.webhooks = webhooks;
        this.useCases = useCases;
        this.usage = usage;
        this.web = web;
        this.rateLimits = rateLimits;
        this.pages = new Pages(web.sessions(), settings, clock);
    }

    /** The page machinery, for the other adapters' pages (the payment provider's). */
    public Pages pages() {
        return pages;
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new SignInPages(web, pages, rateLimits).routes());
        routes.addAll(new DashboardPages(useCases, usage, web, pages).routes());
        routes.addAll(new AddOnPages(useCases, usage, web, pages).routes());
        routes.addAll(new InvoicePages(useCases.invoices(), web, pages).routes());
        routes.addAll(new SupportPages(useCases, web, pages).routes());
        routes.addAll(new StaffPages(useCases, pages).routes());
        routes.addAll(new HelpPages(useCases, pages).routes());
        routes.addAll(new KbEditorPages(useCases, pages).routes());
        if (webhooks != null) {
            routes.addAll(new WebhookPages(webhooks, web, pages).routes());
        }
        routes.addAll(new AssetRoutes().routes());
        return routes;
    }
}
