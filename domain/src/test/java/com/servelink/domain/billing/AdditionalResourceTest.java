package com.servelink.domain.billing;

import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.TeamId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdditionalResourceTest {
    private static final Instant PURCHASED = Instant.parse("2025-01-25T10:00:00Z");
    private static final Instant PAID = Instant.parse("2025-01-25T10:05:00Z");

    private final AdditionalResource resource = AdditionalResource.purchase(ResourceId.fromOpaque("xyz789"),
            TeamId.fromOpaque("abc"), ResourceType.RAM, new Quantity(2), Money.eur("1.00"),
            PaymentId.fromOpaque("abc123"), PURCHASED);

    @Nested
    class Purchase {
        @Test
        void a_new_resource_waits_for_its_payment_and_does_not_count() {
            assertThat(resource.status()).isEqualTo(ResourceStatus.PENDING);
            assertThat(resource.createdAt()).isEqualTo(PURCHASED);
            assertThat(resource.activatedAt()).isEmpty();
            assertThat(resource.expiresAt()).isEmpty();
            assertThat(resource.countsAt(PURCHASED)).isFalse();
            assertThat(resource.countsAt(PURCHASED.plus(Duration.ofDays(1)))).isFalse();
        }

        @Test
        void its_price_is_unit_price_times_quantity() {
            assertThat(resource.totalPrice()).isEqualTo(Money.eur("2.00"));
        }
    }

    @Nested
    class Activation {
        @Test
        void a_completed_payment_activates_the_resource_for_exactly_720_hours() {
            assertThat(resource.activate(PAID)).isTrue();

            assertThat(resource.status()).isEqualTo(ResourceStatus.ACTIVE);
            assertThat(resource.activatedAt()).contains(PAID);
            assertThat(resource.expiresAt()).contains(PAID.plus(Duration.ofHours(720)));
            assertThat(resource.expiresAt()).contains(Instant.parse("2025-02-24T10:05:00Z"));
        }

        @Test
        void thirty_days_are_720_hours_even_across_a_daylight_saving_change() {
            AdditionalResource march = AdditionalResource.purchase(ResourceId.fromOpaque("dst"),
                    TeamId.fromOpaque("abc"), ResourceType.CPU, new Quantity(1), Money.eur("2.00"),
                    PaymentId.fromOpaque("dst"), Instant.parse("2025-03-20T08:00:00Z"));

            march.activate(Instant.parse("2025-03-20T08:00:00Z"));

            assertThat(march.expiresAt()).contains(Instant.parse("2025-04-19T08:00:00Z"));
        }

        @Test
        void it_counts_from_activation_until_strictly_before_expiry() {
            resource.activate(PAID);
            Instant expiry = PAID.plus(Duration.ofHours(720));

            assertThat(resource.countsAt(PAID)).isTrue();
            assertThat(resource.countsAt(expiry.minusNanos(1))).isTrue();
            assertThat(resource.countsAt(expiry)).as("at exactly expires_at").isFalse();
            assertThat(resource.countsAt(expiry.plusSeconds(1))).isFalse();
        }

        @Test
        void a_second_completion_changes_nothing() {
            resource.activate(PAID);

            assertThat(resource.activate(PAID.plus(Duration.ofHours(5)))).isFalse();

            assertThat(resource.activatedAt()).contains(PAID);
            assertThat(resource.expiresAt()).contains(PAID.plus(Duration.ofHours(720)));
        }

        @Test
        void a_payment_completed_after_the_team_cancelled_the_pending_resource_is_honoured() {
            resource.cancel(PURCHASED.plusSeconds(30));

            assertThat(resource.activate(PAID)).isTrue();

            assertThat(resource.status()).isEqualTo(ResourceStatus.ACTIVE);
            assertThat(resource.expiresAt()).contains(PAID.plus(Duration.ofHours(720)));
            assertThat(resource.cancelledAt()).isEmpty();
            assertThat(resource.countsAt(PAID)).isTrue();
        }

        @Test
        void a_payment_completed_after_its_failure_cancelled_the_resource_is_honoured() {
            assertThat(resource.cancelUnpaid(PURCHASED.plusSeconds(30))).isTrue();

            assertThat(resource.activate(PAID)).isTrue();

            assertThat(resource.status()).isEqualTo(ResourceStatus.ACTIVE);
            assertThat(resource.countsAt(PAID)).isTrue();
        }

        @Test
        void a_resource_cancelled_after_activation_is_not_activated_again() {
            resource.activate(PAID);
            resource.cancel(PAID.plusSeconds(60));

            assertThat(resource.activate(PAID.plusSeconds(120))).isFalse();

            assertThat(resource.status()).isEqualTo(ResourceStatus.CANCELLED);
            assertThat(resource.countsAt(PAID.plusSeconds(120))).isFalse();
        }

        @Test
        void an_expired_resource_is_not_activated_again() {
            resource.activate(PAID);
            resource.expire(PAID.plus(Duration.ofHours(720)));

            assertThat(resource.activate(PAID.plus(Duration.ofHours(721)))).isFalse();

            assertThat(resource.status()).isEqualTo(ResourceStatus.EXPIRED);
        }
    }

    @Nested
    class Cancellation {
        @Test
        void a_pending_resource_can_be_cancelled() {
            Instant now = PURCHASED.plusSeconds(10);

            resource.cancel(now);

            assertThat(resource.status()).isEqualTo(ResourceStatus.CANCELLED);
            assertThat(resource.cancelledAt()).contains(now);
            assertThat(resource.countsAt(now)).isFalse();
        }

        @Test
        void an_active_resource_stops_counting_at_once_when_cancelled() {
            resource.activate(PAID);
            Instant now = PAID.plus(Duration.ofDays(3));

            resource.cancel(now);

            assertThat(resource.status()).isEqualTo(ResourceStatus.CANCELLED);
            assertThat(resource.cancelledAt()).contains(now);
            assertThat(resource.countsAt(now)).isFalse();
            assertThat(resource.countsAt(now.plusSeconds(1))).isFalse();
        }

        @Test
        void cancelling_a_cancelled_resource_is_a_conflict_naming_its_status() {
            Instant first = PURCHASED.plusSeconds(10);
            resource.cancel(first);

            assertThatExceptionOfType(DomainException.class).isThrownBy(() -> resource.cancel(first.plusSeconds(5)))
                    .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION))
                    .withMessageContaining("cancelled");
            assertThat(resource.cancelledAt()).contains(first);
        }

        @Test
        void cancelling_an_expired_resource_is_a_conflict_and_leaves_it_expired() {
            resource.activate(PAID);
            resource.expire(PAID.plus(Duration.ofHours(720)));

            assertThatExceptionOfType(DomainException.class)
                    .isThrownBy(() -> resource.cancel(PAID.plus(Duration.ofHours(721))))
                    .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION))
                    .withMessageContaining("expired");
            assertThat(resource.status()).isEqualTo(ResourceStatus.EXPIRED);
            assertThat(resource.cancelledAt()).isEmpty();
        }

        @Test
        void a_failed_payment_cancels_only_a_pending_resource() {
            resource.activate(PAID);

            assertThat(resource.cancelUnpaid(PAID.plusSeconds(1))).isFalse();

            assertThat(resource.status()).isEqualTo(ResourceStatus.ACTIVE);
            assertThat(resource.cancelledAt()).isEmpty();
        }
    }

    @Nested
    class CountedInThePast {
        @Test
        void an_expired_resource_counted_from_its_activation_to_its_expiry() {
            resource.activate(PAID);
            Instant expiry = PAID.plus(Duration.ofHours(720));
            resource.expire(expiry);
            assertThat(resource.countedAt(PAID.minusNanos(1))).isFalse();
            assertThat(resource.countedAt(PAID)).isTrue();
            assertThat(resource.countedAt(expiry.minusNanos(1))).isTrue();
            assertThat(resource.countedAt(expiry)).isFalse();
        }

        @Test
        void a_cancelled_resource_counted_until_its_cancellation_and_an_unpaid_one_never() {
            resource.activate(PAID);
            Instant cancelled = PAID.plus(Duration.ofDays(3));
            resource.cancel(cancelled);
            assertThat(resource.countedAt(cancelled.minusNanos(1))).isTrue();
            assertThat(resource.countedAt(cancelled)).isFalse();

            AdditionalResource unpaid = AdditionalResource.purchase(ResourceId.fromOpaque("unpaid"), resource.teamId(),
                    resource.type(), resource.quantity(), resource.unitPrice(), PaymentId.fromOpaque("unpaid"), PURCHASED);
            unpaid.cancelUnpaid(PURCHASED.plusSeconds(1));
            assertThat(unpaid.countedAt(PURCHASED.plusSeconds(2))).isFalse();
        }

        @Test
        void paid_after_its_cancellation_it_counts_from_the_payment() {
            resource.cancel(PURCHASED.plusSeconds(1));
            resource.activate(PAID);
            assertThat(resource.countedAt(PAID.plusSeconds(1))).isTrue();
        }
    }

    @Nested
    class Expiry {
        @Test
        void an_active_resource_is_not_expired_before_its_expiry() {
            resource.activate(PAID);

            assertThat(resource.expire(PAID.plus(Duration.ofHours(720)).minusNanos(1))).isFalse();

            assertThat(resource.status()).isEqualTo(ResourceStatus.ACTIVE);
        }

        @Test
        void an_active_resource_expires_at_its_expiry_and_no_longer_counts() {
            resource.activate(PAID);
            Instant expiry = PAID.plus(Duration.ofHours(720));

            assertThat(resource.expire(expiry)).isTrue();

            assertThat(resource.status()).isEqualTo(ResourceStatus.EXPIRED);
            assertThat(resource.countsAt(expiry.minusSeconds(1))).isFalse();
            assertThat(resource.expire(expiry.plusSeconds(1))).as("expiring twice").isFalse();
        }

        @Test
        void pending_and_cancelled_resources_do_not_expire() {
            Instant muchLater = PURCHASED.plus(Duration.ofDays(400));
            assertThat(resource.expire(muchLater)).isFalse();
            assertThat(resource.status()).isEqualTo(ResourceStatus.PENDING);

            resource.cancel(PURCHASED.plusSeconds(1));
            assertThat(resource.expire(muchLater)).isFalse();
            assertThat(resource.status()).isEqualTo(ResourceStatus.CANCELLED);
        }
    }

    @Nested
    class QuantityBounds {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 50, 100})
        void one_to_one_hundred_units_may_be_bought(int units) {
            assertThat(new Quantity(units).value()).isEqualTo(units);
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, 1000, Integer.MAX_VALUE})
        void other_quantities_are_refused_naming_the_field(int units) {
            assertThatExceptionOfType(DomainException.class).isThrownBy(() -> new Quantity(units))
                    .satisfies(e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
                        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("quantity");
                        assertThat(e.getMessage()).startsWith("quantity").contains("1").contains("100");
                    });
        }
    }

    @Test
    void resource_statuses_read_from_their_wire_names_and_refuse_others_naming_the_field() {
        assertThat(ResourceStatus.fromCode("active", "status")).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(ResourceStatus.PENDING.code()).isEqualTo("pending");
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> ResourceStatus.fromCode("ACTIVE", "status"))
                .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("status"));
    }
}
