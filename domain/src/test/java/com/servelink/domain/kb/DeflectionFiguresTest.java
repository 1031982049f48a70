package com.servelink.domain.kb;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeflectionFiguresTest {
    @Test
    void the_rate_is_over_settled_openings_only() {
        DeflectionFigures figures = new DeflectionFigures(10, 2, 5);
        assertThat(figures.deflected()).isEqualTo(3);
        assertThat(figures.rate()).contains(new BigDecimal("0.6000"));
        assertThat(new DeflectionFigures(4, 0, 4).rate()).isEmpty();
        assertThat(new DeflectionFigures(0, 0, 0).rate()).isEmpty();
        assertThat(new DeflectionFigures(3, 1, 0).rate()).contains(new BigDecimal("0.6667"));
    }

    @Test
    void counts_must_add_up() {
        assertThatThrownBy(() -> new DeflectionFigures(1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeflectionFigures(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
