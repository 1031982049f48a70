package com.servelink.bootstrap.wiring;

import com.servelink.adapter.http.HttpApi;
import com.servelink.adapter.http.server.HttpServer;
import com.servelink.adapter.http.server.RateLimits;
import com.servelink.adapter.http.server.ServerTimeouts;
import com.servelink.adapter.http.web.PageSettings;
import com.servelink.bootstrap.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The API and the pages on one Undertow server, and the metrics port beside it when one is set. */
public final class HttpServing {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServing.class);

    private HttpServing() {
    }

    /**
     * Builds and starts the server. {@code webhookSecret} is the provider's signing secret (several,
     * comma-separated, for Stripe during a rotation; the sandbox's own otherwise).
     */
    public static HttpServer start(Core core, ApplicationServices services, Notifications notifications,
                                   Optional<String> webhookSecret, Metrics metrics) {
        var configuration = core.configuration();
        PageSettings pageSettings = PageSettings.forPublicUrl(configuration.publicUrl(), configuration.timeZone());
        var rateLimits = new RateLimits(new RateLimits.Settings(configuration.safeguards().tokenRequestsPerMinute(),
                configuration.safeguards().failedAuthenticationsPerMinute()), core.clock());
        Optional<List<String>> stripeSecrets = core.stripe()
                ? webhookSecret.map(secrets -> List.of(secrets.split("\\s*,\\s*"))) : Optional.empty();
        HttpServer server = HttpApi.server(services.api(), services.platform(), services.usage(), services.web(),
                pageSettings, services.tokens(), notifications.webhooks(), rateLimits,
                core.stripe() ? Optional.empty() : webhookSecret,
                stripeSecrets, core.database()::isReachable, core.ids(), core.clock(), metrics.http(),
                notifications.preferences());
        OptionalInt metricsPort = configuration.observability().metricsPort();
        if (metricsPort.isPresent()) { // before the main port: a failure here is closed with the metrics
            metrics.serve(configuration.httpHost(), metricsPort.getAsInt());
            LOG.info("metrics on port {} (GET /metrics, no token)", metrics.port().getAsInt());
        }
        // one worker per connection: a worker more would only wait on the pool, and a thread
        // handing a connection back spins (Thread.yield) while another waits for one; measured
        // 20-30 % more limits requests per second than pool + 4 workers (docs/benchmarks.md)
        var timeouts = configuration.httpTimeouts();
        server.start(configuration.httpHost(), configuration.httpPort(), configuration.dbPoolSize(),
                Optional.of(new ServerTimeouts(timeouts.read(), timeouts.idle(), timeouts.noRequest())));
        return server;
    }
}
