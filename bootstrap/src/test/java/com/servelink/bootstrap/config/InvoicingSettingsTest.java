package com.servelink.bootstrap.config;

import com.servelink.domain.invoicing.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seller's variables and the VAT rates file: defaults, what is read, what stops the start. */
class InvoicingSettingsTest {
    @Test
    void unset_the_seller_is_the_default_in_france_without_vat_number() {
        InvoicingSettings settings = Configuration.defaults().invoicing();
        assertThat(settings).isEqualTo(InvoicingSettings.DEFAULTS);
        assertThat(settings.seller().country().value()).isEqualTo("FR");
        assertThat(settings.seller().vatId()).isEmpty();
        assertThat(settings.vatRatesFile()).isEmpty();
        assertThat(Configuration.VARIABLES).containsAll(InvoicingSettings.VARIABLES);
    }

    @Test
    void the_placeholder_seller_on_postgresql_is_warned_about_at_start() {
        Map<String, String> production = Map.of(Configuration.DB_URL, "jdbc:postgresql://localhost/servelink",
                Configuration.PAYMENT_PROVIDER, "stripe", Configuration.STRIPE_API_KEY, "sk_test_x");
        assertThat(Configuration.fromEnvironment(production).startupWarnings()).singleElement().asString()
                .startsWith("SERVELINK_SELLER_NAME, SERVELINK_SELLER_ADDRESS and SERVELINK_SELLER_VAT_ID are not set");
        var named = new java.util.HashMap<>(production);
        named.put(InvoicingSettings.SELLER_NAME, "Hébergeur SAS");
        assertThat(Configuration.fromEnvironment(named).startupWarnings()).isEmpty();
        assertThat(Configuration.defaults().startupWarnings()).as("the embedded default stays quiet").isEmpty();
    }

    @Test
    void the_seller_is_read_from_the_environment_with_line_breaks_in_the_address() {
        InvoicingSettings settings = Configuration.fromEnvironment(Map.of(
                InvoicingSettings.SELLER_NAME, "Hébergeur SA",
                InvoicingSettings.SELLER_ADDRESS, "Rue Haute 1\\n1000 Bruxelles",
                InvoicingSettings.SELLER_COUNTRY, "be",
                InvoicingSettings.SELLER_VAT_ID, "BE 0123.456.789")).invoicing();
        assertThat(settings.seller().name()).isEqualTo("Hébergeur SA");
        assertThat(settings.seller().address()).isEqualTo("Rue Haute 1\n1000 Bruxelles");
        assertThat(settings.seller().country()).isEqualTo(new CountryCode("BE"));
        assertThat(settings.seller().vatId().orElseThrow().value()).isEqualTo("BE0123456789");
        assertThat(settings.sellerOnOneLine()).isEqualTo("Hébergeur SA, Rue Haute 1, 1000 Bruxelles, BE, VAT BE0123456789");
    }

    @Test
    void a_seller_outside_the_eu_a_bad_vat_number_or_a_missing_file_stops_the_start_naming_each() {
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(InvoicingSettings.SELLER_COUNTRY, "US")))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("SERVELINK_SELLER_COUNTRY");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(InvoicingSettings.SELLER_COUNTRY, "ZZ")))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("SERVELINK_SELLER_COUNTRY");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(InvoicingSettings.SELLER_VAT_ID, "FR12")))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("SERVELINK_SELLER_VAT_ID");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(InvoicingSettings.SELLER_VAT_ID,
                "DE123456789"))).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("SERVELINK_SELLER_VAT_ID").hasMessageContaining("billing country FR");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(InvoicingSettings.SELLER_NAME, "x".repeat(201))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("SERVELINK_SELLER_NAME");
        assertThatThrownBy(() -> Configuration.fromEnvironment(Map.of(InvoicingSettings.VAT_RATES_FILE,
                "/no/such/vat-rates.json"))).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("SERVELINK_VAT_RATES_FILE");
    }

    @Test
    void the_shipped_table_covers_every_member_state_and_an_incomplete_file_is_refused(@TempDir Path dir)
            throws IOException {
        var shipped = VatRateTables.configuredOrShipped(Optional.empty(), LocalDate.of(2026, 12, 7));
        assertThat(shipped.standardRate(new CountryCode("FR"), LocalDate.of(2026, 12, 7)))
                .contains(new BigDecimal("20"));

        Path onlyFrance = dir.resolve("vat-rates.json");
        Files.writeString(onlyFrance, "{\"rates\":[{\"country\":\"FR\",\"from\":\"2024-01-01\",\"percent\":20}]}");
        assertThatThrownBy(() -> VatRateTables.configuredOrShipped(Optional.of(onlyFrance), LocalDate.of(2026, 12, 7)))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("no rate on 2026-12-07 for AT");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"rates\":[{\"country\":\"FR\",\"from\":\"soon\",\"percent\":20}]}");
        assertThatThrownBy(() -> VatRateTables.configuredOrShipped(Optional.of(broken), LocalDate.of(2026, 12, 7)))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("SERVELINK_VAT_RATES_FILE");
    }
}
