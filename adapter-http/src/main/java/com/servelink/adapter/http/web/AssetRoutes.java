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
 * The pages' own stylesheet and script, from the jar (no CDN: the pages work offline). Read
 * once at start; each is cached by browsers for an hour.
 */
final class AssetRoutes {
    private static final Map<String, String> TYPES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, byte[]> assets;

    AssetRoutes() {
        this.assets = Map.of("app.css", read("app.css"), "app.js", read("app.js"), "favicon.svg", read("favicon.svg"));
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/assets/{name}", Access.PUBLIC, call -> {
            String name = call.path("name");
            byte[] body = assets.get(name);
            if (body == null) {
                throw HttpError.notFound("no asset " + name);
            }
            return new Reply(200, TYPES.get(name), body, Map.of("Cache-Control", "public, max-age=3600"));
        }));
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetRoutes.class.getClassLoader().getResourceAsStream("web/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
