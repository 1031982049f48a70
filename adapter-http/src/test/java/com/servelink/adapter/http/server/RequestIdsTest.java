package com.servelink.adapter.http.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "req-42", "5f0c2a9e.81b3_4d67", "0123456789012345678901234567890123456789012345678901234567890123"})
    void a_sane_incoming_id_is_kept(String incoming) {
        assertThat(RequestIds.acceptOrGenerate(incoming)).isEqualTo(incoming);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "new\nline", "<script>", "ünïcode", "a/b", "{\"x\":1}",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void anything_else_is_replaced_by_a_fresh_id(String incoming) {
        String id = RequestIds.acceptOrGenerate(incoming);
        assertThat(id).isNotEqualTo(incoming).matches("[0-9a-f]{16}");
    }

    @Test
    void a_missing_id_is_generated_and_two_are_different() {
        assertThat(RequestIds.acceptOrGenerate(null)).matches("[0-9a-f]{16}");
        assertThat(RequestIds.acceptOrGenerate(null)).isNotEqualTo(RequestIds.acceptOrGenerate(null));
    }
}
