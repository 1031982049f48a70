package com.servelink.bootstrap.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.net.PortProber;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A headless Debian Chromium driven by its chromedriver, one per test class (open it in
 * {@code @BeforeAll}, close it in {@code @AfterAll}), with the checks every browser test makes:
 * no console errors, no serious accessibility violations (axe-core), and screenshots to look at.
 */
public final class Browser implements AutoCloseable {
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";
    /** Relative to the working directory of failsafe: the bootstrap module. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern SCREENSHOT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> SERIOUS = Set.of("serious", "critical");
    private static final int TARGETS_SHOWN = 5;
    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRIVER_START_TIMEOUT = Duration.ofSeconds(20);

    /**
     * Runs axe on the whole document and hands back the violations as plain objects; only
     * violations are collected in full ({@code resultTypes}), which keeps a run short.
     */
    private static final String RUN_AXE = """
            const shown = arguments[0];
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(
              results => done({violations: results.violations.map(v => ({
                id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.length,
                targets: v.nodes.slice(0, shown).map(n => n.target.join(' >>> '))}))}),
              error => done({error: String(error && error.stack || error)}));
            """;

    private static volatile String axeSource;

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;

    /** Starts Chromium: two to three seconds here, so one browser serves a whole test class. */
    public Browser() {
        start();
    }

    private void start() {
        try {
            profile = Files.createTempDirectory("servelink-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        // a French reader, as most of the platform's customers: the pages' default language
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // An explicit driver keeps Selenium Manager, which would go to the network, out of the way;
        // the constructor rather than ChromeDriverService.Builder, whose @AutoService annotation
        // (a class not on our classpath) makes javac warn.
        int port = PortProber.findFreePort();
        try {
            service = new ChromeDriverService(CHROMEDRIVER, port, DRIVER_START_TIMEOUT, List.of("--port=" + port),
                    Map.of());
            service.sendOutputTo(OutputStream.nullOutputStream()); // its start-up banner, on every session
        } catch (IOException e) {
            deleteRecursively(profile);
            throw new UncheckedIOException(e);
        }
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
        driver.manage().timeouts().implicitlyWait(Duration.ZERO).pageLoadTimeout(PAGE_LOAD_TIMEOUT)
                .scriptTimeout(SCRIPT_TIMEOUT);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} and waits for its load event. */
    /** Waits up to 15 s for a condition of the page. */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /**
     * Clicks what submits a form or follows a link, and waits for the next page to load: the old
     * document carries a mark the new one lacks (asking whether the old {@code <html>} went stale
     * races with Chromium's own clean-up and fails now and then).
     */
    public void clickAndWait(WebElement element) {
        driver.executeScript("window.__servelinkLeaving = true;");
        element.click();
        waiting().ignoring(org.openqa.selenium.WebDriverException.class).until(d -> Boolean.TRUE.equals(
                driver.executeScript(
                        "return window.__servelinkLeaving === undefined && document.readyState === 'complete';")));
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Saves what the window shows as {@code target/screenshots/<name>.png} and returns the
     * file; the name is a plain file name, without extension.
     */
    public Path screenshot(String name) {
        if (!SCREENSHOT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, fullPage());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only the window: DevTools' capture beyond the viewport. */
    @SuppressWarnings("unchecked")
    private byte[] fullPage() {
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width.intValue(), "height", height.intValue(),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    /**
     * The SEVERE entries of the browser console since the last call (reading them empties the
     * driver's buffer): uncaught script errors, {@code console.error}, Content-Security-Policy
     * violations and resources that failed to load, {@code /favicon.ico} included when a page
     * names no icon. Entries arrive asynchronously: one from a late request may show up only at
     * the next call.
     */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Fails with every console error since the last read, if there is any. */
    public void assertNoConsoleErrors() {
        assertNoConsoleErrors(200);
    }

    /**
     * As {@link #assertNoConsoleErrors()} for a page answered with {@code status}: Chromium logs a
     * document answered 4xx (a refused form's 422, a 403, a 404) as a failed load, which is the
     * answer meant, not an error of the page; anything else still fails.
     */
    public void assertNoConsoleErrors(int status) {
        String ownStatus = driver.getCurrentUrl() + " - Failed to load resource: the server responded with a status of "
                + status + " ";
        List<String> errors = consoleErrors().stream().filter(line -> status < 400 || !line.startsWith(ownStatus))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " browser console error(s) on " + driver.getCurrentUrl()
                    + ":\n  " + String.join("\n  ", errors));
        }
    }

    /** An accessibility rule the page breaks, with the selectors of its first offending elements. */
    public record Violation(String id, String impact, String help, int nodes, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " (" + nodes + " element(s): " + String.join(", ", targets)
                    + (nodes > targets.size() ? ", ..." : "") + ")";
        }
    }

    /**
     * Runs axe-core on the current page and returns its serious and critical violations.
     * WebDriver's scripts are not subject to the page's Content-Security-Policy, so axe runs on
     * pages whose policy forbids inline and foreign scripts.
     */
    @SuppressWarnings("unchecked")
    public List<Violation> axeViolations() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(axeSource());
        }
        Map<String, Object> outcome = (Map<String, Object>) driver.executeAsyncScript(RUN_AXE, TARGETS_SHOWN);
        if (outcome.containsKey("error")) {
            throw new IllegalStateException("axe failed on " + driver.getCurrentUrl() + ": " + outcome.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) outcome.get("violations")) {
            if (SERIOUS.contains((String) v.get("impact"))) {
                violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        ((Number) v.get("nodes")).intValue(), List.copyOf((List<String>) v.get("targets"))));
            }
        }
        return violations;
    }

    /** Fails, listing them, if axe finds serious or critical violations on the current page. */
    public void assertNoSeriousAccessibilityViolations() {
        List<Violation> violations = axeViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " serious accessibility violation(s) on "
                    + driver.getCurrentUrl() + ":\n  " + violations.stream().map(Violation::toString)
                    .collect(Collectors.joining("\n  ")));
        }
    }

    /**
     * Signs out: removes every cookie the browser holds, whatever its domain (WebDriver's own
     * call only reaches the current page's domain).
     */
    public void deleteAllCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /**
     * Replaces the browser by a new one on a new profile: no cookies, no storage, no cache, no
     * history, at the price of a Chromium start.
     */
    public void newSession() {
        stop();
        start();
    }

    private static String axeSource() {
        String source = axeSource;
        if (source == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            axeSource = source;
        }
        return source;
    }

    private void stop() {
        try {
            driver.quit();
        } finally {
            driver = null;
            service.stop();
            deleteRecursively(profile);
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            stop();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // Chromium may still be writing to its profile as it exits; a leftover is harmless
        }
    }
}
