package com.servelink.domain.platform;

import com.servelink.domain.catalog.InactiveProjectPolicy;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProjectTest {
    private static final Instant CREATED = Instant.parse("2025-01-01T12:00:00Z");
    private static final InactiveProjectPolicy FREE_POLICY = new InactiveProjectPolicy(5, 7);
    private static final Duration FIVE_DAYS = Duration.ofHours(120);
    private static final Duration SEVEN_DAYS = Duration.ofHours(168);
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final Project project = Project.create(ProjectId.fromOpaque("p1"), TeamId.fromOpaque("tiny"), "shop",
            CREATED);

    private static DomainException refusal(Runnable call) {
        return assertThatExceptionOfType(DomainException.class).isThrownBy(call::run).actual();
    }

    @Nested
    class Creation {
        @Test
        void a_new_project_is_active_without_traffic_storage_or_reactivation() {
            assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
            assertThat(project.createdAt()).isEqualTo(CREATED);
            assertThat(project.lastTrafficAt()).isEmpty();
            assertThat(project.inactiveSince()).isEmpty();
            assertThat(project.storageMb()).isZero();
            assertThat(project.reactivationCount()).isZero();
            assertThat(project.version()).isZero();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 101})
        void a_name_has_1_to_100_code_points(int length) {
            DomainException refusal = refusal(() -> Project.create(ProjectId.fromOpaque("p2"),
                    TeamId.fromOpaque("tiny"), "a".repeat(length), CREATED));
            assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_FIELD);
            assertThat(refusal.fieldErrors()).extracting(FieldError::field).containsExactly("name");
        }

        @Test
        void lengths_count_code_points_and_blank_names_are_refused() {
            String hundredEmoji = "\uD83D\uDE80".repeat(100);
            assertThat(Project.create(ProjectId.fromOpaque("p3"), TeamId.fromOpaque("tiny"), hundredEmoji, CREATED)
                    .name()).isEqualTo(hundredEmoji);
            assertThat(refusal(() -> project.rename("   ")).fieldErrors()).extracting(FieldError::field)
                    .containsExactly("name");
            project.rename("boutique");
            assertThat(project.name()).isEqualTo("boutique");
        }

        @Test
        void project_ids_carry_their_prefix() {
            assertThat(ProjectId.fromOpaque("abc").value()).isEqualTo("prj_abc");
            assertThat(refusal(() -> new ProjectId("dep_abc")).fieldErrors()).extracting(FieldError::field)
                    .containsExactly("projectId");
        }

        @Test
        void inconsistent_stored_states_are_refused() {
            assertThatIllegalArgumentException().isThrownBy(() -> Project.reconstitute(ProjectId.fromOpaque("p"),
                    TeamId.fromOpaque("t"), "x", ProjectStatus.INACTIVE, CREATED, null, null, null, 0, 0, 0));
            assertThatIllegalArgumentException().isThrownBy(() -> Project.reconstitute(ProjectId.fromOpaque("p"),
                    TeamId.fromOpaque("t"), "x", ProjectStatus.ACTIVE, CREATED, null, CREATED, null, 0, 0, 0));
        }
    }

    @Nested
    class Traffic {
        @Test
        void the_latest_traffic_is_kept() {
            Instant later = CREATED.plus(Duration.ofDays(2));
            assertThat(project.recordTraffic(later)).isTrue();
            assertThat(project.recordTraffic(CREATED.plus(Duration.ofDays(1)))).isFalse();
            assertThat(project.recordTraffic(later)).isFalse();
            assertThat(project.lastTrafficAt()).contains(later);
        }

        @Test
        void traffic_on_an_inactive_project_is_recorded_but_does_not_reactivate_it() {
            Instant paused = CREATED.plus(FIVE_DAYS);
            project.applyInactivityPolicy(FREE_POLICY, paused);
            assertThat(project.recordTraffic(paused.plus(Duration.ofHours(1)))).isTrue();
            assertThat(project.status()).isEqualTo(ProjectStatus.INACTIVE);
            // still disabled seven days after the pause, whatever the traffic
            assertThat(project.applyInactivityPolicy(FREE_POLICY, paused.plus(SEVEN_DAYS))).isTrue();
            assertThat(project.status()).isEqualTo(ProjectStatus.DISABLED);
        }
    }

    @Nested
    class Inactivity_policy {
        @Test
        void five_days_without_traffic_minus_one_second_keeps_the_project_active() {
            project.recordTraffic(CREATED.plus(Duration.ofDays(1)));
            Instant justBefore = CREATED.plus(Duration.ofDays(1)).plus(FIVE_DAYS).minus(SECOND);
            assertThat(project.applyInactivityPolicy(FREE_POLICY, justBefore)).isFalse();
            assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
        }

        @Test
        void exactly_five_days_without_traffic_pauses_the_project() {
            Instant traffic = CREATED.plus(Duration.ofDays(1));
            project.recordTraffic(traffic);
            Instant boundary = traffic.plus(FIVE_DAYS);
            assertThat(project.statusDue(FREE_POLICY, boundary)).isEqualTo(ProjectStatus.INACTIVE);
            assertThat(project.applyInactivityPolicy(FREE_POLICY, boundary)).isTrue();
            assertThat(project.status()).isEqualTo(ProjectStatus.INACTIVE);
            assertThat(project.inactiveSince()).contains(boundary);
        }

        @Test
        void a_project_that_never_had_traffic_counts_from_its_creation() {
            assertThat(project.inactivityCountedFrom()).isEqualTo(CREATED);
            assertThat(project.applyInactivityPolicy(FREE_POLICY, CREATED.plus(FIVE_DAYS).minus(SECOND))).isFalse();
            assertThat(project.applyInactivityPolicy(FREE_POLICY, CREATED.plus(FIVE_DAYS))).isTrue();
        }

        @Test
        void seven_days_inactive_minus_one_second_keeps_it_inactive_and_exactly_seven_disables_it() {
            Instant paused = CREATED.plus(FIVE_DAYS).plus(Duration.ofHours(3));
            project.applyInactivityPolicy(FREE_POLICY, paused);

            assertThat(project.applyInactivityPolicy(FREE_POLICY, paused.plus(SEVEN_DAYS).minus(SECOND))).isFalse();
            assertThat(project.status()).isEqualTo(ProjectStatus.INACTIVE);

            assertThat(project.applyInactivityPolicy(FREE_POLICY, paused.plus(SEVEN_DAYS))).isTrue();
            assertThat(project.status()).isEqualTo(ProjectStatus.DISABLED);
            assertThat(project.inactiveSince()).contains(paused);
        }

        @Test
        void one_evaluation_moves_one_step_only_so_the_team_always_gets_the_full_grace_period() {
            Instant muchLater = CREATED.plus(Duration.ofDays(40));
            assertThat(project.applyInactivityPolicy(FREE_POLICY, muchLater)).isTrue();
            assertThat(project.status()).isEqualTo(ProjectStatus.INACTIVE);
            assertThat(project.applyInactivityPolicy(FREE_POLICY, muchLater)).isFalse();
            assertThat(project.inactiveSince()).contains(muchLater);
        }

        @Test
        void a_disabled_project_stays_disabled() {
            project.applyInactivityPolicy(FREE_POLICY, CREATED.plus(FIVE_DAYS));
            project.applyInactivityPolicy(FREE_POLICY, CREATED.plus(FIVE_DAYS).plus(SEVEN_DAYS));
            assertThat(project.applyInactivityPolicy(FREE_POLICY, CREATED.plus(Duration.ofDays(400)))).isFalse();
            assertThat(project.status()).isEqualTo(ProjectStatus.DISABLED);
        }
    }

    @Nested
    class Reactivation {
        private final Instant paused = CREATED.plus(FIVE_DAYS);

        @Test
        void an_inactive_project_is_reactivated_and_gets_a_full_pause_delay_again() {
            project.applyInactivityPolicy(FREE_POLICY, paused);
            Instant reactivated = paused.plus(Duration.ofDays(6));
            project.reactivate(reactivated);

            assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
            assertThat(project.inactiveSince()).isEmpty();
            assertThat(project.reactivationCount()).isEqualTo(1);
            assertThat(project.lastReactivatedAt()).contains(reactivated);
            assertThat(project.inactivityCountedFrom()).isEqualTo(reactivated);
            assertThat(project.applyInactivityPolicy(FREE_POLICY, reactivated.plus(FIVE_DAYS).minus(SECOND)))
                    .isFalse();
            assertThat(project.applyInactivityPolicy(FREE_POLICY, reactivated.plus(FIVE_DAYS))).isTrue();
        }

        @Test
        void a_disabled_project_cannot_be_reactivated() {
            project.applyInactivityPolicy(FREE_POLICY, paused);
            project.applyInactivityPolicy(FREE_POLICY, paused.plus(SEVEN_DAYS));
            DomainException refusal = refusal(() -> project.reactivate(paused.plus(Duration.ofDays(8))));
            assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
            assertThat(refusal.getMessage()).contains("disabled");
            assertThat(project.status()).isEqualTo(ProjectStatus.DISABLED);
            assertThat(project.reactivationCount()).isZero();
        }

        @Test
        void an_active_project_cannot_be_reactivated() {
            assertThat(refusal(() -> project.reactivate(CREATED)).code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
        }
    }

    @Nested
    class Storage {
        @Test
        void storage_changes_are_reported_and_negative_values_refused() {
            assertThat(project.updateStorage(42)).isTrue();
            assertThat(project.updateStorage(42)).isFalse();
            assertThat(project.storageMb()).isEqualTo(42);
            assertThatIllegalArgumentException().isThrownBy(() -> project.updateStorage(-1));
        }
    }
}
