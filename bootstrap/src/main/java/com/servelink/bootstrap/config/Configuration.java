package com.servelink.bootstrap.config;

import com.servelink.adapter.mail.SmtpSettings;
import com.servelink.domain.billing.PendingPaymentPolicy;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything the process is told by its environment (SPEC §9), checked once at start-up: a
 * mistake stops the process with one message listing every bad variable, rather than surfacing
 * later as a failed payment or an unreachable database.
 *
 * <p>Read it with {@link #fromEnvironment(Map)}. A variable set to an empty or blank value counts as
 * not set; values are trimmed. Secrets ({@code SERVELINK_ADMIN_TOKEN},
 * {@code SERVELINK_PAYMENT_WEBHOOK_SECRET}, {@code SERVELINK_STRIPE_API_KEY},
 * {@code SERVELINK_DB_PASSWORD}) never appear in messages, in {@link #describe()} or in
 * {@link #toString()}; neither do a user or password written inside the database URL.
 *
 * @param httpHost             address the HTTP server listens on
 * @param httpPort             port the HTTP server listens on; 0 asks for a random free port
 * @param dbUrl                JDBC URL, {@code jdbc:h2:…} or {@code jdbc:postgresql:…}
 * @param dbUser               database user; {@code sa} on H2 when not set, absent on PostgreSQL
 * @param dbPassword           database password; empty on H2 when not set, absent on PostgreSQL
 * @param dbPoolSize           connection pool size, 1 to 500
 * @param configuredPublicUrl  {@code SERVELINK_PUBLIC_URL} without trailing slash; see {@link #publicUrl()}
 * @param adminToken           operator bearer token; absent: generated on an empty embedded database
 * @param paymentProvider      who takes payments
 * @param paymentWebhookSecret signing secret of the provider's webhooks; absent: generated for sandbox
 * @param stripeApiKey         Stripe secret key; present whenever the provider is Stripe
 * @param stripeApiBase        base URL of Stripe's API, without trailing slash
 * @param paymentPendingTtl    age after which reconciliation settles a pending payment
 * @param pricingFile          replacement for the catalog in the jar; an existing readable file
 * @param schedulerEnabled     whether this node runs the scheduled jobs
 * @param demoData             whether to create demo data; absent: decided from the database's state
 * @param timeZone             the zone the web pages show dates and times in
 * @param observability        metrics, the metrics port and the log format
 * @param safeguards           rate limits and the key of secrets kept in the database
 * @param httpTimeouts         how long the HTTP server waits on a slow or silent client
 * @param paymentProviderExplicit whether {@code SERVELINK_PAYMENT_PROVIDER} was set (the
 *                             sandbox is the default only on the embedded database)
 * @param schedulerTuning      job schedules, cluster check-in and test delay; see {@link SchedulerTuning}
 * @param outbox               how this node works off the outbox; see {@link OutboxTuning}
 * @param sla                  support's targets and business hours; see {@link SlaSettings}
 * @param webhooks             the SSRF guard's switches of outgoing webhooks; see {@link WebhookSettings}
 * @param smtp                 the SMTP server of the e-mail notifications; absent: e-mail is off; see {@link MailSettings}
 * @param sandbox              how the sandbox provider answers renewal charges; see {@link SandboxSettings}
 * @param invoicing            the seller on the invoices and the VAT rates file; see {@link InvoicingSettings}
 */
public record Configuration(String httpHost, int httpPort,
                            String dbUrl, Optional<String> dbUser, Optional<String> dbPassword, int dbPoolSize,
                            Optional<String> configuredPublicUrl,
                            Optional<String> adminToken,
                            PaymentProvider paymentProvider, Optional<String> paymentWebhookSecret,
                            Optional<String> stripeApiKey, String stripeApiBase,
                            Duration paymentPendingTtl,
                            Optional<Path> pricingFile,
                            boolean schedulerEnabled,
                            Optional<Boolean> demoData,
                            ZoneId timeZone,
                            Observability observability,
                            Safeguards safeguards,
                            HttpTimeouts httpTimeouts,
                            boolean paymentProviderExplicit,
                            SchedulerTuning schedulerTuning,
                            OutboxTuning outbox,
                            SlaSettings sla,
                            WebhookSettings webhooks,
                            Optional<SmtpSettings> smtp,
                            SandboxSettings sandbox,
                            InvoicingSettings invoicing) {

    public static final String HTTP_HOST = "SERVELINK_HTTP_HOST";
    public static final String HTTP_PORT = "SERVELINK_HTTP_PORT";
    public static final String DB_URL = "SERVELINK_DB_URL";
    public static final String DB_USER = "SERVELINK_DB_USER";
    public static final String DB_PASSWORD = "SERVELINK_DB_PASSWORD";
    public static final String DB_POOL_SIZE = "SERVELINK_DB_POOL_SIZE";
    public static final String PUBLIC_URL = "SERVELINK_PUBLIC_URL";
    public static final String ADMIN_TOKEN = "SERVELINK_ADMIN_TOKEN";
    public static final String PAYMENT_PROVIDER = "SERVELINK_PAYMENT_PROVIDER";
    public static final String PAYMENT_WEBHOOK_SECRET = "SERVELINK_PAYMENT_WEBHOOK_SECRET";
    public static final String STRIPE_API_KEY = "SERVELINK_STRIPE_API_KEY";
    public static final String STRIPE_API_BASE = "SERVELINK_STRIPE_API_BASE";
    public static final String PAYMENT_PENDING_TTL = "SERVELINK_PAYMENT_PENDING_TTL";
    public static final String PRICING_FILE = "SERVELINK_PRICING_FILE";
    public static final String SCHEDULER = "SERVELINK_SCHEDULER";
    public static final String DEMO_DATA = "SERVELINK_DEMO_DATA";
    public static final String TIME_ZONE = "SERVELINK_TIME_ZONE";
    public static final String METRICS = "SERVELINK_METRICS";
    public static final String METRICS_PORT = "SERVELINK_METRICS_PORT";
    public static final String LOG_FORMAT = "SERVELINK_LOG_FORMAT";
    public static final String HTTP_READ_TIMEOUT = "SERVELINK_HTTP_READ_TIMEOUT";
    public static final String HTTP_IDLE_TIMEOUT = "SERVELINK_HTTP_IDLE_TIMEOUT";
    public static final String HTTP_NO_REQUEST_TIMEOUT = "SERVELINK_HTTP_NO_REQUEST_TIMEOUT";

    /** Every variable this class reads, in the order of SPEC §9, then the {@link Safeguards}' and {@link MailSettings}' ones. */
    public static final List<String> VARIABLES = Stream.concat(Stream.of(HTTP_HOST, HTTP_PORT,
            DB_URL, DB_USER, DB_PASSWORD, DB_POOL_SIZE, PUBLIC_URL, ADMIN_TOKEN, PAYMENT_PROVIDER,
            PAYMENT_WEBHOOK_SECRET, STRIPE_API_KEY, STRIPE_API_BASE, PAYMENT_PENDING_TTL, PRICING_FILE, SCHEDULER,
            DEMO_DATA, TIME_ZONE, METRICS, METRICS_PORT, LOG_FORMAT, HTTP_READ_TIMEOUT, HTTP_IDLE_TIMEOUT,
            HTTP_NO_REQUEST_TIMEOUT, SchedulerTuning.JOB_SCHEDULES, SchedulerTuning.CHECKIN_INTERVAL,
            SchedulerTuning.TEST_JOB_DELAY), Stream.concat(Stream.concat(OutboxTuning.VARIABLES.stream(),
            SlaSettings.VARIABLES.stream()), Stream.concat(WebhookSettings.VARIABLES.stream(),
            Stream.concat(Safeguards.VARIABLES.stream(), Stream.concat(MailSettings.VARIABLES.stream(),
            Stream.concat(SandboxSettings.VARIABLES.stream(), InvoicingSettings.VARIABLES.stream())))))).toList();

    /** Variables whose values are never shown. */
    public static final List<String> SECRET_VARIABLES =
            List.of(DB_PASSWORD, ADMIN_TOKEN, PAYMENT_WEBHOOK_SECRET, STRIPE_API_KEY, Safeguards.SECRET_KEY,
                    MailSettings.PASSWORD);

    public static final String DEFAULT_HTTP_HOST = "127.0.0.1";
    public static final int DEFAULT_HTTP_PORT = 8000;
    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/servelink";
    public static final String DEFAULT_H2_USER = "sa";
    public static final String DEFAULT_H2_PASSWORD = "";
    public static final int DEFAULT_DB_POOL_SIZE = 10;
    public static final int MAX_DB_POOL_SIZE = 500;
    public static final String DEFAULT_STRIPE_API_BASE = "https://api.stripe.com";
    public static final Duration DEFAULT_PAYMENT_PENDING_TTL = PendingPaymentPolicy.DEFAULT.timeToLive();
    public static final int MIN_ADMIN_TOKEN_LENGTH = 32;
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Paris");

    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._%:\\[\\]-]+");
    private static final Pattern URL_USER_INFO = Pattern.compile("//[^/?#;@]*@");

    /** The payment provider adapters the HTTP module offers. */
    public enum PaymentProvider {
        SANDBOX, STRIPE;

        /** The configuration value: {@code sandbox}, {@code stripe}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Configuration {
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        Objects.requireNonNull(configuredPublicUrl, "configuredPublicUrl");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(paymentProvider, "paymentProvider");
        Objects.requireNonNull(paymentWebhookSecret, "paymentWebhookSecret");
        Objects.requireNonNull(stripeApiKey, "stripeApiKey");
        Objects.requireNonNull(stripeApiBase, "stripeApiBase");
        Objects.requireNonNull(paymentPendingTtl, "paymentPendingTtl");
        Objects.requireNonNull(pricingFile, "pricingFile");
        Objects.requireNonNull(demoData, "demoData");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(observability, "observability");
        Objects.requireNonNull(safeguards, "safeguards");
        Objects.requireNonNull(httpTimeouts, "httpTimeouts");
        Objects.requireNonNull(schedulerTuning, "schedulerTuning");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(invoicing, "invoicing");
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("httpPort must be 0 to 65535");
        }
        if (dbPoolSize < 1 || dbPoolSize > MAX_DB_POOL_SIZE) {
            throw new IllegalArgumentException("dbPoolSize must be 1 to " + MAX_DB_POOL_SIZE);
        }
        if (paymentProvider == PaymentProvider.STRIPE && stripeApiKey.isEmpty()) {
            throw new IllegalArgumentException("the Stripe provider needs an API key");
        }
    }

    /** The embedded default: every variable unset. */
    public static Configuration defaults() {
        return fromEnvironment(Map.of());
    }

    /** Reads {@link System#getenv()}. */
    public static Configuration fromSystemEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Reads and checks every variable of SPEC §9.
     *
     * @throws InvalidConfigurationException naming each bad variable, its value (unless secret)
     *                                       and what is expected
     */
    public static Configuration fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        Problems problems = new Problems();

        String host = read(env, HTTP_HOST).orElse(DEFAULT_HTTP_HOST);
        if (!HOST.matcher(host).matches()) {
            problems.bad(HTTP_HOST, host, "a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0");
        }
        int port = integer(env, HTTP_PORT, DEFAULT_HTTP_PORT, 0, 65_535, problems,
                "a port from 1 to 65535, or 0 for a random free port");

        String dbUrl = read(env, DB_URL).orElse(DEFAULT_DB_URL);
        boolean h2 = dbUrl.startsWith(H2_PREFIX) && dbUrl.length() > H2_PREFIX.length();
        boolean postgres = dbUrl.startsWith(POSTGRES_PREFIX) && dbUrl.length() > POSTGRES_PREFIX.length();
        if (!h2 && !postgres) {
            problems.bad(DB_URL, redactDbUrl(dbUrl),
                    "a JDBC URL starting with jdbc:h2: (embedded) or jdbc:postgresql: (PostgreSQL)");
        }
        Optional<String> dbUser = read(env, DB_USER).or(() -> h2 ? Optional.of(DEFAULT_H2_USER) : Optional.empty());
        Optional<String> dbPassword = read(env, DB_PASSWORD)
                .or(() -> h2 ? Optional.of(DEFAULT_H2_PASSWORD) : Optional.empty());
        int poolSize = integer(env, DB_POOL_SIZE, DEFAULT_DB_POOL_SIZE, 1, MAX_DB_POOL_SIZE, problems,
                "a whole number of connections from 1 to " + MAX_DB_POOL_SIZE);

        Optional<String> publicUrl = read(env, PUBLIC_URL)
                .flatMap(value -> httpUrl(PUBLIC_URL, value, problems));

        Optional<String> adminToken = read(env, ADMIN_TOKEN);
        adminToken.filter(token -> token.length() < MIN_ADMIN_TOKEN_LENGTH)
                .ifPresent(token -> problems.badSecret(ADMIN_TOKEN, token,
                        "at least " + MIN_ADMIN_TOKEN_LENGTH + " characters"));

        PaymentProvider provider = choice(env, PAYMENT_PROVIDER, PaymentProvider.SANDBOX, problems,
                "sandbox or stripe", value -> switch (value) {
                    case "sandbox" -> PaymentProvider.SANDBOX;
                    case "stripe" -> PaymentProvider.STRIPE;
                    default -> null;
                });
        if (postgres && read(env, PAYMENT_PROVIDER).isEmpty()) {
            problems.missing(PAYMENT_PROVIDER, "stripe on PostgreSQL (production), or sandbox set explicitly: "
                    + "the default sandbox lets anyone holding a payment URL activate add-ons for free");
        }
        Optional<String> webhookSecret = read(env, PAYMENT_WEBHOOK_SECRET);
        Optional<String> stripeApiKey = read(env, STRIPE_API_KEY);
        if (provider == PaymentProvider.STRIPE && stripeApiKey.isEmpty()) {
            problems.missing(STRIPE_API_KEY, "the Stripe secret API key, required when "
                    + PAYMENT_PROVIDER + " is stripe");
        }
        String stripeApiBase = read(env, STRIPE_API_BASE)
                .map(value -> httpUrl(STRIPE_API_BASE, value, problems).orElse(DEFAULT_STRIPE_API_BASE))
                .orElse(DEFAULT_STRIPE_API_BASE);

        Duration pendingTtl = read(env, PAYMENT_PENDING_TTL).map(value -> {
            try {
                Duration ttl = Duration.parse(value);
                if (!ttl.isNegative() && !ttl.isZero()) {
                    return ttl;
                }
            } catch (DateTimeParseException unparsable) {
                // reported below
            }
            problems.bad(PAYMENT_PENDING_TTL, value, "a positive ISO-8601 duration such as PT24H or PT30M");
            return DEFAULT_PAYMENT_PENDING_TTL;
        }).orElse(DEFAULT_PAYMENT_PENDING_TTL);

        Optional<Path> pricingFile = read(env, PRICING_FILE).flatMap(value -> readableFile(value, problems));

        boolean scheduler = choice(env, SCHEDULER, Boolean.TRUE, problems, "on or off", value -> switch (value) {
            case "on" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            default -> null;
        });
        Optional<Boolean> demoData = read(env, DEMO_DATA).map(value -> {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                default:
                    problems.bad(DEMO_DATA, value,
                            "true or false, or unset to create demo data only on an empty embedded database");
                    return Boolean.FALSE;
            }
        });

        ZoneId timeZone = read(env, TIME_ZONE).map(value -> {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException unknown) {
                problems.bad(TIME_ZONE, value, "a time zone such as Europe/Paris or UTC");
                return DEFAULT_TIME_ZONE;
            }
        }).orElse(DEFAULT_TIME_ZONE);
        SchedulerTuning schedulerTuning = SchedulerTuning.read(env, problems::bad);
        OutboxTuning outbox = OutboxTuning.read(env, problems::bad);
        SlaSettings sla = SlaSettings.read(env, problems::bad);
        WebhookSettings webhooks = WebhookSettings.read(env, problems::bad);
        Optional<SmtpSettings> smtp = MailSettings.read(env, problems::bad);
        SandboxSettings sandbox = SandboxSettings.read(env, problems::bad);
        InvoicingSettings invoicing = InvoicingSettings.read(env, problems::bad);

        Observability observability = observability(env, port, problems);
        Safeguards safeguards = Safeguards.fromEnvironment(env, problems.found);
        HttpTimeouts timeouts = new HttpTimeouts(
                timeout(env, HTTP_READ_TIMEOUT, HttpTimeouts.DEFAULTS.read(), problems),
                timeout(env, HTTP_IDLE_TIMEOUT, HttpTimeouts.DEFAULTS.idle(), problems),
                timeout(env, HTTP_NO_REQUEST_TIMEOUT, HttpTimeouts.DEFAULTS.noRequest(), problems));

        problems.throwIfAny();
        return new Configuration(host, port, dbUrl, dbUser, dbPassword, poolSize, publicUrl, adminToken,
                provider, webhookSecret, stripeApiKey, stripeApiBase, pendingTtl, pricingFile, scheduler,
                demoData, timeZone, observability, safeguards, timeouts, read(env, PAYMENT_PROVIDER).isPresent(),
                schedulerTuning, outbox, sla, webhooks, smtp, sandbox, invoicing);
    }

    private static Observability observability(Map<String, String> env, int httpPort, Problems problems) {
        boolean metrics = choice(env, METRICS, Boolean.TRUE, problems, "on or off", value -> switch (value) {
            case "on" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            default -> null;
        });
        OptionalInt metricsPort = OptionalInt.empty();
        if (read(env, METRICS_PORT).isPresent()) {
            int chosen = integer(env, METRICS_PORT, 0, 0, 65_535, problems,
                    "a port from 1 to 65535 (or 0 for a random free port) other than " + HTTP_PORT + "'s");
            if (chosen != 0 && chosen == httpPort) {
                problems.bad(METRICS_PORT, String.valueOf(chosen), "a port other than " + HTTP_PORT + "'s");
            } else if (!metrics) {
                problems.bad(METRICS_PORT, String.valueOf(chosen), "unset while " + METRICS + " is off");
            }
            metricsPort = OptionalInt.of(chosen);
        }
        // exactly as written: logback.xml picks its appender by this very name
        Observability.LogFormat format = read(env, LOG_FORMAT).map(value -> switch (value) {
            case "text" -> Observability.LogFormat.TEXT;
            case "json" -> Observability.LogFormat.JSON;
            default -> {
                problems.bad(LOG_FORMAT, value, "text or json (lower case)");
                yield Observability.LogFormat.TEXT;
            }
        }).orElse(Observability.LogFormat.TEXT);
        return new Observability(metrics, metricsPort, format);
    }

    /**
     * The {@code SERVELINK_*} variables of {@code env} this class does not know, so start-up can warn
     * about a misspelt name that would otherwise be ignored without a word.
     */
    public static List<String> unrecognizedVariables(Map<String, String> env) {
        return env.keySet().stream()
                .filter(name -> name.startsWith("SERVELINK_") && !VARIABLES.contains(name))
                .sorted().collect(Collectors.toList());
    }

    /**
     * Base of the links handed to users, without trailing slash: {@code SERVELINK_PUBLIC_URL} when
     * set, else {@code http://localhost:<port>} (after {@link #withHttpPort} once a random port is bound).
     */
    public String publicUrl() {
        return configuredPublicUrl.orElse("http://localhost:" + httpPort);
    }

    /** The same configuration on another port: the one actually bound when 0 asked for a random one. */
    public Configuration withHttpPort(int port) {
        return new Configuration(httpHost, port, dbUrl, dbUser, dbPassword, dbPoolSize, configuredPublicUrl,
                adminToken, paymentProvider, paymentWebhookSecret, stripeApiKey, stripeApiBase, paymentPendingTtl,
                pricingFile, schedulerEnabled, demoData, timeZone, observability, safeguards, httpTimeouts,
                paymentProviderExplicit, schedulerTuning, outbox, sla, webhooks, smtp, sandbox, invoicing);
    }

    /**
     * What an operator should know at start-up though the configuration is valid: the sandbox
     * provider chosen on PostgreSQL, where payments are free for anyone holding their URL.
     */
    public List<String> startupWarnings() {
        List<String> warnings = new java.util.ArrayList<>();
        if (isPostgres() && paymentProvider == PaymentProvider.SANDBOX) {
            warnings.add(PAYMENT_PROVIDER + "=sandbox on PostgreSQL: payments are simulated, anyone holding a "
                    + "payment URL can activate an add-on for free; use stripe in production");
        }
        if (isPostgres() && invoicing.seller().equals(InvoicingSettings.DEFAULTS.seller())) {
            warnings.add(InvoicingSettings.SELLER_NAME + ", " + InvoicingSettings.SELLER_ADDRESS + " and "
                    + InvoicingSettings.SELLER_VAT_ID + " are not set on PostgreSQL: invoices print the placeholder "
                    + "seller " + invoicing.sellerOnOneLine());
        }
        return List.copyOf(warnings);
    }

    /** True on an H2 URL: the embedded single-process database of the default run. */
    public boolean isEmbeddedDefault() {
        return dbUrl.startsWith(H2_PREFIX);
    }

    /** True on an in-memory H2 URL: nothing the process stores outlives it. */
    public boolean isInMemory() {
        return dbUrl.startsWith(H2_PREFIX + "mem:");
    }

    /** True on a PostgreSQL URL: the shared database of the clustered production run. */
    public boolean isPostgres() {
        return dbUrl.startsWith(POSTGRES_PREFIX);
    }

    /** The database URL without any user or password written in it, fit for logs. */
    public String dbUrlForDisplay() {
        return redactDbUrl(dbUrl);
    }

    /** The one start-up line of SPEC §9: address, database and payment provider, without secrets. */
    public String describe() {
        return "listening on " + hostForUrl(httpHost) + ":" + httpPort + " (public URL " + publicUrl() + ")"
                + ", database " + dbUrlForDisplay() + (isPostgres() ? " (PostgreSQL)" : " (H2, embedded)")
                + ", payment provider " + paymentProvider.code()
                + ", scheduler " + (schedulerEnabled ? "on" : "off");
    }

    /** Like {@link #describe()}, with whether each secret is set; a record's default would print them. */
    @Override
    public String toString() {
        return "Configuration[" + describe()
                + ", pool " + dbPoolSize
                + ", db user " + (dbUser.isPresent() ? "set" : "unset")
                + ", db password " + (dbPassword.isPresent() ? "set" : "unset")
                + ", admin token " + (adminToken.isPresent() ? "set" : "unset")
                + ", webhook secret " + (paymentWebhookSecret.isPresent() ? "set" : "unset")
                + ", Stripe API key " + (stripeApiKey.isPresent() ? "set" : "unset")
                + ", Stripe API base " + stripeApiBase
                + ", pending TTL " + paymentPendingTtl
                + ", pricing file " + pricingFile.map(Path::toString).orElse("(in the jar)")
                + ", HTTP timeouts read " + httpTimeouts.read() + " idle " + httpTimeouts.idle()
                + " no request " + httpTimeouts.noRequest()
                + ", e-mail " + smtp.map(SmtpSettings::toString).orElse("off")
                + ", demo data " + demoData.map(String::valueOf).orElse("(decided at start)") + "]";
    }

    /**
     * Removes what could be a credential from a JDBC URL: {@code user:password@} before the host,
     * and {@code user}, {@code password} and similar parameters after {@code ?} or {@code ;}.
     */
    static String redactDbUrl(String url) {
        String withoutUserInfo = URL_USER_INFO.matcher(url).replaceAll("//");
        int query = withoutUserInfo.indexOf('?');
        String head = query < 0 ? withoutUserInfo : withoutUserInfo.substring(0, query);
        String[] segments = head.split(";", -1);
        StringBuilder out = new StringBuilder(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            if (!isCredentialParameter(segments[i])) {
                out.append(';').append(segments[i]);
            }
        }
        if (query >= 0) {
            String kept = Arrays.stream(withoutUserInfo.substring(query + 1).split("&"))
                    .filter(parameter -> !parameter.isEmpty() && !isCredentialParameter(parameter))
                    .collect(Collectors.joining("&"));
            if (!kept.isEmpty()) {
                out.append('?').append(kept);
            }
        }
        return out.toString();
    }

    private static boolean isCredentialParameter(String parameter) {
        String key = parameter.split("=", 2)[0].trim().toLowerCase(Locale.ROOT);
        return key.equals("user") || key.equals("username") || key.contains("password")
                || key.contains("secret") || key.contains("token");
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static Optional<String> read(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max,
                               Problems problems, String expected) {
        Optional<String> value = read(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.bad(name, value.get(), expected);
        return fallback;
    }

    /** A positive ISO-8601 duration of whole milliseconds, at most 24 days (Undertow counts in int ms). */
    private static Duration timeout(Map<String, String> env, String name, Duration fallback, Problems problems) {
        Optional<String> value = read(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            Duration timeout = Duration.parse(value.get());
            if (!timeout.isNegative() && timeout.toMillis() > 0 && timeout.toMillis() <= Integer.MAX_VALUE) {
                return timeout;
            }
        } catch (DateTimeParseException | ArithmeticException unparsable) {
            // reported below
        }
        problems.bad(name, value.get(), "a positive ISO-8601 duration under 24 days, such as PT30S or PT2M");
        return fallback;
    }

    private static <T> T choice(Map<String, String> env, String name, T fallback, Problems problems,
                                String expected, Function<String, T> parse) {
        Optional<String> value = read(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        T chosen = parse.apply(value.get().toLowerCase(Locale.ROOT));
        if (chosen == null) {
            problems.bad(name, value.get(), expected);
            return fallback;
        }
        return chosen;
    }

    /** An absolute http(s) URL with a host and no query or fragment, trailing slashes removed. */
    private static Optional<String> httpUrl(String name, String value, Problems problems) {
        String expected = "an absolute http:// or https:// URL with a host and no query, such as https://billing.example.com";
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                String url = value;
                while (url.endsWith("/")) {
                    url = url.substring(0, url.length() - 1);
                }
                return Optional.of(url);
            }
        } catch (URISyntaxException unparsable) {
            // reported below
        }
        problems.bad(name, value, expected);
        return Optional.empty();
    }

    private static Optional<Path> readableFile(String value, Problems problems) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            problems.bad(PRICING_FILE, value, "the path of a readable pricing-specs.json file");
            return Optional.empty();
        }
        if (!Files.exists(path)) {
            problems.bad(PRICING_FILE, value, "an existing pricing-specs.json file; nothing is at "
                    + path.toAbsolutePath());
        } else if (!Files.isRegularFile(path)) {
            problems.bad(PRICING_FILE, value, "a pricing-specs.json file, not a directory or device");
        } else if (!Files.isReadable(path)) {
            problems.bad(PRICING_FILE, value, "a file this process may read; permission is denied");
        } else {
            return Optional.of(path);
        }
        return Optional.empty();
    }

    /** Every problem found, in the order the variables are read. */
    private static final class Problems {
        private final List<String> found = new ArrayList<>();

        void bad(String name, String value, String expected) {
            found.add(name + "=\"" + value + "\": expected " + expected);
        }

        void badSecret(String name, String value, String expected) {
            found.add(name + " (value hidden, " + value.length() + " characters): expected " + expected);
        }

        void missing(String name, String expected) {
            found.add(name + " is not set: expected " + expected);
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidConfigurationException("invalid configuration", found);
            }
        }
    }
}
