package com.servelink.bootstrap.config;

import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.VatId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who sells on the invoices, and the VAT rates they charge (decisions 250 and 251).
 *
 * @param seller       {@code SERVELINK_SELLER_NAME}, {@code _ADDRESS} (a {@code \n} in the value, or a
 *                     real line break, starts a new line), {@code _COUNTRY} (an EU member state) and
 *                     {@code _VAT_ID} (optional, of that country's format)
 * @param vatRatesFile {@code SERVELINK_VAT_RATES_FILE}: the operator's table of rates instead of the jar's
 */
public record InvoicingSettings(BillingParty seller, Optional<Path> vatRatesFile) {
    public static final String SELLER_NAME = "SERVELINK_SELLER_NAME";
    public static final String SELLER_ADDRESS = "SERVELINK_SELLER_ADDRESS";
    public static final String SELLER_COUNTRY = "SERVELINK_SELLER_COUNTRY";
    public static final String SELLER_VAT_ID = "SERVELINK_SELLER_VAT_ID";
    public static final String VAT_RATES_FILE = "SERVELINK_VAT_RATES_FILE";
    public static final List<String> VARIABLES = List.of(SELLER_NAME, SELLER_ADDRESS, SELLER_COUNTRY, SELLER_VAT_ID,
            VAT_RATES_FILE);

    public static final String DEFAULT_NAME = "Servelink SAS";
    public static final String DEFAULT_ADDRESS = "1 rue de l'Exemple\n75001 Paris";
    public static final String DEFAULT_COUNTRY = "FR";
    public static final InvoicingSettings DEFAULTS = new InvoicingSettings(new BillingParty(DEFAULT_NAME,
            DEFAULT_ADDRESS, new CountryCode(DEFAULT_COUNTRY), Optional.empty()), Optional.empty());

    public InvoicingSettings {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(vatRatesFile, "vatRatesFile");
        if (!seller.country().isEu() || !seller.hasAddress()) {
            throw new IllegalArgumentException("the seller is established in the EU, at an address");
        }
    }

    static InvoicingSettings read(Map<String, String> env, OutboxTuning.Refusals refusals) {
        String name = value(env, SELLER_NAME).orElse(DEFAULT_NAME);
        String address = value(env, SELLER_ADDRESS).map(text -> text.replace("\\n", "\n")).orElse(DEFAULT_ADDRESS);
        String countryText = value(env, SELLER_COUNTRY).orElse(DEFAULT_COUNTRY);
        Optional<String> vatText = value(env, SELLER_VAT_ID);
        boolean refused = false;
        CountryCode country = new CountryCode(DEFAULT_COUNTRY);
        try {
            country = CountryCode.parse(countryText);
            if (!country.isEu()) {
                refusals.bad(SELLER_COUNTRY, countryText, "the EU member state the seller is established in (FR)");
                refused = true;
            }
        } catch (DomainException e) {
            refusals.bad(SELLER_COUNTRY, countryText, "an ISO code of an EU member state such as FR");
            refused = true;
        }
        Optional<VatId> vatId = Optional.empty();
        if (vatText.isPresent()) {
            try {
                vatId = Optional.of(VatId.parse(vatText.get()));
            } catch (DomainException e) {
                refusals.bad(SELLER_VAT_ID, vatText.get(), "an EU VAT number with its country prefix (FR40303265045)");
                refused = true;
            }
        }
        Optional<Path> ratesFile = value(env, VAT_RATES_FILE).map(Path::of);
        if (ratesFile.isPresent() && !Files.isRegularFile(ratesFile.get())) {
            refusals.bad(VAT_RATES_FILE, ratesFile.get().toString(), "an existing, readable vat-rates.json file");
            refused = true;
        }
        if (refused) {
            return DEFAULTS;
        }
        try {
            return new InvoicingSettings(new BillingParty(name, address, country, vatId), ratesFile);
        } catch (DomainException e) {
            for (FieldError error : e.fieldErrors()) {
                String variable = switch (error.field()) {
                    case "name" -> SELLER_NAME;
                    case "address" -> SELLER_ADDRESS;
                    case "vat_id" -> SELLER_VAT_ID;
                    default -> SELLER_COUNTRY;
                };
                refusals.bad(variable, env.getOrDefault(variable, ""), error.message());
            }
            return DEFAULTS;
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(text -> !text.isEmpty());
    }

    /** The seller's address on one line, for the start-up log. */
    public String sellerOnOneLine() {
        return seller.name() + ", " + seller.address().lines().collect(Collectors.joining(", ")) + ", "
                + seller.country() + seller.vatId().map(id -> ", VAT " + id).orElse("");
    }
}
