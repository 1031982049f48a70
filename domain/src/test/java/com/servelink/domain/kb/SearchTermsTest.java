package com.servelink.domain.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {
    @Test
    void words_are_folded_and_stop_words_dropped() {
        assertThat(SearchTerms.of("Le DÉPLOIEMENT de mon application")).containsExactly("deploi", "applic");
        assertThat(SearchTerms.of("How do I deploy my app?")).containsExactly("deploy", "app");
        assertThat(SearchTerms.of("  ,;%_ ")).isEmpty();
    }

    @Test
    void other_forms_of_a_word_share_a_stem() {
        assertThat(SearchTerms.stem("deploiements")).isEqualTo(SearchTerms.stem("deploiement"));
        assertThat(SearchTerms.stem("deploying")).isEqualTo("deploy");
        assertThat(SearchTerms.stem("deployed")).isEqualTo("deploy");
        assertThat(SearchTerms.stem("deployments")).isEqualTo("deploy");
        assertThat(SearchTerms.stem("factures")).isEqualTo(SearchTerms.stem("facture"));
        // short words keep their letters
        assertThat(SearchTerms.stem("ram")).isEqualTo("ram");
        assertThat(SearchTerms.stem("uses")).isEqualTo("uses");
    }

    @Test
    void terms_are_distinct_and_bounded() {
        assertThat(SearchTerms.of("facture factures FACTURE")).containsExactly("factur");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            many.append("mot").append(i).append(' ');
        }
        assertThat(SearchTerms.of(many.toString())).hasSize(SearchTerms.MAX_TERMS);
    }
}
