package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The pages' own stylesheet and scripts, and Chart.js from its webjar, all from the jar (no CDN:
 * the pages work offline). Read once at start, so a missing file stops the start; each is cached
 * by browsers for an hour.
 */
final class AssetRoutes {
    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    /** The webjar's bundle (its colour helper included); the version is the one the POM declares. */
    private static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.7/dist/chart.umd.js";

    private record Asset(String contentType, byte[] body) {
    }

    private final Map<String, Asset> assets;

    AssetRoutes() {
        this.assets = Map.of(
                "app.css", new Asset("text/css; charset=utf-8", read("web/assets/app.css")),
                "app.js", new Asset(JAVASCRIPT, read("web/assets/app.js")),
                "charts.js", new Asset(JAVASCRIPT, read("web/assets/charts.js")),
                "dashboard.js", new Asset(JAVASCRIPT, read("web/assets/dashboard.js")),
                "stats.js", new Asset(JAVASCRIPT, read("web/assets/stats.js")),
                "suggest.js", new Asset(JAVASCRIPT, read("web/assets/suggest.js")),
                "chart.umd.js", new Asset(JAVASCRIPT, read(CHART_JS)),
                "favicon.svg", new Asset("image/svg+xml", read("web/assets/favicon.svg")));
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/assets/{name}", Access.PUBLIC, call -> {
            String name = call.path("name");
            Asset asset = assets.get(name);
            if (asset == null) {
                throw HttpError.notFound("no asset " + name);
            }
            return new Reply(200, asset.contentType(), asset.body(), Map.of("Cache-Control", "public, max-age=3600"));
        }));
    }

    private static byte[] read(String resource) {
        try (InputStream in = AssetRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
