package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.error.HttpError;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.application.port.out.StorageUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Operation and documentation: liveness, readiness (the database answers), the OpenAPI
 * document and Swagger UI, served from the swagger-ui webjar.
 */
public final class SystemRoutes {
    public static final String SWAGGER_UI_VERSION = "5.34.1";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI_VERSION + "/";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "application/javascript",
            "swagger-ui-standalone-preset.js", "application/javascript",
            "favicon-32x32.png", "image/png");

    private static final String INIT_SCRIPT = "swagger-init.js";
    private static final String SWAGGER_INIT = "window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui',"
            + " presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout'});\n";
    /**
     * The pages' policy (no inline or foreign script), but for styles: Swagger UI sets inline
     * styles, which {@code style-src 'self'} would block.
     */
    private static final Map<String, String> DOCS_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
            "Referrer-Policy", "same-origin");

    private final BooleanSupplier databaseReady;
    private final byte[] openApi;

    public SystemRoutes(BooleanSupplier databaseReady) {
        this.databaseReady = databaseReady;
        this.openApi = resource("openapi.json");
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/health", Access.PUBLIC, call -> Reply.ok(Map.of("status", "ok"))),
                new Route("GET", "/ready", Access.PUBLIC, this::ready),
                new Route("GET", "/openapi.json", Access.PUBLIC,
                        call -> new Reply(200, Reply.JSON, openApi, Map.of())),
                new Route("GET", "/docs", Access.PUBLIC, call -> new Reply(200, "text/html; charset=utf-8",
                        swaggerPage().getBytes(StandardCharsets.UTF_8), DOCS_HEADERS)),
                new Route("GET", "/docs/{asset}", Access.PUBLIC, this::asset));
    }

    private Reply ready(Call call) {
        if (!databaseReady.getAsBoolean()) {
            throw new StorageUnavailableException(null);
        }
        return Reply.ok(Map.of("status", "ready"));
    }

    private Reply asset(Call call) {
        String name = call.path("asset");
        if (name.equals(INIT_SCRIPT)) {
            return new Reply(200, "application/javascript", SWAGGER_INIT.getBytes(StandardCharsets.UTF_8),
                    Map.of());
        }
        String type = ASSETS.get(name);
        if (type == null) {
            throw HttpError.notFound("no documentation asset " + name);
        }
        return new Reply(200, type, resource(WEBJAR + name), Map.of());
    }

    private static String swaggerPage() {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Servelink API</title>
                <link rel="stylesheet" href="/docs/swagger-ui.css"><link rel="icon" href="/docs/favicon-32x32.png">
                </head><body><div id="swagger-ui"></div>
                <script src="/docs/swagger-ui-bundle.js"></script>
                <script src="/docs/swagger-ui-standalone-preset.js"></script>
                <!-- SwaggerUIBundle is started by /docs/swagger-init.js: the policy allows no inline script -->
                <script src="/docs/swagger-init.js"></script>
                </body></html>
                """;
    }

    private static byte[] resource(String path) {
        try (InputStream in = SystemRoutes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
