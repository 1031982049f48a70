package com.servelink.bootstrap.config;

import com.servelink.adapter.persistence.catalog.JsonPricingCatalog;
import com.servelink.adapter.persistence.catalog.PricingFileException;
import com.servelink.domain.catalog.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The composition reads the catalog with the adapter and stops the start on a bad file. */
class PricingCatalogsTest {

    @Test
    void theConfiguredFileWhenThereIsOneElseTheShippedOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pricing-specs.json");
        Files.writeString(file, shippedText());

        assertThat(PricingCatalogs.configuredOrShipped(Optional.of(file)).plans())
                .containsExactlyElementsOf(TestCatalog.standard().plans());
        assertThat(PricingCatalogs.configuredOrShipped(Optional.empty()).plans())
                .containsExactlyElementsOf(TestCatalog.standard().plans());
    }

    @Test
    void aBadFileIsAnInvalidConfigurationWithTheAdaptersProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pricing-specs.json");
        Files.writeString(file, shippedText().replace("\"cpu\": 4.0", "\"cpu\": -1")
                .replace("\"billing_cycle\": \"monthly\"", "\"billing_cycle\": \"yearly\""));

        assertThatThrownBy(() -> PricingCatalogs.configuredOrShipped(Optional.of(file)))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            "plans.free.price.billing_cycle: must be \"monthly\" (the only cycle sold), got \"yearly\"",
                            "plans.pro.price.billing_cycle: must be \"monthly\" (the only cycle sold), got \"yearly\"",
                            "plans.pro.limits.cpu: must be a non-negative number, got -1");
                    assertThat(e.getMessage()).startsWith("pricing file " + file + ", 3 problems:\n  - plans.free");
                    assertThat(e.getCause()).isInstanceOf(PricingFileException.class)
                            .hasMessage(e.getMessage());
                });
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> PricingCatalogs.configuredOrShipped(Optional.of(file)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("pricing file " + file + " does not exist")
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).problems())
                        .containsExactly("pricing file " + file + " does not exist"));
    }

    private static String shippedText() throws IOException {
        try (InputStream in = JsonPricingCatalog.class.getClassLoader()
                .getResourceAsStream(JsonPricingCatalog.SHIPPED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
