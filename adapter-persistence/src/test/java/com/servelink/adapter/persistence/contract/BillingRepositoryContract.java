package com.servelink.adapter.persistence.contract;

import com.servelink.application.port.out.RowPosition;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.PaymentSettlement;
import com.servelink.domain.billing.PaymentStatus;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.application.port.out.TeamLimitsReader.MemberUnits;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.TeamSlug;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The contract of the add-on, payment and processed-event repositories. */
abstract class BillingRepositoryContract extends ContractBase {

    /** A pending payment and resource, stored together as the purchase use case does. */
    private AdditionalResource purchase(Team team, ResourceType type, int quantity, Instant at) {
        return purchase(ResourceId.fromOpaque(unique()), team, type, quantity, at);
    }

    private AdditionalResource purchase(ResourceId resourceId, Team team, ResourceType type, int quantity,
                                        Instant at) {
        PaymentId paymentId = PaymentId.fromOpaque(unique());
        Money unit = type == ResourceType.CPU ? Money.eur("2.00") : Money.eur("1.00");
        Payment payment = Payment.start(paymentId, team.id(), resourceId, unit.times(quantity), "sandbox",
                new CheckoutSession("ref_" + paymentId, "https://pay.example/" + paymentId), at);
        AdditionalResource resource = AdditionalResource.purchase(resourceId, team.id(), type, new Quantity(quantity),
                unit, paymentId, at);
        fixture.transactions().run(() -> {
            fixture.payments().save(payment);
            fixture.resources().save(resource);
        });
        return resource;
    }

    private AdditionalResource active(Team team, ResourceType type, int quantity, Instant activatedAt) {
        return active(ResourceId.fromOpaque(unique()), team, type, quantity, activatedAt);
    }

    private AdditionalResource active(ResourceId id, Team team, ResourceType type, int quantity,
                                      Instant activatedAt) {
        AdditionalResource resource = purchase(id, team, type, quantity, activatedAt.minusSeconds(60));
        AdditionalResource loaded = fixture.resources().findById(resource.id()).orElseThrow();
        loaded.activate(activatedAt);
        fixture.resources().save(loaded);
        return fixture.resources().findById(resource.id()).orElseThrow();
    }

