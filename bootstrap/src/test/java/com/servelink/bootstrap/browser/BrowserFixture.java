package com.servelink.bootstrap.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.NoAlertPresentException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A browser test class: one jar and one Chromium for the class, on the database its subclass
 * names; each test starts signed out. Holds what every page check needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserFixture {
    JarServer server;
    Browser browser;

    /** The screenshots' prefix: {@code h2} or {@code pg}. */
    abstract String database();

    abstract JarServer startServer();

    /** What the class's tests need in the database before the first one runs. */
    void seed() {
    }

    @BeforeAll
    void start() {
        server = startServer();
        browser = new Browser();
        seed();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signOut() {
        browser.deleteAllCookies();
        browser.consoleErrors();
    }

    void signIn(String token) {
        browser.open(server.base() + "/login");
        browser.find("#token").sendKeys(token);
        browser.clickAndWait(browser.find("form[action='/login'] button[type=submit]"));
    }

    /** What every page must pass: no alert, no console error, no serious accessibility violation; then its screenshot. */
    void checkPage(String name) {
        checkPage(name, 200);
    }

    /** As {@link #checkPage(String)} for a page answered with {@code status} (a refused form's 422, a 403, a 404). */
    void checkPage(String name, int status) {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).as("a script ran on " + browser.url())
                .isInstanceOf(NoAlertPresentException.class);
        browser.assertNoConsoleErrors(status);
        browser.assertNoSeriousAccessibilityViolations();
        browser.screenshot(database() + "-" + name);
    }
}
