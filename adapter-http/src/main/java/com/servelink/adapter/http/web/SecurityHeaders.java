package com.servelink.adapter.http.web;

import java.util.Map;

/**
 * The headers every page carries. The policy allows scripts, styles and images from this
 * server only: no inline script or handler, no plug-in, no framing. {@code form-action} is
 * left open because buying redirects the form to the payment provider's page.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    private SecurityHeaders() {
    }

    public static Map<String, String> forPages() {
        return Map.of(
                "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                "Referrer-Policy", "same-origin",
                "X-Frame-Options", "DENY");
    }
}
