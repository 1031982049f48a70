package com.servelink.domain.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The standard VAT rates of EU member states, each dated: a rate applies from its date until the
 * next rate of the same country, so a change written in advance takes effect on its day. The
 * table is configuration (the operator's file); this type only answers "which rate on that day".
 */
public final class VatRateTable {
    /** One line of the table: {@code country} charges {@code percent} from {@code from} on. */
    public record Rate(CountryCode country, LocalDate from, BigDecimal percent) {
        public Rate {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(percent, "percent");
            if (!country.isEu()) {
                throw new IllegalArgumentException(country + " is not an EU member state");
            }
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0 || percent.scale() > 2) {
                throw new IllegalArgumentException("a VAT rate is 0 to 99.99 %, two decimals at most: " + percent);
            }
        }
    }

    private final Map<CountryCode, TreeMap<LocalDate, BigDecimal>> rates;

    public VatRateTable(List<Rate> lines) {
        Map<CountryCode, TreeMap<LocalDate, BigDecimal>> byCountry = new java.util.HashMap<>();
        for (Rate line : lines) {
            if (byCountry.computeIfAbsent(line.country(), c -> new TreeMap<>()).put(line.from(), line.percent()) != null) {
                throw new IllegalArgumentException("two rates for " + line.country() + " from " + line.from());
            }
        }
        this.rates = Map.copyOf(byCountry);
    }

    /** The standard rate {@code country} charges on {@code day}, or empty when the table has none yet. */
    public Optional<BigDecimal> standardRate(CountryCode country, LocalDate day) {
        TreeMap<LocalDate, BigDecimal> history = rates.get(country);
        return Optional.ofNullable(history).map(h -> h.floorEntry(day)).map(Map.Entry::getValue);
    }

    /** The member states that have no rate on {@code day}: a table must cover all 27 (checked at start). */
    public List<CountryCode> missingOn(LocalDate day) {
        return CountryCode.euCodes().stream().map(CountryCode::new)
                .filter(country -> standardRate(country, day).isEmpty())
                .sorted(Comparator.comparing(CountryCode::value)).collect(Collectors.toCollection(ArrayList::new));
    }
}
