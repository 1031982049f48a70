package com.servelink.bootstrap.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves that the browser checks the page tests rely on can fail: console errors, blocked inline
 * scripts (CSP), failed loads and uncaught errors are reported, axe-core runs under a strict
 * Content-Security-Policy, and signing out by deleting cookies or by a new profile leaves nothing.
 */
class BrowserChecksIT {
    /** The policy our own pages are to send. */
    private static final String STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
    private static final String STRICT_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP fixture</title></head>
            <body><main><h1>Strict page</h1><p>Text.</p></main>
            <script>document.title = 'inline ran';</script>
            <script src="/missing.js"></script>
            <script src="/throws.js"></script>
            </body></html>
            """;

    private static Browser browser;
    private static HttpServer fixture;

    @BeforeAll
    static void startBrowser() throws IOException {
        long start = System.nanoTime();
        browser = new Browser();
        System.out.printf("Chromium started in %d ms%n", millisSince(start));
        fixture = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fixture.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = 200;
            String type = "text/html; charset=utf-8";
            String body;
            if (path.equals("/strict")) {
                exchange.getResponseHeaders().add("Content-Security-Policy", STRICT_CSP);
                exchange.getResponseHeaders().add("Set-Cookie", "session=fixture; Path=/; HttpOnly; SameSite=Lax");
                body = STRICT_PAGE;
            } else if (path.equals("/throws.js")) {
                type = "text/javascript";
                body = "throw new Error('thrown by throws.js');";
            } else {
                status = 404;
                body = "not found";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        fixture.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (fixture != null) {
            fixture.stop(0);
        }
    }

    @Test
    void console_errors_script_errors_csp_violations_and_failed_loads_are_caught() {
        browser.consoleErrors();
        browser.open("data:text/html,<title>t</title><script>console.error('logged by the page')</script>");
        assertThat(browser.consoleErrors()).anyMatch(line -> line.contains("logged by the page"));
        assertThat(browser.consoleErrors()).as("read once").isEmpty();

        browser.open("http://localhost:" + fixture.getAddress().getPort() + "/strict");
        assertThat(browser.driver().getTitle()).as("the inline script was blocked").isEqualTo("CSP fixture");
        List<String> errors = browser.consoleErrors();
        System.out.println("strict page console: " + errors);
        assertThat(errors).anyMatch(line -> line.contains("Content Security Policy"));
        assertThat(errors).anyMatch(line -> line.contains("/missing.js") && line.contains("404"));
        assertThat(errors).anyMatch(line -> line.contains("thrown by throws.js"));

        long start = System.nanoTime();
        List<Browser.Violation> violations = browser.axeViolations();
        System.out.printf("strict page: axe (injected under CSP) in %d ms: %s%n", millisSince(start), violations);
        assertThat(violations).isEmpty();
        browser.assertNoSeriousAccessibilityViolations();
        assertThat(browser.consoleErrors()).as("axe itself is not blocked by the policy").isEmpty();

        browser.driver().navigate().refresh();
        assertThatThrownBy(browser::assertNoConsoleErrors).isInstanceOf(AssertionError.class)
                .hasMessageContaining("browser console error(s) on http://localhost:")
                .hasMessageContaining("thrown by throws.js");
    }

    @Test
    void deleting_cookies_and_a_new_session_sign_out() {
        String strict = "http://localhost:" + fixture.getAddress().getPort() + "/strict";
        browser.open(strict);
        assertThat(browser.driver().manage().getCookieNamed("session")).extracting(Cookie::getValue)
                .isEqualTo("fixture");
        browser.deleteAllCookies();
        assertThat(browser.driver().manage().getCookies()).isEmpty();

        browser.open(strict);
        browser.driver().executeScript("localStorage.setItem('k', 'v');");
        long start = System.nanoTime();
        browser.newSession();
        System.out.printf("new session (Chromium restart) in %d ms%n", millisSince(start));
        browser.open("http://localhost:" + fixture.getAddress().getPort() + "/nothing");
        assertThat(browser.driver().manage().getCookies()).isEmpty();
        assertThat(browser.driver().executeScript("return localStorage.getItem('k');")).isNull();
        assertThat(browser.consoleErrors()).as("only this page's failed loads, none of the old session's")
                .anyMatch(line -> line.contains("/nothing") && line.contains("404"))
                .noneMatch(line -> line.contains("throws.js"));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
