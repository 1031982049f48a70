package com.servelink.domain.shared;

import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.support.TicketId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PrefixedIdsTest {

    @Test
    void well_formed_ids_are_accepted() {
        assertThat(new ResourceId("res_xyz789").value()).isEqualTo("res_xyz789");
        assertThat(PaymentId.fromOpaque("abc123")).isEqualTo(new PaymentId("pm_abc123"));
        assertThat(TicketId.fromOpaque("123").toString()).isEqualTo("ticket_123");
    }

    @Test
    void the_opaque_part_is_at_most_64_characters() {
        assertThat(new ResourceId("res_" + "a".repeat(64)).value()).hasSize(68);
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> new ResourceId("res_" + "a".repeat(65)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"res_", "pm_abc", "res_../../etc", "res_1;DROP TABLE", "RES_abc", "res_abc def",
            "res_é"})
    void malformed_resource_ids_are_refused_naming_the_field(String value) {
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> new ResourceId(value))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("resourceId");
                });
    }
}
