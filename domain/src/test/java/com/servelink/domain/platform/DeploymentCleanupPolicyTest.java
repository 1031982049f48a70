package com.servelink.domain.platform;

import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static com.servelink.domain.platform.DeploymentStatus.FAILED;
import static com.servelink.domain.platform.DeploymentStatus.FINISHED;
import static com.servelink.domain.platform.DeploymentStatus.REMOVED;
import static com.servelink.domain.platform.DeploymentStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeploymentCleanupPolicyTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final ProjectId PROJECT = ProjectId.fromOpaque("p1");
    private final List<Deployment> all = new ArrayList<>();

    private Deployment deploy(String id, String environment, DeploymentStatus status, boolean current, int hour) {
        Deployment d = Deployment.create(DeploymentId.fromOpaque(id), PROJECT, new Environment(environment), status,
                current, 10, T0.plus(Duration.ofHours(hour)));
        all.add(d);
        return d;
    }

    private List<String> removableIds() {
        return DeploymentCleanupPolicy.removable(all).stream().map(d -> d.id().value()).toList();
    }

    private void applyPolicy() {
        DeploymentCleanupPolicy.removable(all).forEach(Deployment::remove);
    }

    @Test
    void keeps_the_current_and_the_previous_and_removes_older_settled_deployments() {
        deploy("d1", "production", FINISHED, false, 1);
        deploy("d2", "production", FAILED, false, 2);
        deploy("d3", "production", FINISHED, false, 3);
        deploy("d4", "production", FINISHED, false, 4);
        deploy("d5", "production", FINISHED, true, 5);

        assertThat(removableIds()).containsExactly("dep_d1", "dep_d2", "dep_d3");
        applyPolicy();
        assertThat(all).extracting(Deployment::status).containsExactly(REMOVED, REMOVED, REMOVED, FINISHED, FINISHED);
    }

    @Test
    void running_deployments_are_never_removed() {
        deploy("d1", "production", RUNNING, false, 1);
        deploy("d2", "production", FINISHED, false, 2);
        deploy("d3", "production", FINISHED, false, 3);
        deploy("d4", "production", RUNNING, true, 4);
        deploy("d5", "production", RUNNING, false, 5);

        assertThat(removableIds()).containsExactly("dep_d2");
    }

    @Test
    void each_environment_keeps_its_own_current_and_previous() {
        deploy("p1", "production", FINISHED, false, 1);
        deploy("v1", "preview", FINISHED, false, 2);
        deploy("p2", "production", FINISHED, false, 3);
        deploy("v2", "preview", FINISHED, false, 4);
        deploy("p3", "production", FINISHED, true, 5);
        deploy("v3", "preview", FINISHED, true, 6);

        assertThat(removableIds()).containsExactly("dep_p1", "dep_v1");
    }

    @Test
    void a_failed_deployment_is_not_a_rollback_target() {
        deploy("d1", "production", FINISHED, false, 1);
        deploy("d2", "production", FINISHED, false, 2);
        deploy("d3", "production", FAILED, false, 3);
        deploy("d4", "production", FINISHED, true, 4);

        assertThat(DeploymentCleanupPolicy.rollbackTarget(all)).map(d -> d.id().value()).contains("dep_d2");
        assertThat(removableIds()).containsExactly("dep_d1");
    }

    @Test
    void deployments_newer_than_the_current_one_are_kept() {
        deploy("d1", "production", FINISHED, false, 1);
        deploy("d2", "production", FINISHED, false, 2);
        deploy("d3", "production", FINISHED, true, 3);
        deploy("d4", "production", FAILED, false, 4);
        deploy("d5", "production", FINISHED, false, 5);

        assertThat(removableIds()).containsExactly("dep_d1");
    }

    @Test
    void without_a_current_deployment_the_latest_finished_one_is_kept() {
        deploy("d1", "production", FINISHED, false, 1);
        deploy("d2", "production", FAILED, false, 2);
        deploy("d3", "production", FINISHED, false, 3);
        deploy("d4", "production", FAILED, false, 4);

        assertThat(removableIds()).containsExactly("dep_d1", "dep_d2");
    }

    @Test
    void without_a_rollback_target_the_current_deployment_is_the_line() {
        deploy("d1", "production", FAILED, false, 1);
        deploy("d2", "production", FINISHED, true, 2);
        deploy("d3", "production", FAILED, false, 3);

        assertThat(removableIds()).containsExactly("dep_d1");
    }

    @Test
    void with_neither_current_nor_finished_deployments_nothing_is_removed() {
        deploy("d1", "production", FAILED, false, 1);
        deploy("d2", "production", FAILED, false, 2);
        deploy("d3", "production", RUNNING, false, 3);

        assertThat(removableIds()).isEmpty();
    }

    @Test
    void equal_creation_times_are_ordered_by_id() {
        deploy("b", "production", FINISHED, false, 1);
        deploy("a", "production", FINISHED, false, 1);
        deploy("c", "production", FINISHED, true, 1);

        assertThat(removableIds()).containsExactly("dep_a");
        deploy("0", "production", FINISHED, false, 1);
        assertThat(removableIds()).containsExactly("dep_0", "dep_a");
    }

    @Test
    void applying_the_policy_twice_removes_nothing_more() {
        for (int hour = 1; hour <= 6; hour++) {
            deploy("d" + hour, "production", hour % 3 == 0 ? FAILED : FINISHED, hour == 6, hour);
        }
        applyPolicy();
        assertThat(DeploymentCleanupPolicy.removable(all)).isEmpty();
    }

    @Nested
    class Deployments {
        private final Deployment running = Deployment.create(DeploymentId.fromOpaque("x"), PROJECT,
                new Environment("production"), RUNNING, false, 0, T0);

        @Test
        void statuses_move_forward_only() {
            assertThat(running.report(FINISHED, true, OptionalLong.of(25))).isTrue();
            assertThat(running.report(FINISHED, true, OptionalLong.empty())).isFalse();
            assertThat(running.sizeMb()).isEqualTo(25);
            DomainException refusal = assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> running.report(RUNNING, true, OptionalLong.empty())).actual();
            assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
        }

        @Test
        void running_or_current_deployments_cannot_be_removed_and_removed_ones_cannot_be_reported() {
            assertThatExceptionOfType(DomainException.class).isThrownBy(running::remove);
            running.report(FINISHED, true, OptionalLong.empty());
            assertThatExceptionOfType(DomainException.class).isThrownBy(running::remove);
            assertThat(running.retire()).isTrue();
            assertThat(running.remove()).isTrue();
            assertThat(running.remove()).isFalse();
            assertThat(assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> running.report(FINISHED, true, OptionalLong.empty())).actual().code())
                    .isEqualTo(ErrorCode.INVALID_TRANSITION);
        }

        @Test
        void the_platform_cannot_report_removed() {
            assertThat(assertThatExceptionOfType(DomainException.class).isThrownBy(() -> Deployment.create(
                    DeploymentId.fromOpaque("y"), PROJECT, new Environment("production"), REMOVED, false, 0, T0))
                    .actual().fieldErrors()).extracting(FieldError::field).containsExactly("status");
        }

        @Test
        void environments_are_1_to_40_characters_of_lowercase_letters_digits_and_dashes() {
            assertThat(Environment.isValid("production")).isTrue();
            assertThat(Environment.isValid("pr-42")).isTrue();
            assertThat(Environment.isValid("a".repeat(40))).isTrue();
            assertThat(Environment.isValid("a".repeat(41))).isFalse();
            assertThat(Environment.isValid("")).isFalse();
            assertThat(Environment.isValid("Production")).isFalse();
            assertThat(Environment.isValid("pré")).isFalse();
            assertThat(Environment.isValid(null)).isFalse();
        }
    }
}
