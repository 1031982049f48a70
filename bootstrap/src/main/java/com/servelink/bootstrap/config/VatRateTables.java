package com.servelink.bootstrap.config;

import com.servelink.adapter.persistence.catalog.JsonVatRates;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.VatRateTable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The VAT rates the process invoices with: {@code SERVELINK_VAT_RATES_FILE} when set, else the
 * table shipped in adapter-persistence's jar. A file that cannot be read, or a table without a
 * rate today for one of the 27 member states, stops the start like a bad variable.
 */
public final class VatRateTables {
    private VatRateTables() {
    }

    public static VatRateTable configuredOrShipped(Optional<Path> file, LocalDate today) {
        VatRateTable table;
        try {
            table = file.map(JsonVatRates::read).orElseGet(JsonVatRates::shipped);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(InvoicingSettings.VAT_RATES_FILE + ": " + e.getMessage(), e);
        }
        List<CountryCode> missing = table.missingOn(today);
        if (!missing.isEmpty()) {
            throw new InvalidConfigurationException(file.map(Path::toString).orElse("the shipped VAT rates")
                    + " has no rate on " + today + " for " + missing.stream().map(CountryCode::value)
                    .collect(Collectors.joining(", ")));
        }
        return table;
    }
}
