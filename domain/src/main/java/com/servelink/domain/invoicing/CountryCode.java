package com.servelink.domain.invoicing;

import com.servelink.domain.shared.DomainException;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case ({@code FR}, {@code DE}, {@code US}). */
public record CountryCode(String value) {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    /** The 27 member states of the European Union (ISO codes: Greece is GR, its VAT prefix EL). */
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    public CountryCode {
        if (value == null || !ISO.contains(value)) {
            throw DomainException.invalidField("country", "must be an ISO 3166-1 alpha-2 country code such as FR");
        }
    }

    /** Reads a code in any case, surrounding spaces ignored. */
    public static CountryCode parse(String text) {
        return new CountryCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public boolean isEu() {
        return EU.contains(value);
    }

    /** The prefix of this country's VAT numbers: the ISO code, but {@code EL} for Greece. */
    public String vatPrefix() {
        return value.equals("GR") ? "EL" : value;
    }

    static Set<String> euCodes() {
        return EU;
    }

    @Override
    public String toString() {
        return value;
    }
}
