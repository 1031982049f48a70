package com.servelink.domain.invoicing;

import com.servelink.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentNumberTest {
    @Test
    void invoices_and_credit_notes_print_and_read_back() {
        DocumentNumber invoice = new DocumentNumber(DocumentNumber.Kind.INVOICE, 2026, 123);
        DocumentNumber note = new DocumentNumber(DocumentNumber.Kind.CREDIT_NOTE, 2026, 7);
        assertThat(invoice).hasToString("SL-2026-000123");
        assertThat(note).hasToString("SL-AV-2026-000007");
        assertThat(DocumentNumber.parse("SL-2026-000123", "number")).isEqualTo(invoice);
        assertThat(DocumentNumber.parse("SL-AV-2026-000007", "number")).isEqualTo(note);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SL-2026-123", "SL-2026-000000", "sl-2026-000123", "SL-AV-26-000001",
            "SL-2026-0001234", "XX-2026-000123", "SL-2026-000123.pdf"})
    void other_shapes_are_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text, "number")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(error -> error.field()).containsExactly("number"));
    }

    @Test
    void an_invoice_is_numbered_in_its_own_years_sequence() {
        assertThatThrownBy(() -> new DocumentNumber(DocumentNumber.Kind.INVOICE, 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber(DocumentNumber.Kind.INVOICE, 2026, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
