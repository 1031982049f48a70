package com.servelink.bootstrap.config;

import com.servelink.adapter.persistence.catalog.JsonPricingCatalog;
import com.servelink.adapter.persistence.catalog.PricingFileException;
import com.servelink.domain.catalog.PricingCatalog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The catalog the process runs with: the file named by {@code SERVELINK_PRICING_FILE} when there is
 * one, else the one shipped in adapter-persistence's jar, read by {@link JsonPricingCatalog}. A bad
 * file stops the start like a bad environment variable: its {@link PricingFileException} becomes an
 * {@link InvalidConfigurationException} with the same message and problems.
 */
public final class PricingCatalogs {
    private PricingCatalogs() {
    }

    public static PricingCatalog configuredOrShipped(Optional<Path> file) {
        try {
            return file.map(JsonPricingCatalog::read).orElseGet(JsonPricingCatalog::shipped);
        } catch (PricingFileException e) {
            throw new InvalidConfigurationException(e.getMessage(), e.problems(), e);
        }
    }
}
