package com.servelink.domain.invoicing;

import com.servelink.domain.shared.DomainException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A business's EU VAT identification number, normalised (upper case, no spaces, dots or
 * hyphens), with its country prefix ({@code FR40303265045}). Only its <em>format</em> is checked
 * here, per member state: whether it is registered is VIES's answer, which the platform does not
 * ask (decision 241).
 */
public record VatId(String value) {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("ATU\\d{8}")),
            Map.entry("BE", Pattern.compile("BE[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("BG\\d{9,10}")),
            Map.entry("CY", Pattern.compile("CY\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("CZ\\d{8,10}")),
            Map.entry("DE", Pattern.compile("DE\\d{9}")),
            Map.entry("DK", Pattern.compile("DK\\d{8}")),
            Map.entry("EE", Pattern.compile("EE\\d{9}")),
            Map.entry("EL", Pattern.compile("EL\\d{9}")),
            Map.entry("ES", Pattern.compile("ES[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("FI\\d{8}")),
            Map.entry("FR", Pattern.compile("FR[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("HR\\d{11}")),
            Map.entry("HU", Pattern.compile("HU\\d{8}")),
            Map.entry("IE", Pattern.compile("IE(\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W])")),
            Map.entry("IT", Pattern.compile("IT\\d{11}")),
            Map.entry("LT", Pattern.compile("LT(\\d{9}|\\d{12})")),
            Map.entry("LU", Pattern.compile("LU\\d{8}")),
            Map.entry("LV", Pattern.compile("LV\\d{11}")),
            Map.entry("MT", Pattern.compile("MT\\d{8}")),
            Map.entry("NL", Pattern.compile("NL\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("PL\\d{10}")),
            Map.entry("PT", Pattern.compile("PT\\d{9}")),
            Map.entry("RO", Pattern.compile("RO\\d{2,10}")),
            Map.entry("SE", Pattern.compile("SE\\d{10}01")),
            Map.entry("SI", Pattern.compile("SI\\d{8}")),
            Map.entry("SK", Pattern.compile("SK\\d{10}")));

    public VatId {
        if (value == null || value.length() < 4 || value.length() > 16) {
            throw DomainException.invalidField("vat_id", "must be an EU VAT number with its country prefix");
        }
    }

    /**
     * Reads a VAT number as people write it ("FR 40 303 265 045"); refuses one whose format is
     * not that of its member state's numbers.
     */
    public static VatId parse(String text) {
        String normalised = text == null ? null : SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        Pattern format = normalised == null || normalised.length() < 2 ? null : FORMATS.get(normalised.substring(0, 2));
        if (format == null || !format.matcher(normalised).matches()) {
            throw DomainException.invalidField("vat_id",
                    "must be an EU VAT number with its country prefix, in that country's format (FR40303265045)");
        }
        return new VatId(normalised);
    }

    /** The member state the number belongs to, read from its prefix. */
    public Optional<CountryCode> country() {
        String prefix = value.substring(0, 2);
        String iso = prefix.equals("EL") ? "GR" : prefix;
        return CountryCode.euCodes().contains(iso) ? Optional.of(new CountryCode(iso)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
