package com.servelink.domain.catalog;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResourceTypeTest {

    @ParameterizedTest
    @CsvSource({"ram, RAM", "cpu, CPU", "traffic, TRAFFIC", "storage, STORAGE"})
    void each_wire_name_reads_back_as_its_type(String code, ResourceType expected) {
        assertThat(ResourceType.fromCode(code, "resource_type")).isEqualTo(expected);
        assertThat(expected.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"RAM", "gpu", " ram", "ram ", "disk"})
    void anything_else_is_refused_naming_the_field_and_the_allowed_values(String code) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> ResourceType.fromCode(code, "resource_type"))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("resource_type");
                    assertThat(e.getMessage()).startsWith("resource_type").contains("ram, cpu, traffic, storage");
                });
    }

    @Test
    void one_unit_adds_500_mb_of_ram_one_cpu_10_gb_of_traffic_or_10_gb_of_storage() {
        assertThat(ResourceType.RAM.amountPerUnit()).isEqualByComparingTo("500");
        assertThat(ResourceType.CPU.amountPerUnit()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(ResourceType.TRAFFIC.amountPerUnit()).isEqualByComparingTo("10");
        assertThat(ResourceType.STORAGE.amountPerUnit()).isEqualByComparingTo("10");
    }
}
