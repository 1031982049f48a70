package com.servelink.adapter.http.error;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ApiFieldNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "resourceType, resource_type",
            "expiresInDays, expires_in_days",
            "sizeMb, size_mb",
            "subject, subject",
            "resource_type, resource_type",
            "items[0].quantity, items[0].quantity",
            "plans.pro.ramMb, plans.pro.ram_mb",
            "Idempotency-Key, Idempotency-Key",
            "p90, p90"})
    void a_domain_name_is_reported_under_its_api_name(String domain, String api) {
        assertThat(ApiFieldNames.of(domain)).isEqualTo(api);
    }

    @Test
    void a_refusal_names_its_fields_and_its_detail_the_api_way() {
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> new FieldChecks()
                .require(false, "resourceType", "is required")
                .require(false, "quantity", "must be 1 to 100")
                .throwIfAny());

        assertThat(ApiFieldNames.errors(refusal)).containsExactly(new FieldError("resource_type", "is required"),
                new FieldError("quantity", "must be 1 to 100"));
        assertThat(ApiFieldNames.detail(refusal)).isEqualTo("resource_type: is required");
    }

    @Test
    void a_detail_that_does_not_start_with_the_field_is_left_alone() {
        DomainException refusal = new DomainException(com.servelink.domain.shared.ErrorCode.INVALID_FIELD,
                "two problems", java.util.List.of(new FieldError("userId", "no user has this id")));

        assertThat(ApiFieldNames.detail(refusal)).isEqualTo("two problems");
        assertThat(Problems.of(refusal).body().get("errors")).asList()
                .containsExactly(java.util.Map.of("field", "user_id", "message", "no user has this id"));
    }
}
