package com.servelink.domain.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
            "en                          | EN",
            "EN                          | EN",
            "en-GB                       | EN",
            "en-GB,en;q=0.9,fr;q=0.8     | EN",
            "fr-FR,fr;q=0.9,en;q=0.8     | FR",
            "de-DE,de;q=0.9,en;q=0.5     | EN",
            "fr                          | FR",
            "de                          | FR",
            "*                           | FR",
            "' en-US ; q=1 '             | EN",
    })
    void the_first_supported_language_of_the_header_wins_and_french_is_the_fallback(String header, Language expected) {
        assertThat(Language.fromAcceptLanguage(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void no_header_means_french(String header) {
        assertThat(Language.fromAcceptLanguage(header)).isEqualTo(Language.FR).isEqualTo(Language.DEFAULT);
    }

    @Test
    void a_text_without_english_falls_back_to_french() {
        assertThat(new LocalizedText("Bonjour", null).in(Language.EN)).isEqualTo("Bonjour");
        assertThat(new LocalizedText("Bonjour", "").in(Language.EN)).isEqualTo("Bonjour");
        assertThat(new LocalizedText("Bonjour", "Hello").in(Language.EN)).isEqualTo("Hello");
        assertThat(new LocalizedText("Bonjour", "Hello").in(Language.FR)).isEqualTo("Bonjour");
    }

    @Test
    void the_french_text_is_required() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText(" ", "Hello"));
    }
}
