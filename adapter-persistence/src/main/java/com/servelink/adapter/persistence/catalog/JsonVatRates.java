package com.servelink.adapter.persistence.catalog;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.VatRateTable;
import com.servelink.domain.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the EU standard VAT rates (decision 241) from {@code vat-rates.json}: one entry per rate
 * and the day it applies from, so the operator writes a change ahead of its date.
 * <pre>
 * {"rates": [{"country": "FR", "from": "2024-01-01", "percent": 20},
 *            {"country": "FI", "from": "2024-09-01", "percent": 25.5}, …]}
 * </pre>
 * Every problem of a file is reported at once, each with its JSON path
 * ({@code rates[3].percent: must be a number from 0 to 99.99}); a file is all right or refused.
 */
public final class JsonVatRates {
    /** Where the table shipped in this jar lives on the classpath. */
    public static final String SHIPPED_RESOURCE = "vat-rates.json";
    private static final Set<String> FIELDS = Set.of("country", "from", "percent");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonVatRates() {
    }

    /** The table shipped in this jar: the standard rates of the 27 member states since 2024. */
    public static VatRateTable shipped() {
        String source = "classpath:" + SHIPPED_RESOURCE;
        InputStream in = JsonVatRates.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(source + " is missing from the classpath");
        }
        try (InputStream stream = in) {
            return read(stream, source);
        } catch (IOException e) {
            throw new IllegalStateException(source + " cannot be read: " + e, e);
        }
    }

    /** An operator's file, named by its path in messages. */
    public static VatRateTable read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("VAT rates file " + file + " cannot be read: " + e, e);
        }
    }

    /** A table from a stream (not closed here); {@code source} names it in messages. */
    public static VatRateTable read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw refused(source, List.of("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new IllegalArgumentException("VAT rates file " + source + " cannot be read: " + e, e);
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject() || root.size() != 1 || !root.path("rates").isArray()) {
            throw refused(source, List.of("must be an object with one property, rates, an array"));
        }
        List<VatRateTable.Rate> rates = new ArrayList<>();
        JsonNode entries = root.get("rates");
        for (int i = 0; i < entries.size(); i++) {
            String path = "rates[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                problems.add(path + ": must be an object with country, from and percent");
                continue;
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    problems.add(path + "." + name + ": is not a property of a rate");
                }
            }
            CountryCode country = country(entry.get("country"), path + ".country", problems);
            LocalDate from = day(entry.get("from"), path + ".from", problems);
            BigDecimal percent = percent(entry.get("percent"), path + ".percent", problems);
            if (country != null && from != null && percent != null) {
                rates.add(new VatRateTable.Rate(country, from, percent));
            }
        }
        if (problems.isEmpty()) {
            try {
                return new VatRateTable(rates);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        throw refused(source, problems);
    }

    private static CountryCode country(JsonNode node, String path, List<String> problems) {
        try {
            CountryCode country = new CountryCode(node != null && node.isTextual() ? node.asText() : null);
            if (country.isEu()) {
                return country;
            }
            problems.add(path + ": " + country + " is not an EU member state");
        } catch (DomainException e) {
            problems.add(path + ": must be the ISO code of an EU member state, such as FR");
        }
        return null;
    }

    private static LocalDate day(JsonNode node, String path, List<String> problems) {
        try {
            if (node != null && node.isTextual()) {
                return LocalDate.parse(node.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(path + ": must be a day, such as 2024-09-01");
        return null;
    }

    private static BigDecimal percent(JsonNode node, String path, List<String> problems) {
        if (node != null && node.isNumber()) {
            BigDecimal percent = node.decimalValue();
            if (percent.signum() >= 0 && percent.compareTo(HUNDRED) < 0 && percent.stripTrailingZeros().scale() <= 2) {
                return percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros();
            }
        }
        problems.add(path + ": must be a number from 0 to 99.99, two decimals at most");
        return null;
    }

    private static IllegalArgumentException refused(String source, List<String> problems) {
        return new IllegalArgumentException("VAT rates file " + source + " refused: " + String.join("; ", problems));
    }
}
