package com.servelink.domain.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CountedLimitPolicyTest {
    private static final PlanLimits FREE = new PlanLimits(new BigDecimal("0.3"), 100, 5, 100, 2, 1);
    private static final PlanLimits UNLIMITED = new PlanLimits(new BigDecimal("4"), 6144, 10, 10240,
            PlanLimits.UNLIMITED, PlanLimits.UNLIMITED);

    @Test
    void a_free_team_may_add_its_second_project_but_not_a_third() {
        CountedLimitPolicy.requireRoomForOneMore(FREE, CountedLimit.PROJECTS, 1);

        PlanLimitReached refusal = catchThrowableOfType(
                () -> CountedLimitPolicy.requireRoomForOneMore(FREE, CountedLimit.PROJECTS, 2), PlanLimitReached.class);

        assertThat(refusal.overruns()).containsExactly(new LimitOverrun(CountedLimit.PROJECTS, 2, 2));
        assertThat(refusal.getMessage()).contains("projects 2 of 2 allowed");
    }

    @Test
    void a_free_team_has_room_for_one_member_only() {
        CountedLimitPolicy.requireRoomForOneMore(FREE, CountedLimit.MEMBERS, 0);
        assertThatThrownBy(() -> CountedLimitPolicy.requireRoomForOneMore(FREE, CountedLimit.MEMBERS, 1))
                .isInstanceOf(PlanLimitReached.class);
    }

    @Test
    void minus_one_is_unlimited() {
        CountedLimitPolicy.requireRoomForOneMore(UNLIMITED, CountedLimit.PROJECTS, 1_000_000);
        CountedLimitPolicy.requireRoomForOneMore(UNLIMITED, CountedLimit.MEMBERS, 1_000_000);
        assertThat(CountedLimitPolicy.overruns(UNLIMITED, 1_000_000, 1_000_000)).isEmpty();
    }

    @Test
    void a_limit_of_zero_refuses_the_first() {
        PlanLimits none = new PlanLimits(BigDecimal.ONE, 1, 1, 1, 0, 0);
        assertThatThrownBy(() -> CountedLimitPolicy.requireRoomForOneMore(none, CountedLimit.PROJECTS, 0))
                .isInstanceOf(PlanLimitReached.class);
    }

    @Test
    void a_team_at_its_limits_is_not_over_them_but_one_more_is() {
        assertThat(CountedLimitPolicy.overruns(FREE, 2, 1)).isEmpty();
        assertThat(CountedLimitPolicy.overruns(FREE, 5, 1))
                .containsExactly(new LimitOverrun(CountedLimit.PROJECTS, 2, 5));
        assertThat(CountedLimitPolicy.overruns(FREE, 3, 4)).containsExactly(
                new LimitOverrun(CountedLimit.PROJECTS, 2, 3), new LimitOverrun(CountedLimit.MEMBERS, 1, 4));
    }
}
