package com.servelink.domain.shared;

import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.team.TeamSlug;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written shape checks accept exactly what the regexes they document accept. */
class ShapesPropertyTest {
    @Provide
    Arbitrary<String> candidates() {
        // only a slug's characters, mostly valid characters (so that valid values are drawn often),
        // or any of the edges of each class, separators, traversal and injection characters
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("az09-").ofMinLength(1).ofMaxLength(45),
                Arbitraries.strings().withChars("az09-_AZ").ofMinLength(0).ofMaxLength(70),
                Arbitraries.strings().withChars("aAzZ09m-_./%'é \u0000").ofMinLength(0).ofMaxLength(70));
    }

    @Property(tries = 3000)
    void teamSlugsAreTheirRegex(@ForAll("candidates") String value) {
        assertThat(TeamSlug.isValid(value)).isEqualTo(value.matches("[a-z][a-z0-9-]{2,39}"));
    }

    @Property(tries = 3000)
    void planKeysAreTheirRegex(@ForAll("candidates") String value) {
        assertThat(PlanId.isValid(value)).isEqualTo(value.matches("[a-z][a-z0-9_-]{0,39}"));
    }

    @Property(tries = 3000)
    void prefixedIdsAreTheirRegex(@ForAll("candidates") String value) {
        assertThat(PrefixedIds.isValid("res_" + value, "res_")).isEqualTo(value.matches("[A-Za-z0-9]{1,64}"));
        assertThat(PrefixedIds.isValid(value, "res_")).isEqualTo(value.matches("res_[A-Za-z0-9]{1,64}"));
    }

    @Test
    void lengthBoundsAreInclusive() {
        assertThat(TeamSlug.isValid("ab")).isFalse();
        assertThat(TeamSlug.isValid("abc")).isTrue();
        assertThat(TeamSlug.isValid("a".repeat(40))).isTrue();
        assertThat(TeamSlug.isValid("a".repeat(41))).isFalse();
        assertThat(PrefixedIds.isValid("res_" + "A".repeat(64), "res_")).isTrue();
        assertThat(PrefixedIds.isValid("res_" + "A".repeat(65), "res_")).isFalse();
        assertThat(Shapes.matches(null, 0, 0, 1, Shapes.LOWER, Shapes.LOWER)).isFalse();
    }
}
