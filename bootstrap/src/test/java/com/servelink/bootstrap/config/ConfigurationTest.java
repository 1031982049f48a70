package com.servelink.bootstrap.config;

import com.servelink.bootstrap.config.Configuration.PaymentProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationTest {

    private static final String TOKEN = "adm-0123456789abcdef0123456789abcdef";
    private static final String WEBHOOK_SECRET = "whsec_topsecret_9f8e7d";
    private static final String STRIPE_KEY = "sk_test_verysecret_4242";
    private static final String DB_PASSWORD = "hunter2-db-pass";

    @Nested
    class Defaults {
        private final Configuration config = Configuration.defaults();

        @Test
        void theEmbeddedDefaultNeedsNoVariable() {
            assertThat(config.httpHost()).isEqualTo("127.0.0.1");
            assertThat(config.httpPort()).isEqualTo(8000);
            assertThat(config.dbUrl()).isEqualTo("jdbc:h2:file:./data/servelink");
            assertThat(config.dbUser()).contains("sa");
            assertThat(config.dbPassword()).contains("");
            assertThat(config.dbPoolSize()).isEqualTo(10);
            assertThat(config.publicUrl()).isEqualTo("http://localhost:8000");
            assertThat(config.configuredPublicUrl()).isEmpty();
            assertThat(config.adminToken()).isEmpty();
            assertThat(config.paymentProvider()).isEqualTo(PaymentProvider.SANDBOX);
            assertThat(config.paymentWebhookSecret()).isEmpty();
            assertThat(config.stripeApiKey()).isEmpty();
            assertThat(config.stripeApiBase()).isEqualTo("https://api.stripe.com");
            assertThat(config.paymentPendingTtl()).isEqualTo(Duration.ofHours(24));
            assertThat(config.pricingFile()).isEmpty();
            assertThat(config.schedulerEnabled()).isTrue();
            assertThat(config.demoData()).isEmpty();
            assertThat(config.isEmbeddedDefault()).isTrue();
            assertThat(config.isPostgres()).isFalse();
            assertThat(config.observability()).isEqualTo(Observability.DEFAULT);
            assertThat(Observability.DEFAULT.metrics()).isTrue();
            assertThat(Observability.DEFAULT.metricsPort()).isEmpty();
            assertThat(Observability.DEFAULT.logFormat()).isEqualTo(Observability.LogFormat.TEXT);
            assertThat(config.httpTimeouts()).isEqualTo(new HttpTimeouts(Duration.ofSeconds(30),
                    Duration.ofSeconds(120), Duration.ofSeconds(60)));
            assertThat(config.paymentProviderExplicit()).isFalse();
        }

        @Test
        void readsTheHttpTimeouts() {
            Configuration set = Configuration.fromEnvironment(Map.of(Configuration.HTTP_READ_TIMEOUT, "PT5S",
                    Configuration.HTTP_IDLE_TIMEOUT, "PT2M", Configuration.HTTP_NO_REQUEST_TIMEOUT, "PT0.5S"));
            assertThat(set.httpTimeouts()).isEqualTo(new HttpTimeouts(Duration.ofSeconds(5), Duration.ofMinutes(2),
                    Duration.ofMillis(500)));
        }

        @Test
        void describesItselfOnOneLine() {
            assertThat(config.describe()).isEqualTo("listening on 127.0.0.1:8000 (public URL http://localhost:8000),"
                    + " database jdbc:h2:file:./data/servelink (H2, embedded), payment provider sandbox, scheduler on");
        }

        @Test
        void blankValuesCountAsUnset() {
            Configuration blank = Configuration.fromEnvironment(Map.of(
                    Configuration.HTTP_PORT, "", Configuration.DB_URL, "  ", Configuration.ADMIN_TOKEN, ""));
            assertThat(blank).isEqualTo(config);
        }
    }

    @Nested
    class ValidValues {
        @Test
        void readsEveryVariable(@TempDir Path dir) throws IOException {
            Path pricing = Files.writeString(dir.resolve("pricing-specs.json"), "{}");
            Map<String, String> env = new HashMap<>();
            env.put(Configuration.HTTP_HOST, "0.0.0.0");
            env.put(Configuration.HTTP_PORT, "9090");
            env.put(Configuration.DB_URL, "jdbc:postgresql://db.internal:5432/servelink");
            env.put(Configuration.DB_USER, "servelink");
            env.put(Configuration.DB_PASSWORD, DB_PASSWORD);
            env.put(Configuration.DB_POOL_SIZE, "40");
            env.put(Configuration.PUBLIC_URL, "https://billing.example.com/");
            env.put(Configuration.ADMIN_TOKEN, TOKEN);
            env.put(Configuration.PAYMENT_PROVIDER, "stripe");
            env.put(Configuration.PAYMENT_WEBHOOK_SECRET, WEBHOOK_SECRET);
            env.put(Configuration.STRIPE_API_KEY, STRIPE_KEY);
            env.put(Configuration.STRIPE_API_BASE, "http://localhost:12111/");
            env.put(Configuration.PAYMENT_PENDING_TTL, "PT30M");
            env.put(Configuration.PRICING_FILE, pricing.toString());
            env.put(Configuration.SCHEDULER, "OFF");
            env.put(Configuration.DEMO_DATA, "true");

            Configuration config = Configuration.fromEnvironment(env);

            assertThat(config.httpHost()).isEqualTo("0.0.0.0");
            assertThat(config.httpPort()).isEqualTo(9090);
            assertThat(config.isPostgres()).isTrue();
            assertThat(config.isEmbeddedDefault()).isFalse();
            assertThat(config.dbUser()).contains("servelink");
            assertThat(config.dbPassword()).contains(DB_PASSWORD);
            assertThat(config.dbPoolSize()).isEqualTo(40);
            assertThat(config.publicUrl()).isEqualTo("https://billing.example.com");
            assertThat(config.adminToken()).contains(TOKEN);
            assertThat(config.paymentProvider()).isEqualTo(PaymentProvider.STRIPE);
            assertThat(config.paymentWebhookSecret()).contains(WEBHOOK_SECRET);
            assertThat(config.stripeApiKey()).contains(STRIPE_KEY);
            assertThat(config.stripeApiBase()).isEqualTo("http://localhost:12111");
            assertThat(config.paymentPendingTtl()).isEqualTo(Duration.ofMinutes(30));
            assertThat(config.pricingFile()).contains(pricing);
            assertThat(config.schedulerEnabled()).isFalse();
            assertThat(config.demoData()).contains(true);
            assertThat(config.describe()).isEqualTo("listening on 0.0.0.0:9090 (public URL https://billing.example.com),"
                    + " database jdbc:postgresql://db.internal:5432/servelink (PostgreSQL), payment provider stripe,"
                    + " scheduler off");
        }

        @Test
        void postgresHasNoDefaultUserOrPassword() {
            Configuration config = Configuration.fromEnvironment(Map.of(
                    Configuration.DB_URL, "jdbc:postgresql://localhost/servelink", Configuration.PAYMENT_PROVIDER,
                    "sandbox"));
            assertThat(config.dbUser()).isEmpty();
            assertThat(config.dbPassword()).isEmpty();
        }

        @Test
        void postgresRefusesTheDefaultSandboxWithAClearMessage() {
            assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(
                    Configuration.DB_URL, "jdbc:postgresql://localhost/servelink")))
                    .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                            .singleElement().asString().startsWith("SERVELINK_PAYMENT_PROVIDER is not set: expected "
                                    + "stripe on PostgreSQL (production), or sandbox set explicitly")
                            .contains("activate add-ons for free"));
        }

        @Test
        void postgresTakesTheSandboxWhenAskedExplicitlyAndWarns() {
            Configuration config = Configuration.fromEnvironment(Map.of(
                    Configuration.DB_URL, "jdbc:postgresql://localhost/servelink", Configuration.PAYMENT_PROVIDER,
                    "sandbox", InvoicingSettings.SELLER_NAME, "Hébergeur SAS"));
            assertThat(config.paymentProvider()).isEqualTo(PaymentProvider.SANDBOX);
            assertThat(config.paymentProviderExplicit()).isTrue();
            assertThat(config.startupWarnings()).singleElement().asString()
                    .startsWith("SERVELINK_PAYMENT_PROVIDER=sandbox on PostgreSQL").contains("for free");
        }

        @Test
        void theEmbeddedDatabaseKeepsTheSandboxAsItsQuietDefault() {
            assertThat(Configuration.defaults().startupWarnings()).isEmpty();
            assertThat(Configuration.fromEnvironment(Map.of(Configuration.PAYMENT_PROVIDER, "sandbox"))
                    .startupWarnings()).isEmpty();
        }

        @Test
        void portZeroAsksForARandomPortAndThePublicUrlFollowsTheBoundOne() {
            Configuration config = Configuration.fromEnvironment(Map.of(Configuration.HTTP_PORT, "0"));
            assertThat(config.httpPort()).isZero();

            Configuration bound = config.withHttpPort(54321);
            assertThat(bound.httpPort()).isEqualTo(54321);
            assertThat(bound.publicUrl()).isEqualTo("http://localhost:54321");
        }

        @Test
        void aConfiguredPublicUrlDoesNotFollowThePort() {
            Configuration config = Configuration.fromEnvironment(Map.of(
                    Configuration.HTTP_PORT, "0", Configuration.PUBLIC_URL, "http://shop.example.com:8080/servelink//"));
            assertThat(config.withHttpPort(4000).publicUrl()).isEqualTo("http://shop.example.com:8080/servelink");
        }

        @Test
        void demoDataCanBeRefused() {
            assertThat(Configuration.fromEnvironment(Map.of(Configuration.DEMO_DATA, "False")).demoData())
                    .contains(false);
        }

        @Test
        void misspeltVariablesAreListedForAWarning() {
            assertThat(Configuration.unrecognizedVariables(Map.of(
                    "SERVELINK_HTTP_PROT", "80", Configuration.HTTP_PORT, "80", "PATH", "/bin",
                    "SERVELINK_DEMODATA", "true")))
                    .containsExactly("SERVELINK_DEMODATA", "SERVELINK_HTTP_PROT");
        }
    }

    @Nested
    class ObservabilitySettings {
        @Test
        void metricsTheirPortAndTheLogFormatAreRead() {
            Configuration config = Configuration.fromEnvironment(Map.of(Configuration.METRICS, "ON",
                    Configuration.METRICS_PORT, "9464", Configuration.LOG_FORMAT, "json"));
            assertThat(config.observability()).isEqualTo(
                    new Observability(true, java.util.OptionalInt.of(9464), Observability.LogFormat.JSON));
            assertThat(Configuration.unrecognizedVariables(Map.of(Configuration.METRICS, "on",
                    Configuration.METRICS_PORT, "0", Configuration.LOG_FORMAT, "text"))).isEmpty();
        }

        @Test
        void metricsCanBeSwitchedOff() {
            assertThat(Configuration.fromEnvironment(Map.of(Configuration.METRICS, "off")).observability().metrics())
                    .isFalse();
        }

        @Test
        void aMetricsPortWithMetricsOffIsAMistake() {
            assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(Configuration.METRICS, "off",
                    Configuration.METRICS_PORT, "9464")))
                    .hasMessageContaining("SERVELINK_METRICS_PORT=\"9464\": expected unset while SERVELINK_METRICS is off");
        }
    }

    @Nested
    class InvalidValues {
        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', value = {
                "SERVELINK_HTTP_HOST|http://0.0.0.0|a host name or IP address",
                "SERVELINK_HTTP_HOST|my host|a host name or IP address",
                "SERVELINK_HTTP_PORT|eighty|a port from 1 to 65535, or 0 for a random free port",
                "SERVELINK_HTTP_PORT|65536|a port from 1 to 65535",
                "SERVELINK_HTTP_PORT|-1|a port from 1 to 65535",
                "SERVELINK_DB_URL|jdbc:mysql://localhost/servelink|a JDBC URL starting with jdbc:h2: (embedded) or jdbc:postgresql:",
                "SERVELINK_DB_URL|postgres://localhost/servelink|a JDBC URL starting with jdbc:h2:",
                "SERVELINK_DB_URL|jdbc:postgresql:|a JDBC URL starting with jdbc:h2:",
                "SERVELINK_DB_POOL_SIZE|0|a whole number of connections from 1 to 500",
                "SERVELINK_DB_POOL_SIZE|501|a whole number of connections from 1 to 500",
                "SERVELINK_DB_POOL_SIZE|ten|a whole number of connections from 1 to 500",
                "SERVELINK_PUBLIC_URL|billing.example.com|an absolute http:// or https:// URL",
                "SERVELINK_PUBLIC_URL|ftp://billing.example.com|an absolute http:// or https:// URL",
                "SERVELINK_PUBLIC_URL|https://billing.example.com/?ref=x|an absolute http:// or https:// URL",
                "SERVELINK_PUBLIC_URL|/servelink|an absolute http:// or https:// URL",
                "SERVELINK_PAYMENT_PROVIDER|paypal|sandbox or stripe",
                "SERVELINK_STRIPE_API_BASE|api.stripe.com|an absolute http:// or https:// URL",
                "SERVELINK_PAYMENT_PENDING_TTL|24h|a positive ISO-8601 duration such as PT24H or PT30M",
                "SERVELINK_PAYMENT_PENDING_TTL|PT0S|a positive ISO-8601 duration",
                "SERVELINK_PAYMENT_PENDING_TTL|-PT1H|a positive ISO-8601 duration",
                "SERVELINK_HTTP_READ_TIMEOUT|30|a positive ISO-8601 duration under 24 days",
                "SERVELINK_HTTP_IDLE_TIMEOUT|PT0S|a positive ISO-8601 duration under 24 days",
                "SERVELINK_HTTP_NO_REQUEST_TIMEOUT|P30D|a positive ISO-8601 duration under 24 days",
                "SERVELINK_SCHEDULER|yes|on or off",
                "SERVELINK_DEMO_DATA|maybe|true or false",
                "SERVELINK_METRICS|maybe|on or off",
                "SERVELINK_METRICS_PORT|nine|a port from 1 to 65535 (or 0 for a random free port)",
                "SERVELINK_METRICS_PORT|70000|a port from 1 to 65535",
                "SERVELINK_METRICS_PORT|8000|a port other than SERVELINK_HTTP_PORT's",
                "SERVELINK_LOG_FORMAT|xml|text or json",
                "SERVELINK_LOG_FORMAT|JSON|text or json (lower case)",
        })
        void namesTheVariableItsValueAndWhatIsExpected(String variable, String value, String expected) {
            assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(variable, value)))
                    .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                        assertThat(e.problems()).singleElement().asString()
                                .startsWith(variable + "=\"" + value + "\": expected " + expected);
                        assertThat(e.getMessage()).startsWith("invalid configuration: " + variable);
                    });
        }

        @Test
        void aMissingPricingFileIsNamed(@TempDir Path dir) {
            Path missing = dir.resolve("missing.json");
            assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(Configuration.PRICING_FILE, missing.toString())))
                    .hasMessage("invalid configuration: SERVELINK_PRICING_FILE=\"" + missing
                            + "\": expected an existing pricing-specs.json file; nothing is at " + missing.toAbsolutePath());
        }

        @Test
        void aDirectoryIsNotAPricingFile(@TempDir Path dir) {
            assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(Configuration.PRICING_FILE, dir.toString())))
                    .hasMessageContaining("SERVELINK_PRICING_FILE=\"" + dir + "\": expected a pricing-specs.json file,"
                            + " not a directory");
        }

        @Test
        void stripeNeedsItsApiKey() {
            assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(Configuration.PAYMENT_PROVIDER, "stripe")))
                    .hasMessage("invalid configuration: SERVELINK_STRIPE_API_KEY is not set: expected the Stripe secret"
                            + " API key, required when SERVELINK_PAYMENT_PROVIDER is stripe");
        }

        @Test
        void aShortAdminTokenIsRefusedWithoutShowingIt() {
            String shortToken = "short-token-123";
            assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(Configuration.ADMIN_TOKEN, shortToken)))
                    .hasMessage("invalid configuration: SERVELINK_ADMIN_TOKEN (value hidden, 15 characters):"
                            + " expected at least 32 characters")
                    .message().doesNotContain(shortToken);
        }

        @Test
        void everyProblemIsReportedTogether() {
            Map<String, String> env = Map.of(
                    Configuration.HTTP_PORT, "99999",
                    Configuration.DB_POOL_SIZE, "0",
                    Configuration.PAYMENT_PROVIDER, "stripe",
                    Configuration.PAYMENT_PENDING_TTL, "1 day",
                    Configuration.SCHEDULER, "sometimes");

            assertThatThrownBy(() -> Configuration.fromEnvironment(env))
                    .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                        assertThat(e.problems()).hasSize(5);
                        assertThat(e.getMessage()).startsWith("invalid configuration, 5 problems:\n  - ");
                        assertThat(e.problems()).extracting(p -> p.split("[= ]", 2)[0]).containsExactly(
                                Configuration.HTTP_PORT, Configuration.DB_POOL_SIZE, Configuration.STRIPE_API_KEY,
                                Configuration.PAYMENT_PENDING_TTL, Configuration.SCHEDULER);
                    });
        }
    }

    @Nested
    class Secrets {
        @Test
        void neverAppearInErrorMessages() {
            Map<String, String> env = Map.of(
                    Configuration.DB_URL, "jdbc:mysql://bob:" + DB_PASSWORD + "@db/servelink?user=bob&password="
                            + DB_PASSWORD + "&ssl=true",
                    Configuration.DB_PASSWORD, DB_PASSWORD,
                    Configuration.ADMIN_TOKEN, "tiny-" + DB_PASSWORD,
                    Configuration.PAYMENT_WEBHOOK_SECRET, WEBHOOK_SECRET,
                    Configuration.STRIPE_API_KEY, STRIPE_KEY,
                    Configuration.HTTP_PORT, "none");

            assertThatThrownBy(() -> Configuration.fromEnvironment(env))
                    .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                        assertThat(e.problems()).hasSize(3);
                        assertThat(e.getMessage())
                                .contains("SERVELINK_DB_URL=\"jdbc:mysql://db/servelink?ssl=true\"")
                                .doesNotContain(DB_PASSWORD, WEBHOOK_SECRET, STRIPE_KEY, "bob");
                    });
        }

        @Test
        void neverAppearInTheDescriptionOrToString() {
            Configuration config = Configuration.fromEnvironment(Map.of(
                    Configuration.DB_URL, "jdbc:postgresql://db:5432/servelink?user=bob&password=" + DB_PASSWORD
                            + "&sslmode=require",
                    Configuration.DB_USER, "bob",
                    Configuration.DB_PASSWORD, DB_PASSWORD,
                    Configuration.ADMIN_TOKEN, TOKEN,
                    Configuration.PAYMENT_PROVIDER, "stripe",
                    Configuration.PAYMENT_WEBHOOK_SECRET, WEBHOOK_SECRET,
                    Configuration.STRIPE_API_KEY, STRIPE_KEY));

            assertThat(config.describe())
                    .contains("database jdbc:postgresql://db:5432/servelink?sslmode=require (PostgreSQL)")
                    .doesNotContain(DB_PASSWORD, TOKEN, WEBHOOK_SECRET, STRIPE_KEY, "bob");
            assertThat(config.toString())
                    .contains("admin token set", "Stripe API key set")
                    .doesNotContain(DB_PASSWORD, TOKEN, WEBHOOK_SECRET, STRIPE_KEY, "bob");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "jdbc:h2:file:./data/servelink;USER=sa;PASSWORD=hunter2-db-pass;MODE=PostgreSQL",
                "jdbc:postgresql://sa:hunter2-db-pass@db/servelink",
                "jdbc:postgresql://db/servelink?password=hunter2-db-pass&user=sa&sslpassword=hunter2-db-pass",
        })
        void areRemovedFromTheDatabaseUrlShown(String url) {
            Configuration config = Configuration.fromEnvironment(Map.of(Configuration.DB_URL, url,
                    Configuration.PAYMENT_PROVIDER, "sandbox"));
            assertThat(config.dbUrlForDisplay()).doesNotContain(DB_PASSWORD, "sa:", "USER", "user");
            assertThat(config.describe()).doesNotContain(DB_PASSWORD);
        }

        @Test
        void keepTheRestOfAnH2Url() {
            assertThat(Configuration.redactDbUrl("jdbc:h2:mem:test;USER=sa;PASSWORD=x;DB_CLOSE_DELAY=-1"))
                    .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        }

        @Test
        void anOptionalSecretMayBeAbsent() {
            assertThat(Configuration.defaults().toString()).contains("admin token unset", "webhook secret unset");
            assertThat(Configuration.defaults().adminToken()).isEqualTo(Optional.empty());
        }
    }

    @Nested
    class OutgoingWebhooks {
        @Test
        void theSsrfGuardIsStrictByDefault() {
            assertThat(Configuration.defaults().webhooks()).isEqualTo(new WebhookSettings(false, false));
        }

        @Test
        void theOperatorMayAllowHttpAndPrivateAddresses() {
            Configuration config = Configuration.fromEnvironment(Map.of(WebhookSettings.ALLOW_HTTP, "true",
                    WebhookSettings.ALLOW_PRIVATE, "TRUE"));
            assertThat(config.webhooks()).isEqualTo(new WebhookSettings(true, true));
            assertThat(Configuration.unrecognizedVariables(Map.of("SERVELINK_WEBHOOKS_ALLOW_HTTP", "false",
                    "SERVELINK_WEBHOOKS_ALLOW_PRIVATE", "false"))).isEmpty();
        }

        @Test
        void anythingButTrueOrFalseIsRefusedByName() {
            assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(WebhookSettings.ALLOW_PRIVATE, "yes")))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("SERVELINK_WEBHOOKS_ALLOW_PRIVATE=\"yes\": expected true or false");
        }
    }
}
