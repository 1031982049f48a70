package com.servelink.adapter.persistence.catalog;

import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.VatRateTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonVatRatesTest {
    private static final VatRateTable SHIPPED = JsonVatRates.shipped();

    @Test
    void the_shipped_table_covers_every_member_state_since_2024() {
        assertThat(SHIPPED.missingOn(LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(SHIPPED.missingOn(LocalDate.of(2026, 12, 7))).isEmpty();
        assertThat(SHIPPED.missingOn(LocalDate.of(2023, 12, 31))).hasSize(27);
    }

    @ParameterizedTest
    @CsvSource({"FR, 2026-12-07, 20", "DE, 2026-12-07, 19", "HU, 2026-12-07, 27", "LU, 2026-12-07, 17",
            "GR, 2026-12-07, 24", "FI, 2024-08-31, 24", "FI, 2024-09-01, 25.5", "SK, 2024-12-31, 20",
            "SK, 2025-01-01, 23", "EE, 2025-06-30, 22", "EE, 2025-07-01, 24", "RO, 2025-07-31, 19",
            "RO, 2025-08-01, 21"})
    void the_shipped_rates_and_their_changes(String country, String day, String percent) {
        assertThat(SHIPPED.standardRate(new CountryCode(country), LocalDate.parse(day)))
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo(percent));
    }

    private static VatRateTable read(String json) {
        return JsonVatRates.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void a_file_is_read_exactly() {
        VatRateTable table = read("""
                {"rates": [{"country": "FR", "from": "2030-01-01", "percent": 21.25}]}""");
        assertThat(table.standardRate(new CountryCode("FR"), LocalDate.of(2030, 1, 1))).contains(new BigDecimal("21.25"));
        assertThat(table.standardRate(new CountryCode("FR"), LocalDate.of(2029, 12, 31))).isEmpty();
    }

    @Test
    void every_problem_of_a_file_is_named_by_its_path() {
        assertThatThrownBy(() -> read("""
                {"rates": [
                  {"country": "CH", "from": "2024-01-01", "percent": 8.1},
                  {"country": "fr", "from": "01/01/2024", "percent": "20"},
                  {"country": "DE", "from": "2024-01-01", "percent": 19.125, "reduced": 7},
                  {"country": "IT", "from": "2024-01-01", "percent": 100}
                ]}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.json")
                .hasMessageContaining("rates[0].country: CH is not an EU member state")
                .hasMessageContaining("rates[1].country: must be the ISO code")
                .hasMessageContaining("rates[1].from: must be a day")
                .hasMessageContaining("rates[1].percent: must be a number")
                .hasMessageContaining("rates[2].reduced: is not a property of a rate")
                .hasMessageContaining("rates[2].percent: must be a number")
                .hasMessageContaining("rates[3].percent: must be a number");
    }

    @Test
    void two_rates_of_a_country_from_one_day_malformed_json_and_other_shapes_are_refused() {
        assertThatThrownBy(() -> read("""
                {"rates": [{"country": "FR", "from": "2024-01-01", "percent": 20},
                           {"country": "FR", "from": "2024-01-01", "percent": 21}]}"""))
                .hasMessageContaining("two rates for FR from 2024-01-01");
        assertThatThrownBy(() -> read("{\"rates\": [")).hasMessageContaining("not valid JSON at line 1");
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("must be an object with one property, rates");
        assertThatThrownBy(() -> read("{\"rates\": [], \"other\": 1}")).hasMessageContaining("one property");
        assertThatThrownBy(() -> read("{\"rates\": [1]}")).hasMessageContaining("rates[0]: must be an object");
    }
}
