package com.servelink.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorableTextTest {

    @Test
    void nul_and_unpaired_surrogates_are_not_storable() {
        for (String bad : new String[]{"\u0000", "a\u0000b", "\uD800", "a\uD800b", "\uDC00", "\uDC00\uD800", "x\uD83D"}) {
            assertThat(StorableText.isStorable(bad)).as(StorableText.visible(bad)).isFalse();
        }
    }

    @Test
    void every_character_else_is_storable_emoji_and_combining_marks_included() {
        for (String good : new String[]{"", "Problème", "😀🔥", "e\u0301\u0301", "\uFFFF", "\u202Eevil", "\uFEFF", "%00"}) {
            assertThat(StorableText.isStorable(good)).as(good).isTrue();
        }
    }

    @Test
    void a_refusal_names_the_field_and_shows_what_it_carried_escaped() {
        assertThatThrownBy(() -> StorableText.require("subject", "a\u0000b"))
                .isInstanceOf(DomainException.class).hasMessage("subject: " + StorableText.REFUSED);
        assertThat(StorableText.visible("a\u0000b\uD800😀")).isEqualTo("a\\u0000b\\uD800😀");
    }

    @Test
    void the_domains_text_check_refuses_them_too() {
        assertThat(new FieldChecks().text("Sujet \u0000", "subject", 1, 200).hasErrors()).isTrue();
        assertThat(new FieldChecks().text("Sujet", "subject", 1, 200).hasErrors()).isFalse();
    }
}
