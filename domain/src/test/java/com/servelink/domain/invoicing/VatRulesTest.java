package com.servelink.domain.invoicing;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VatRulesTest {
    /** Real changes: Finland 24 → 25.5 on 2024-09-01, Estonia 22 → 24 on 2025-07-01. */
    static VatRateTable table() {
        List<VatRateTable.Rate> rates = new ArrayList<>();
        for (String code : List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "ES", "FR", "GR", "HR", "HU", "IE", "IT",
                "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")) {
            rates.add(new VatRateTable.Rate(new CountryCode(code), LocalDate.of(2024, 1, 1),
                    new BigDecimal(switch (code) {
                        case "DE" -> "19";
                        case "LU" -> "17";
                        case "HU" -> "27";
                        default -> "20";
                    })));
        }
        rates.add(new VatRateTable.Rate(new CountryCode("FI"), LocalDate.of(2024, 1, 1), new BigDecimal("24")));
        rates.add(new VatRateTable.Rate(new CountryCode("FI"), LocalDate.of(2024, 9, 1), new BigDecimal("25.5")));
        rates.add(new VatRateTable.Rate(new CountryCode("EE"), LocalDate.of(2024, 1, 1), new BigDecimal("22")));
        rates.add(new VatRateTable.Rate(new CountryCode("EE"), LocalDate.of(2025, 7, 1), new BigDecimal("24")));
        return new VatRateTable(rates);
    }

    private static final VatRules RULES = new VatRules(new CountryCode("FR"), table());
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static BillingParty buyer(String country, String vatId) {
        return new BillingParty("Acme", "1 rue de la Paix, Paris", new CountryCode(country),
                Optional.ofNullable(vatId).map(VatId::parse));
    }

    @ParameterizedTest
    @CsvSource({
            "FR, , STANDARD, 20.00",           // a French consumer
            "DE, , STANDARD, 19.00",           // a German consumer: Germany's rate
            "FR, FR40303265045, STANDARD, 20.00", // a French business: domestic sale
            "DE, DE123456789, REVERSE_CHARGE, 0.00",
            "GR, EL123456789, REVERSE_CHARGE, 0.00",
            "US, , OUTSIDE_EU, 0.00",
            "CH, , OUTSIDE_EU, 0.00",
            "GB, , OUTSIDE_EU, 0.00"})
    void the_charge_follows_the_buyers_country_and_status(String country, String vatId, VatTreatment treatment,
                                                          String rate) {
        VatCharge charge = RULES.chargeFor(buyer(country, vatId), DAY);
        assertThat(charge.treatment()).isEqualTo(treatment);
        assertThat(charge.ratePercent()).isEqualTo(new BigDecimal(rate));
        assertThat(charge.country().value()).isEqualTo(country);
    }

    @Test
    void a_rate_applies_from_its_day() {
        BillingParty estonian = buyer("EE", null);
        assertThat(RULES.chargeFor(estonian, LocalDate.of(2025, 6, 30)).ratePercent()).isEqualTo(new BigDecimal("22.00"));
        assertThat(RULES.chargeFor(estonian, LocalDate.of(2025, 7, 1)).ratePercent()).isEqualTo(new BigDecimal("24.00"));
        BillingParty finnish = buyer("FI", null);
        assertThat(RULES.chargeFor(finnish, LocalDate.of(2024, 8, 31)).ratePercent()).isEqualTo(new BigDecimal("24.00"));
        assertThat(RULES.chargeFor(finnish, LocalDate.of(2024, 9, 1)).ratePercent()).isEqualTo(new BigDecimal("25.50"));
    }

    @Test
    void a_day_before_the_table_has_no_rate_and_the_table_says_which_states_it_misses() {
        assertThatThrownBy(() -> RULES.chargeFor(buyer("FR", null), LocalDate.of(2023, 12, 31)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FR");
        assertThat(table().missingOn(DAY)).isEmpty();
        assertThat(table().missingOn(LocalDate.of(2023, 12, 31))).hasSize(27);
        assertThat(new VatRateTable(List.of()).missingOn(DAY)).extracting(CountryCode::value).contains("FR", "GR");
    }

    @Test
    void a_table_refuses_two_rates_from_one_day_and_rates_outside_the_eu() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> new VatRateTable(List.of(
                new VatRateTable.Rate(new CountryCode("FR"), day, new BigDecimal("20")),
                new VatRateTable.Rate(new CountryCode("FR"), day, new BigDecimal("21")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VatRateTable.Rate(new CountryCode("CH"), day, new BigDecimal("8.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VatRateTable.Rate(new CountryCode("FR"), day, new BigDecimal("20.125")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_mentions_are_printed_for_the_zero_rated_treatments_only() {
        assertThat(VatTreatment.STANDARD.mention(Language.FR)).isEmpty();
        assertThat(VatTreatment.REVERSE_CHARGE.mention(Language.FR)).hasValueSatisfying(m ->
                assertThat(m).contains("Autoliquidation").contains("article 196"));
        assertThat(VatTreatment.REVERSE_CHARGE.mention(Language.EN)).hasValueSatisfying(m ->
                assertThat(m).contains("Reverse charge"));
        assertThat(VatTreatment.OUTSIDE_EU.mention(Language.EN)).hasValueSatisfying(m ->
                assertThat(m).contains("outside the European Union"));
    }

    @ParameterizedTest
    @CsvSource({"FR 40 303 265 045, FR40303265045", "de-123.456.789, DE123456789", "ATU12345678, ATU12345678",
            "NL123456789B01, NL123456789B01", "EL 123456789, EL123456789", "SE556677889901, SE556677889901",
            "IE1234567T, IE1234567T", "ESX1234567X, ESX1234567X"})
    void vat_numbers_are_read_as_people_write_them(String written, String normalised) {
        assertThat(VatId.parse(written).value()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FR", "FR123", "DE12345678", "US123456789", "GB123456789", "FRIO303265045",
            "NL123456789A01", "ATU1234567"})
    void malformed_vat_numbers_are_refused_naming_the_field(String written) {
        assertThatThrownBy(() -> VatId.parse(written)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(error -> error.field()).containsExactly("vat_id"));
    }

    @Test
    void a_buyers_vat_number_belongs_to_its_country() {
        assertThat(VatId.parse("EL123456789").country()).contains(new CountryCode("GR"));
        assertThatThrownBy(() -> buyer("FR", "DE123456789")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(error -> error.field()).containsExactly("vat_id"));
        assertThatThrownBy(() -> new BillingParty(" ", " ", new CountryCode("FR"), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(error -> error.field()).containsExactly("name", "address"));
        assertThatThrownBy(() -> new BillingParty("Acme", "x".repeat(BillingParty.ADDRESS_MAX + 1),
                new CountryCode("FR"), Optional.empty())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(error -> error.field()).containsExactly("address"));
    }

    @Test
    void a_team_without_a_profile_is_a_buyer_without_address_charged_as_a_consumer() {
        BillingParty team = BillingParty.withoutAddress("Acme", new CountryCode("FR"));
        assertThat(team.hasAddress()).isFalse();
        assertThat(team.isBusiness()).isFalse();
        assertThat(RULES.chargeFor(team, DAY).treatment()).isEqualTo(VatTreatment.STANDARD);
        assertThatThrownBy(() -> CountryCode.parse("XX")).isInstanceOf(DomainException.class);
        assertThat(CountryCode.parse(" fr ").value()).isEqualTo("FR");
    }
}
