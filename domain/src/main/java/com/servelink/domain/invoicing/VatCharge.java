package com.servelink.domain.invoicing;

import java.math.BigDecimal;
import java.util.Objects;

/** The VAT of one sale: how it applies, the rate in percent (two decimals), and whose rate it is. */
public record VatCharge(VatTreatment treatment, BigDecimal ratePercent, CountryCode country) {
    public VatCharge {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(country, "country");
        if (treatment != VatTreatment.STANDARD && ratePercent.signum() != 0) {
            throw new IllegalArgumentException(treatment + " charges no VAT");
        }
    }
}
