package com.servelink.adapter.http.server;

import com.servelink.adapter.http.error.HttpError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormBodyTest {
    private static FormBody parse(String body) {
        return FormBody.parse(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void fields_are_decoded_as_utf_8_and_the_first_of_a_repeated_one_is_kept() {
        FormBody form = parse("subject=Probl%C3%A8me+de+d%C3%A9ploiement&empty=&flag&subject=second");
        assertThat(form.raw("subject")).isEqualTo("Problème de déploiement");
        assertThat(form.field("empty")).isEmpty();
        assertThat(form.raw("empty")).isEmpty();
        assertThat(form.raw("flag")).isEmpty();
        assertThat(form.raw("missing")).isNull();
        assertThat(parse("").fields()).isEmpty();
    }

    @Test
    void a_body_that_is_not_url_encoded_utf_8_is_a_400() {
        for (String bad : new String[] {"subject=%C3", "subject=%zz", "subject=\u00e9"}) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOfSatisfying(HttpError.class,
                    e -> assertThat(e.status()).isEqualTo(400));
        }
        assertThat(parse("x=%EF%BF%BD").raw("x")).isEqualTo("\uFFFD"); // sent on purpose: kept
    }
}
