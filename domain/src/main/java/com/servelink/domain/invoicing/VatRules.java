package com.servelink.domain.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which VAT an EU seller of electronically supplied services charges (decision 241):
 * <ul>
 *   <li>a buyer outside the EU: none, {@link VatTreatment#OUTSIDE_EU};</li>
 *   <li>a business in another member state, with a VAT number of valid format: none,
 *       {@link VatTreatment#REVERSE_CHARGE};</li>
 *   <li>anyone else in the EU (a consumer anywhere, a business in the seller's own state): the
 *       standard rate of the buyer's member state on the day of the sale (the one-stop shop's
 *       rule for consumers; the seller's own rate at home, which is the same country).</li>
 * </ul>
 */
public final class VatRules {
    private final CountryCode sellerCountry;
    private final VatRateTable rates;

    public VatRules(CountryCode sellerCountry, VatRateTable rates) {
        this.sellerCountry = Objects.requireNonNull(sellerCountry, "sellerCountry");
        this.rates = Objects.requireNonNull(rates, "rates");
        if (!sellerCountry.isEu()) {
            throw new IllegalArgumentException("the seller must be established in the EU, not " + sellerCountry);
        }
    }

    /** What VAT applies to {@code buyer} on {@code day}. */
    public VatCharge chargeFor(BillingParty buyer, LocalDate day) {
        CountryCode country = buyer.country();
        if (!country.isEu()) {
            return new VatCharge(VatTreatment.OUTSIDE_EU, BigDecimal.ZERO.setScale(2), country);
        }
        if (buyer.isBusiness() && !country.equals(sellerCountry)) {
            return new VatCharge(VatTreatment.REVERSE_CHARGE, BigDecimal.ZERO.setScale(2), country);
        }
        BigDecimal rate = rates.standardRate(country, day).orElseThrow(() -> new IllegalStateException(
                "the VAT rate table has no rate for " + country + " on " + day));
        return new VatCharge(VatTreatment.STANDARD, rate.setScale(2), country);
    }

    public CountryCode sellerCountry() {
        return sellerCountry;
    }
}
