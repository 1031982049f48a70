package com.servelink.domain.kb.faq;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "write to jean.dupont@example.com today | write to [e-mail removed] today",
            "key sk_live_51HxQmK2eZvKYlo2Cabcd leaked | key [secret removed] leaked",
            "our token tok_9f8e7d6c5b4a39281706 | our token [secret removed]",
            "see https://admin:hunter2@panel.example.net/login now | see [link removed] now",
            "hook https://api.example.com/hook?token=abc123def456 | hook [link removed]",
            "call +33 6 12 34 56 78 please | call [phone number removed] please",
            "IBAN FR76 3000 6000 0112 3456 7890 189 ok | IBAN [bank account removed] ok",
            "Authorization: Bearer eyJhbGciOi.eyJzdWIiOiIx.SflKxwRJSM | Authorization: [secret removed]",
            "password: Tr0ub4dor&3xyz | [secret removed]"})
    void personal_data_is_replaced(String text, String expected) {
        assertThat(PersonalData.scrub(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Set NODE_OPTIONS=--max-old-space-size=1536 in the project",
            "Point the CNAME to edge.servelink.eu and wait 24 h", "Error 502 since 2026-12-01",
            "Visit https://docs.servelink.eu/guides/dns for the guide"})
    void ordinary_words_numbers_and_plain_links_stay(String text) {
        assertThat(PersonalData.scrub(text)).isEqualTo(text);
    }
}
