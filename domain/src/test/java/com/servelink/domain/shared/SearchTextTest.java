package com.servelink.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @ParameterizedTest(name = "\"{1}\" finds \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Problème de déploiement     | deploiement",
            "Problème de déploiement     | déploiement",
            "Problème de déploiement     | DÉPLOIEMENT",
            "Problème de déploiement     | probleme de DEPLOI",
            "Mon application ne démarre pas | DEMARRE",
            "Crème brûlée                | creme brulee",
    })
    void matching_ignores_case_and_accents(String haystack, String needle) {
        assertThat(SearchText.contains(haystack, needle)).isTrue();
    }

    @Test
    void a_word_that_is_not_there_is_not_found() {
        assertThat(SearchText.contains("Problème de déploiement", "facture")).isFalse();
    }

    @Test
    void percent_and_underscore_are_literal_characters_not_wildcards() {
        assertThat(SearchText.contains("Disk at 500 GB", "50%")).isFalse();
        assertThat(SearchText.contains("Disk at 50% capacity", "50%")).isTrue();
        assertThat(SearchText.contains("my-app crashed", "my_app")).isFalse();
        assertThat(SearchText.contains("my_app crashed", "my_app")).isTrue();
        assertThat(SearchText.contains("anything", "%")).isFalse();
        assertThat(SearchText.contains("anything", "_")).isFalse();
    }

    @Test
    void folding_removes_accents_and_lowers_case() {
        assertThat(SearchText.fold("Problème de DÉPLOIEMENT")).isEqualTo("probleme de deploiement");
    }
}
