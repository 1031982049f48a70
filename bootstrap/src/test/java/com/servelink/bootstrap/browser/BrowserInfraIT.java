package com.servelink.bootstrap.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves the browser-test infrastructure on the running jar, on H2 and on PostgreSQL: Chromium
 * starts, takes screenshots, runs axe-core (on a page under a strict Content-Security-Policy
 * too), and reports console errors, CSP violations and failed loads.
 */
class BrowserInfraIT {
    private static final ObjectMapper JSON = new ObjectMapper();
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
    void the_jar_on_h2_serves_pages_the_browser_can_check() throws IOException {
        long start = System.nanoTime();
        try (JarServer server = JarServer.h2()) {
            System.out.printf("jar on h2 started in %d ms%n", millisSince(start));
            visitJarPages(server, "h2");
        }
    }

    @Test
    void the_jar_on_postgres_serves_pages_the_browser_can_check() throws IOException {
        long start = System.nanoTime();
        try (JarServer server = JarServer.postgres()) {
            System.out.printf("jar on postgres started in %d ms%n", millisSince(start));
            visitJarPages(server, "postgres");
        }
    }

    private static void visitJarPages(JarServer server, String database) throws IOException {
        assertThat(server.ownerToken()).startsWith("slk_");
        assertThat(server.memberToken()).startsWith("slk_");
        assertThat(server.staffToken()).startsWith("slk_");
        assertThat(server.base()).isEqualTo("http://localhost:" + server.port());
        assertThat(server.output()).anyMatch(line -> line.contains("Servelink listening"));
        JarServer.ApiReply team = server.api("POST", "/api/admin/teams", server.adminToken(),
                "{\"slug\": \"second-team\", \"name\": \"Second team\", \"plan\": \"free\"}");
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        JarServer.ApiReply purchase = server.api("POST", "/api/resources/my-team/purchase", server.ownerToken(),
                "{\"resource_type\": \"ram\", \"quantity\": 2}");
        assertThat(purchase.status()).as(purchase.toString()).isEqualTo(201);
        String paymentUrl = JSON.readTree(purchase.body()).path("payment_url").asText();
        assertThat(paymentUrl).startsWith(server.base() + "/sandbox/checkout/pm_");

        browser.consoleErrors();
        browser.open(paymentUrl);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Paiement (sandbox)");
        report(database + "-sandbox-checkout");

        browser.open(server.base() + "/docs");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#swagger-ui .info")));
        report(database + "-docs");

        browser.open(paymentUrl);
        browser.driver().findElement(By.cssSelector("form[action$='/pay'] button")).click();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Paiement accepté");
        JsonNode payment = JSON.readTree(server.api("GET", "/api/payments/my-team/"
                + JSON.readTree(purchase.body()).path("payment_id").asText(), server.memberToken(), null).body());
        assertThat(payment.path("status").asText()).isEqualTo("completed");
        report(database + "-sandbox-paid");
    }

    /** Screenshot, axe and console of the current page, printed: these pages predate the checks. */
    private static void report(String name) {
        Path shot = browser.screenshot(name);
        long start = System.nanoTime();
        List<Browser.Violation> violations = browser.axeViolations();
        long axe = millisSince(start);
        List<String> errors = browser.consoleErrors();
        System.out.printf("%s: axe in %d ms, %d serious violation(s)%s; %d console error(s)%s; screenshot %s (%d bytes)%n",
                name, axe, violations.size(), violations.isEmpty() ? "" : " " + violations, errors.size(),
                errors.isEmpty() ? "" : " " + errors, shot, size(shot));
        assertThat(shot).exists();
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

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
