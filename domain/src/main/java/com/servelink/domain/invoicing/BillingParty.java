package com.servelink.domain.invoicing;

import com.servelink.domain.shared.FieldChecks;

import java.util.Objects;
import java.util.Optional;

/**
 * Who sells or buys, as an invoice prints it: a billing name, a postal address (free lines),
 * a country and, for a business, a VAT number. A buyer's VAT number must belong to its country.
 * The address is empty only for a team that never gave a billing profile (decision 248): the
 * billing-profile route itself requires one.
 */
public record BillingParty(String name, String address, CountryCode country, Optional<VatId> vatId) {
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;

    public BillingParty {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(vatId, "vatId");
        FieldChecks checks = new FieldChecks().text(name, "name", 1, NAME_MAX);
        if (address == null || !address.isEmpty()) {
            checks.text(address, "address", 1, ADDRESS_MAX);
        }
        vatId.ifPresent(id -> checks.require(id.country().map(country::equals).orElse(false), "vat_id",
                "must be a VAT number of the billing country " + country));
        checks.throwIfAny();
    }

    /** A buyer known only by its name and country: no postal address, no VAT number (decision 248). */
    public static BillingParty withoutAddress(String name, CountryCode country) {
        return new BillingParty(name, "", country, Optional.empty());
    }

    public boolean hasAddress() {
        return !address.isEmpty();
    }

    public boolean isBusiness() {
        return vatId.isPresent();
    }
}
