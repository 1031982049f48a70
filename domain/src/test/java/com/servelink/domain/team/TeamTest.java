package com.servelink.domain.team;

import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TeamTest {

    @ParameterizedTest
    @ValueSource(strings = {"my-team", "abc", "a12", "acme-2025"})
    void slugs_of_three_to_forty_lower_case_letters_digits_and_dashes_starting_with_a_letter(String slug) {
        assertThat(new TeamSlug(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "1team", "-team", "My-Team", "my_team", "my team", "équipe", "../etc"})
    void other_slugs_are_refused_naming_the_field(String slug) {
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> new TeamSlug(slug))
                .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("slug"));
    }

    @Test
    void a_slug_is_at_most_forty_characters() {
        assertThat(new TeamSlug("a" + "-".repeat(38) + "z").value()).hasSize(40);
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> new TeamSlug("a" + "-".repeat(39) + "z"));
    }

    @ParameterizedTest
    @CsvSource({"owner, true", "admin, true", "member, false"})
    void owners_and_admins_manage_billing(String role, boolean managesBilling) {
        assertThat(Role.fromCode(role).managesBilling()).isEqualTo(managesBilling);
    }

    @Test
    void a_team_changes_plan() {
        Team team = Team.create(TeamId.fromOpaque("abc"), new TeamSlug("my-team"), "My team", PlanId.PRO);

        team.changePlan(PlanId.FREE);

        assertThat(team.plan()).isEqualTo(PlanId.FREE);
    }

    @Test
    void a_team_needs_a_name() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> Team.create(TeamId.fromOpaque("abc"), new TeamSlug("my-team"), " ", PlanId.PRO))
                .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("name"));
    }

    @Test
    void user_ids_are_positive() {
        assertThat(new UserId(42).value()).isEqualTo(42);
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> new UserId(0))
                .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("userId"));
    }
}