    @Test
    void a_resource_and_its_payment_come_back_exactly_as_stored() {
        Team team = newTeam(PlanId.PRO);
        AdditionalResource stored = purchase(team, ResourceType.CPU, 3, T0);

        AdditionalResource resource = fixture.resources().findById(stored.id()).orElseThrow();
        assertThat(resource.teamId()).isEqualTo(team.id());
        assertThat(resource.type()).isEqualTo(ResourceType.CPU);
        assertThat(resource.quantity()).isEqualTo(new Quantity(3));
        assertThat(resource.unitPrice()).isEqualTo(Money.eur("2.00"));
        assertThat(resource.status()).isEqualTo(ResourceStatus.PENDING);
        assertThat(resource.createdAt()).isEqualTo(T0);
        assertThat(resource.expiresAt()).isEmpty();

        Payment payment = fixture.payments().findById(resource.paymentId()).orElseThrow();
        assertThat(payment.amount()).isEqualTo(Money.eur("6.00"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.resourceId()).isEqualTo(resource.id());
        assertThat(payment.checkoutUrl()).contains("https://pay.example/" + payment.id());
    }

    @Test
    void counting_units_sum_active_unexpired_resources_per_type() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        active(team, ResourceType.CPU, 2, T0);
        active(team, ResourceType.RAM, 1, T0);
        active(team, ResourceType.RAM, 4, T0.plusSeconds(3600));
        purchase(team, ResourceType.STORAGE, 7, T0);
        AdditionalResource cancelled = active(team, ResourceType.TRAFFIC, 9, T0);
        cancelled.cancel(T0.plusSeconds(10));
        fixture.resources().save(cancelled);
        active(other, ResourceType.CPU, 50, T0);

        Instant now = T0.plus(Duration.ofHours(24));
        assertThat(fixture.resources().countingUnits(team.id(), now))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ResourceType.CPU, 2L, ResourceType.RAM, 5L));
        Instant firstExpiry = T0.plus(Duration.ofHours(720));
        assertThat(fixture.resources().countingUnits(team.id(), firstExpiry.minusNanos(1000)))
                .containsEntry(ResourceType.RAM, 5L);
        assertThat(fixture.resources().countingUnits(team.id(), firstExpiry))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ResourceType.RAM, 4L));
    }

    private User member(Team team, Role role) {
        User user = new User(fixture.users().nextUserId(), "l" + unique() + "@example.com", "User", false);
        fixture.users().save(user);
        fixture.memberships().save(new Membership(team.id(), user.id(), role));
        return user;
    }

    /** The limits route's one statement answers what its two did: the membership, then the sums. */
    private void assertSameAsTwoLookUps(TeamSlug slug, UserId user, Instant now) {
        Optional<MemberUnits> read = fixture.teamLimits().find(slug, user, now);
        Optional<MemberUnits> twoLookUps = fixture.memberships().findMembership(slug, user)
                .map(m -> new MemberUnits(m, fixture.resources().countingUnits(m.team().id(), now)));
        assertThat(read.isPresent()).isEqualTo(twoLookUps.isPresent());
        read.ifPresent(one -> {
            MemberUnits two = twoLookUps.orElseThrow();
            assertThat(one.membership().team()).usingRecursiveComparison().isEqualTo(two.membership().team());
            assertThat(one.membership().role()).isEqualTo(two.membership().role());
            assertThat(one.countingUnits()).isEqualTo(two.countingUnits());
        });
    }

    @Test
    void the_limits_read_is_the_membership_and_the_counting_units_in_one() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.FREE);
        User admin = member(team, Role.ADMIN);
        User outsider = member(other, Role.OWNER);
        active(team, ResourceType.CPU, 2, T0);
        active(team, ResourceType.RAM, 1, T0);
        active(team, ResourceType.RAM, 4, T0.plusSeconds(3600));
        purchase(team, ResourceType.STORAGE, 7, T0);
        AdditionalResource cancelled = active(team, ResourceType.TRAFFIC, 9, T0);
        cancelled.cancel(T0.plusSeconds(10));
        fixture.resources().save(cancelled);
        active(other, ResourceType.CPU, 50, T0);

        Instant now = T0.plus(Duration.ofHours(24));
        MemberUnits read = fixture.teamLimits().find(team.slug(), admin.id(), now).orElseThrow();
        assertThat(read.membership().team()).usingRecursiveComparison().isEqualTo(team);
        assertThat(read.membership().role()).isEqualTo(Role.ADMIN);
        assertThat(read.countingUnits())
                .containsExactlyInAnyOrderEntriesOf(Map.of(ResourceType.CPU, 2L, ResourceType.RAM, 5L));
        Instant firstExpiry = T0.plus(Duration.ofHours(720));
        assertThat(fixture.teamLimits().find(team.slug(), admin.id(), firstExpiry).orElseThrow().countingUnits())
                .containsExactlyInAnyOrderEntriesOf(Map.of(ResourceType.RAM, 4L));
        for (Instant at : List.of(T0.minusSeconds(1), now, firstExpiry.minusNanos(1000), firstExpiry,
                T0.plus(Duration.ofDays(365)))) {
            assertSameAsTwoLookUps(team.slug(), admin.id(), at);
            assertSameAsTwoLookUps(other.slug(), outsider.id(), at);
        }
    }

    @Test
    void the_limits_read_of_a_member_without_add_ons_has_no_units_and_a_stranger_gets_nothing() {
        Team team = newTeam(PlanId.FREE);
        Team other = newTeam(PlanId.PRO);
        User owner = member(team, Role.OWNER);
        User stranger = member(other, Role.OWNER);
        active(other, ResourceType.RAM, 3, T0);
        Instant now = T0.plusSeconds(60);

        MemberUnits read = fixture.teamLimits().find(team.slug(), owner.id(), now).orElseThrow();
        assertThat(read.membership().team().plan()).isEqualTo(PlanId.FREE);
        assertThat(read.countingUnits()).isEmpty();
        assertThat(fixture.teamLimits().find(team.slug(), stranger.id(), now)).isEmpty();
        assertThat(fixture.teamLimits().find(new TeamSlug("t" + unique()), owner.id(), now)).isEmpty();
        assertSameAsTwoLookUps(team.slug(), owner.id(), now);
        assertSameAsTwoLookUps(team.slug(), stranger.id(), now);
    }

    @Test
    void resources_are_paged_newest_first_per_status_without_a_gap_or_a_repeat() {
        Team team = newTeam(PlanId.PRO);
        for (int i = 0; i < 4; i++) {
            purchase(team, ResourceType.RAM, 1, T0.plusSeconds(i % 2)); // two instants, two resources each
            active(team, ResourceType.CPU, 1, T0.plusSeconds(i % 2));
        }
        purchase(newTeam(PlanId.PRO), ResourceType.RAM, 1, T0);

        for (Optional<ResourceStatus> status : List.of(Optional.<ResourceStatus>empty(),
                Optional.of(ResourceStatus.PENDING), Optional.of(ResourceStatus.ACTIVE))) {
            List<ResourceId> all = ids(fixture.resources().findByTeam(team.id(), status));
            assertThat(all).hasSize(status.isEmpty() ? 8 : 4);
            for (int limit : List.of(1, 3, 4, 8, 9)) {
                List<AdditionalResource> walked = walk(limit, last -> fixture.resources().findPageByTeam(team.id(),
                        status, last.map(r -> new RowPosition(r.createdAt(), r.id().value())), limit));
                assertThat(ids(walked)).containsExactlyElementsOf(all);
            }
        }
    }

    @Test
    void payments_are_paged_newest_first_without_a_gap_or_a_repeat() {
        Team team = newTeam(PlanId.PRO);
        for (int i = 0; i < 7; i++) {
            purchase(team, ResourceType.RAM, 1, T0.plusSeconds(i % 3));
        }
        List<PaymentId> all = fixture.payments().findByTeam(team.id(), 100).stream().map(Payment::id).toList();
        assertThat(all).hasSize(7);

        for (int limit : List.of(1, 2, 3, 7, 8)) {
            List<Payment> walked = walk(limit, last -> fixture.payments().findPageByTeam(team.id(),
                    last.map(p -> new RowPosition(p.createdAt(), p.id().value())), limit));
            assertThat(walked).extracting(Payment::id).containsExactlyElementsOf(all);
        }
    }

    @Test
    void resources_are_listed_newest_first_and_filtered_by_status() {
        Team team = newTeam(PlanId.PRO);
        AdditionalResource older = purchase(team, ResourceType.RAM, 1, T0);
        AdditionalResource newer = active(team, ResourceType.CPU, 1, T0.plusSeconds(120));

        assertThat(fixture.resources().findByTeam(team.id(), Optional.empty()))
                .extracting(AdditionalResource::id).containsExactly(newer.id(), older.id());
        assertThat(fixture.resources().findByTeam(team.id(), Optional.of(ResourceStatus.PENDING)))
                .extracting(AdditionalResource::id).containsExactly(older.id());
    }

    @Test
    void expiry_is_one_set_based_change_that_counts_what_it_expired() {
        Team team = newTeam(PlanId.PRO);
        Instant base = T0.plus(Duration.ofDays(400)); // later than every other test's resources
        AdditionalResource due = active(team, ResourceType.RAM, 1, base);
        AdditionalResource alsoDue = active(team, ResourceType.CPU, 1, base.plusSeconds(1));
        AdditionalResource notYet = active(team, ResourceType.CPU, 1, base.plusSeconds(10));

        Instant now = base.plus(Duration.ofHours(720)).plusSeconds(1);
        int expired = fixture.resources().expireDue(now);
        assertThat(expired).isGreaterThanOrEqualTo(2);
        assertThat(fixture.resources().expireDue(now)).isZero();
        assertThat(fixture.resources().findById(due.id()).orElseThrow().status()).isEqualTo(ResourceStatus.EXPIRED);
        assertThat(fixture.resources().findById(alsoDue.id()).orElseThrow().status())
                .isEqualTo(ResourceStatus.EXPIRED);
        assertThat(fixture.resources().findById(notYet.id()).orElseThrow().status()).isEqualTo(ResourceStatus.ACTIVE);
    }

    private AdditionalResource cancelled(Team team, Instant activatedAt, Instant cancelledAt) {
        AdditionalResource resource = active(team, ResourceType.RAM, 1, activatedAt);
        resource.cancel(cancelledAt);
        fixture.resources().save(resource);
        return resource;
    }

    private AdditionalResource expired(Team team, Instant activatedAt) {
        AdditionalResource resource = active(team, ResourceType.CPU, 1, activatedAt);
        assertThat(resource.expire(resource.expiresAt().orElseThrow())).isTrue();
        fixture.resources().save(resource);
        return resource;
    }

    private static List<ResourceId> ids(List<AdditionalResource> resources) {
        return resources.stream().map(AdditionalResource::id).toList();
    }

    @Test
    void resources_active_during_a_period_were_activated_before_its_end_and_expire_after_its_start() {
        Team team = newTeam(PlanId.PRO);
        Instant base = T0.plus(Duration.ofDays(1500)); // apart from the expiring-resources test's window
        Instant lateStart = base.plus(Duration.ofHours(100));
        AdditionalResource early = active(team, ResourceType.RAM, 1, base); // base … base + 720 h
        AdditionalResource late = active(team, ResourceType.CPU, 2, lateStart); // + 100 h … + 820 h
        AdditionalResource cancelled = cancelled(team, base, base.plusSeconds(10)); // still counted while active
        AdditionalResource expired = expired(team, base);
        purchase(team, ResourceType.STORAGE, 1, base); // pending: never activated, never counted
        active(newTeam(PlanId.PRO), ResourceType.RAM, 1, base);
        Instant earlyEnd = early.expiresAt().orElseThrow();
        Duration oneMicro = Duration.ofNanos(1000); // the precision both databases store

        assertThat(ids(fixture.resources().findActiveDuring(team.id(), base, lateStart.plus(oneMicro))))
                .containsExactlyInAnyOrder(early.id(), late.id(), cancelled.id(), expired.id());
        // the end is exclusive: a resource activated at the very end did not count during the period
        assertThat(ids(fixture.resources().findActiveDuring(team.id(), base, lateStart)))
                .containsExactlyInAnyOrder(early.id(), cancelled.id(), expired.id());
        // the start is exclusive for the expiry: a resource expiring at the very start no longer counted
        assertThat(ids(fixture.resources().findActiveDuring(team.id(), earlyEnd, earlyEnd.plusSeconds(1))))
                .containsExactly(late.id());
        assertThat(ids(fixture.resources().findActiveDuring(team.id(), earlyEnd.minus(oneMicro), earlyEnd)))
                .containsExactlyInAnyOrder(early.id(), late.id(), cancelled.id(), expired.id());
        assertThat(fixture.resources().findActiveDuring(team.id(), base.minusSeconds(60), base)).isEmpty();
        assertThat(fixture.resources().findActiveDuring(team.id(), late.expiresAt().orElseThrow(),
                late.expiresAt().orElseThrow().plusSeconds(60))).isEmpty();
    }

    @Test
    void active_resources_of_every_team_expiring_in_a_window_are_listed_by_expiry_then_id() {
        Instant base = T0.plus(Duration.ofDays(3000)); // later than every other test's resources
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        AdditionalResource first = active(team, ResourceType.RAM, 1, base);
        AdditionalResource tieHigh = active(ResourceId.fromOpaque("z" + unique()), team, ResourceType.CPU, 1,
                base.plusSeconds(60));
        AdditionalResource tieLow = active(ResourceId.fromOpaque("0" + unique()), other, ResourceType.RAM, 1,
                base.plusSeconds(60));
        AdditionalResource last = active(other, ResourceType.TRAFFIC, 1, base.plusSeconds(120));
        cancelled(team, base.plusSeconds(30), base.plusSeconds(40));
        expired(other, base.plusSeconds(30));
        purchase(team, ResourceType.STORAGE, 1, base.plusSeconds(30));
        Instant firstExpiry = first.expiresAt().orElseThrow();
        Instant lastExpiry = last.expiresAt().orElseThrow();

        assertThat(ids(fixture.resources().findActiveExpiring(firstExpiry.minusSeconds(1), lastExpiry)))
                .containsExactly(first.id(), tieLow.id(), tieHigh.id(), last.id());
        // after the start (exclusive) and not after the end (inclusive)
        assertThat(ids(fixture.resources().findActiveExpiring(firstExpiry, lastExpiry.minusSeconds(1))))
                .containsExactly(tieLow.id(), tieHigh.id());
        assertThat(ids(fixture.resources().findActiveExpiring(firstExpiry.minusSeconds(1), firstExpiry)))
                .containsExactly(first.id());
        assertThat(fixture.resources().findActiveExpiring(lastExpiry, lastExpiry.plus(Duration.ofDays(365))))
                .isEmpty();
        AdditionalResource loaded = fixture.resources().findActiveExpiring(firstExpiry.minusSeconds(1), firstExpiry)
                .get(0);
        assertThat(loaded.teamId()).isEqualTo(team.id());
        assertThat(loaded.status()).isEqualTo(ResourceStatus.ACTIVE);
        assertThat(loaded.version()).isEqualTo(first.version());
    }

    @Test
    void a_save_from_a_stale_version_is_a_conflict() {
        Team team = newTeam(PlanId.PRO);
        AdditionalResource resource = active(team, ResourceType.RAM, 1, T0);
        AdditionalResource first = fixture.resources().findById(resource.id()).orElseThrow();
        AdditionalResource second = fixture.resources().findById(resource.id()).orElseThrow();
        first.cancel(T0.plusSeconds(5));
        fixture.resources().save(first);
        second.cancel(T0.plusSeconds(6));

        DomainException refusal = catchThrowableOfType(DomainException.class, () -> fixture.resources().save(second));
        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fixture.resources().findById(resource.id()).orElseThrow().cancelledAt())
                .contains(T0.plusSeconds(5));

        Payment payment = fixture.payments().findById(resource.paymentId()).orElseThrow();
        Payment stale = fixture.payments().findById(resource.paymentId()).orElseThrow();
        payment.complete(payment.amount(), T0);
        fixture.payments().save(payment);
        stale.fail(T0);
        DomainException paymentRefusal = catchThrowableOfType(DomainException.class,
                () -> fixture.payments().save(stale));
        assertThat(paymentRefusal).isNotNull();
        assertThat(paymentRefusal.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fixture.payments().findById(resource.paymentId()).orElseThrow().status())
                .isEqualTo(PaymentStatus.COMPLETED);
    }

    @Test
    void an_event_is_recorded_once_per_provider() {
        String event = "evt_" + unique();
        assertThat(fixture.processedEvents().markProcessed("sandbox", event, T0)).isTrue();
        assertThat(fixture.processedEvents().markProcessed("sandbox", event, T0)).isFalse();
        assertThat(fixture.processedEvents().markProcessed("stripe", event, T0)).isTrue();
    }

    @Test
    void a_refused_unit_of_work_stores_nothing() {
        Team team = newTeam(PlanId.PRO);
        PaymentId paymentId = PaymentId.fromOpaque(unique());
        ResourceId resourceId = ResourceId.fromOpaque(unique());
        Payment payment = Payment.start(paymentId, team.id(), resourceId, Money.eur("1.00"), "sandbox",
                new CheckoutSession("ref", "https://pay.example/x"), T0);
        try {
            fixture.transactions().run(() -> {
                fixture.payments().save(payment);
                throw new DomainException(ErrorCode.CONFLICT, "refused after the first write");
            });
        } catch (DomainException expected) {
            // the unit of work failed as intended
        }
        if (!(fixture instanceof com.servelink.adapter.persistence.fixture.InMemoryFixture)) {
            assertThat(fixture.payments().findById(paymentId)).isEmpty();
        }
    }

    @Test
    void an_idempotency_key_is_remembered_per_team_for_its_window() {
        Team team = newTeam(PlanId.PRO);
        Team other = newTeam(PlanId.PRO);
        var receipt = new com.servelink.application.port.in.billing.PurchaseAddOnUseCase.PurchaseReceipt(
                PaymentId.fromOpaque(unique()), ResourceId.fromOpaque(unique()), Money.eur("2.00"), "https://pay/x");
        var stored = new com.servelink.application.port.out.PurchaseIdempotencyRepository.StoredPurchase(team.id(),
                "key-1", "ram:2", receipt, T0);
        fixture.purchaseIdempotency().save(stored, T0.minus(Duration.ofHours(24)));

        assertThat(fixture.purchaseIdempotency().find(team.id(), "key-1", T0.minusSeconds(1))).contains(stored);
        assertThat(fixture.purchaseIdempotency().find(team.id(), "key-1", T0.plusSeconds(1))).isEmpty();
        assertThat(fixture.purchaseIdempotency().find(other.id(), "key-1", T0.minusSeconds(1))).isEmpty();

        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> fixture.purchaseIdempotency().save(stored, T0.minusSeconds(1)));
        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo(ErrorCode.CONFLICT);

        var later = new com.servelink.application.port.out.PurchaseIdempotencyRepository.StoredPurchase(team.id(),
                "key-1", "ram:3", receipt, T0.plus(Duration.ofHours(25)));
        fixture.purchaseIdempotency().save(later, T0.plus(Duration.ofHours(1)));
        assertThat(fixture.purchaseIdempotency().find(team.id(), "key-1", T0)).contains(later);
    }

    @Test
    void payments_are_listed_per_team_and_pending_ones_by_age() {
        Team team = newTeam(PlanId.PRO);
        Instant old = T0.minus(Duration.ofDays(3000)); // older than every other test's payments
        AdditionalResource first = purchase(team, ResourceType.RAM, 1, old);
        AdditionalResource second = purchase(team, ResourceType.CPU, 1, old.plusSeconds(60));
        AdditionalResource paid = purchase(team, ResourceType.RAM, 2, old.plusSeconds(120));
        Payment completed = fixture.payments().findById(paid.paymentId()).orElseThrow();
        completed.complete(completed.amount(), old.plusSeconds(130));
        fixture.payments().save(completed);

        assertThat(fixture.payments().findByTeam(team.id(), 10)).extracting(Payment::id)
                .containsExactly(paid.paymentId(), second.paymentId(), first.paymentId());
        assertThat(fixture.payments().findByTeam(team.id(), 1)).hasSize(1);
        assertThat(fixture.payments().findPendingCreatedBefore(old.plusSeconds(61), 100)).extracting(Payment::id)
                .containsSubsequence(first.paymentId(), second.paymentId())
                .doesNotContain(paid.paymentId());
        assertThat(fixture.payments().findPendingCreatedBefore(old.plusSeconds(30), 100)).extracting(Payment::id)
                .contains(first.paymentId()).doesNotContain(second.paymentId());
    }

    @Test
    void a_refunded_payment_and_its_revoked_add_on_come_back_exactly_as_stored() {
        Team team = newTeam(PlanId.PRO);
        AdditionalResource bought = purchase(team, ResourceType.RAM, 2, T0);
        PaymentSettlement settlement = new PaymentSettlement(
                fixture.payments().findById(bought.paymentId()).orElseThrow(),
                fixture.resources().findById(bought.id()).orElseThrow());
        settlement.complete(Money.eur("2.00"), T0.plusSeconds(60));
        fixture.transactions().run(() -> {
            fixture.payments().save(settlement.payment());
            fixture.resources().save(settlement.resource());
        });
        PaymentSettlement loaded = new PaymentSettlement(
                fixture.payments().findById(bought.paymentId()).orElseThrow(),
                fixture.resources().findById(bought.id()).orElseThrow());
        Instant refundedAt = T0.plus(Duration.ofHours(5));
        assertThat(fixture.resources().countingUnits(team.id(), refundedAt)).containsEntry(ResourceType.RAM, 2L);
        assertThat(loaded.refund(refundedAt).resourceChanged()).isTrue();
        fixture.transactions().run(() -> {
            fixture.payments().save(loaded.payment());
            fixture.resources().save(loaded.resource());
        });

        Payment payment = fixture.payments().findById(bought.paymentId()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.reversedAt()).contains(refundedAt);
        assertThat(payment.completedAt()).contains(T0.plusSeconds(60));
        AdditionalResource resource = fixture.resources().findById(bought.id()).orElseThrow();
        assertThat(resource.status()).isEqualTo(ResourceStatus.CANCELLED);
        assertThat(resource.cancelledAt()).contains(refundedAt);
        assertThat(fixture.resources().countingUnits(team.id(), refundedAt)).doesNotContainKey(ResourceType.RAM);

        payment.dispute(refundedAt.plusSeconds(60));
        fixture.payments().save(payment);
        Payment disputed = fixture.payments().findById(bought.paymentId()).orElseThrow();
        assertThat(disputed.status()).isEqualTo(PaymentStatus.DISPUTED);
        assertThat(disputed.reversedAt()).contains(refundedAt);
    }

    @Test
    void a_payment_is_found_by_the_providers_id_of_its_money_movement() {
        Team team = newTeam(PlanId.PRO);
        AdditionalResource first = purchase(team, ResourceType.RAM, 1, T0);
        AdditionalResource second = purchase(team, ResourceType.RAM, 1, T0.plusSeconds(1));
        String reference = "pi_" + unique();

        assertThat(fixture.payments().findIdByProviderPayment("sandbox", reference)).isEmpty();
        assertThat(fixture.payments().findProviderPayment(first.paymentId())).isEmpty();
        fixture.payments().linkProviderPayment(first.paymentId(), reference);
        fixture.payments().linkProviderPayment(second.paymentId(), "pi_" + unique());
        assertThat(fixture.payments().findProviderPayment(first.paymentId())).contains(reference);

        assertThat(fixture.payments().findIdByProviderPayment("sandbox", reference)).contains(first.paymentId());
        assertThat(fixture.payments().findIdByProviderPayment("stripe", reference)).isEmpty();
        // linking does not disturb the payment itself, and linking again is harmless
        Payment payment = fixture.payments().findById(first.paymentId()).orElseThrow();
        fixture.payments().linkProviderPayment(first.paymentId(), reference);
        payment.complete(payment.amount(), T0.plusSeconds(5));
        fixture.payments().save(payment);
        assertThat(fixture.payments().findIdByProviderPayment("sandbox", reference)).contains(first.paymentId());
        assertThat(fixture.payments().findById(first.paymentId()).orElseThrow().status())
                .isEqualTo(PaymentStatus.COMPLETED);
    }

    @Test
    void auto_renewal_and_the_renewal_reference_are_stored() {
        Team team = newTeam(PlanId.PRO);
        AdditionalResource resource = active(team, ResourceType.RAM, 2, T0);
        resource.setAutoRenew(true);
        resource.rememberRenewalReference("cus_123");
        fixture.resources().save(resource);

        AdditionalResource loaded = fixture.resources().findById(resource.id()).orElseThrow();
        assertThat(loaded.autoRenew()).isTrue();
        assertThat(loaded.renewalReference()).contains("cus_123");
    }

    @Test
    void one_renewal_payment_per_add_on_and_period_the_second_is_a_conflict() {
        Team team = newTeam(PlanId.PRO);
        AdditionalResource resource = active(team, ResourceType.CPU, 1, T0);
        Instant periodEnd = resource.expiresAt().orElseThrow();
        Payment renewal = Payment.renewalOf(PaymentId.fromOpaque(unique()), resource, "sandbox", periodEnd.minusSeconds(60));
        fixture.transactions().run(() -> fixture.payments().save(renewal));

        Payment found = fixture.payments().findRenewal(resource.id(), periodEnd).orElseThrow();
        assertThat(found.id()).isEqualTo(renewal.id());
        assertThat(found.renewalOf()).contains(periodEnd);
        assertThat(found.checkoutUrl()).isEmpty();
        assertThat(found.amount()).isEqualTo(Money.eur("2.00"));
        assertThat(fixture.payments().findRenewal(resource.id(), periodEnd.plusSeconds(1))).isEmpty();

        Payment second = Payment.renewalOf(PaymentId.fromOpaque(unique()), resource, "sandbox", periodEnd.minusSeconds(30));
        DomainException conflict = catchThrowableOfType(DomainException.class,
                () -> fixture.transactions().run(() -> fixture.payments().save(second)));
        assertThat(conflict).isNotNull();
        assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(fixture.payments().findById(second.id())).isEmpty();
    }
}
