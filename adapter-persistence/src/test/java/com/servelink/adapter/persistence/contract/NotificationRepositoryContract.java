package com.servelink.adapter.persistence.contract;

import com.servelink.application.port.out.NotificationRecipients.Member;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.billing.CheckoutSession;
import com.servelink.domain.billing.Payment;
import com.servelink.domain.billing.PaymentId;
import com.servelink.domain.billing.Quantity;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.catalog.PlanId;
import com.servelink.domain.catalog.ResourceType;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.shared.Money;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.Team;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of the e-mail preferences, the recipients, and the mark of an announced expiry. */
abstract class NotificationRepositoryContract extends ContractBase {

    private User newUser(boolean staff) {
        User user = new User(fixture.users().nextUserId(), "n" + unique() + "@example.com", "User", staff);
        fixture.users().save(user);
        return user;
    }

    @Test
    void preferences_are_stored_replaced_and_read_back_per_user() {
        User user = newUser(false);
        assertThat(fixture.notificationPreferences().find(user.id())).isEmpty();

        NotificationPreferences first = new NotificationPreferences(
                Set.of(NotificationCategory.PAYMENTS, NotificationCategory.SLA), Language.EN);
        fixture.notificationPreferences().save(user.id(), first);
        assertThat(fixture.notificationPreferences().find(user.id())).contains(first);

        NotificationPreferences second = NotificationPreferences.defaults();
        fixture.notificationPreferences().save(user.id(), second);
        assertThat(fixture.notificationPreferences().find(user.id())).contains(second);
        assertThat(fixture.notificationPreferences().find(newUser(false).id())).isEmpty();
    }

    @Test
    void a_team_s_members_come_with_their_roles_and_the_staff_with_their_flag() {
        Team team = newTeam(PlanId.PRO);
        User owner = newUser(false);
        User member = newUser(false);
        User outsider = newUser(false);
        User staff = newUser(true);
        fixture.memberships().save(new Membership(team.id(), owner.id(), Role.OWNER));
        fixture.memberships().save(new Membership(team.id(), member.id(), Role.MEMBER));
        fixture.memberships().save(new Membership(newTeam(PlanId.PRO).id(), outsider.id(), Role.OWNER));

        assertThat(fixture.notificationRecipients().members(team.id())).containsExactly(
                new Member(owner, Role.OWNER), new Member(member, Role.MEMBER));
        assertThat(fixture.notificationRecipients().staff()).contains(staff).doesNotContain(owner, member, outsider)
                .allMatch(User::support);
    }

    @Test
    void an_expiry_is_announced_once_and_a_new_expiry_again() {
        Team team = newTeam(PlanId.PRO);
        ResourceId resourceId = ResourceId.fromOpaque(unique());
        PaymentId paymentId = PaymentId.fromOpaque(unique());
        Payment payment = Payment.start(paymentId, team.id(), resourceId, Money.eur("1.00"), "sandbox",
                new CheckoutSession("ref_" + paymentId, "https://pay.example/" + paymentId), T0);
        AdditionalResource resource = AdditionalResource.purchase(resourceId, team.id(), ResourceType.RAM,
                new Quantity(1), Money.eur("1.00"), paymentId, T0);
        fixture.transactions().run(() -> {
            fixture.payments().save(payment);
            fixture.resources().save(resource);
        });
        Instant expiry = T0.plus(Duration.ofDays(30));

        assertThat(fixture.resources().markExpiryAnnounced(resourceId, expiry)).isTrue();
        assertThat(fixture.resources().markExpiryAnnounced(resourceId, expiry)).isFalse();
        assertThat(fixture.resources().markExpiryAnnounced(resourceId, expiry.plus(Duration.ofDays(30)))).isTrue();
        assertThat(fixture.resources().markExpiryAnnounced(ResourceId.fromOpaque(unique()), expiry)).isFalse();
    }

    @Test
    void of_two_racing_runs_one_announces() throws Exception {
        Team team = newTeam(PlanId.PRO);
        ResourceId resourceId = ResourceId.fromOpaque(unique());
        PaymentId paymentId = PaymentId.fromOpaque(unique());
        Payment payment = Payment.start(paymentId, team.id(), resourceId, Money.eur("1.00"), "sandbox",
                new CheckoutSession("ref_" + paymentId, "https://pay.example/" + paymentId), T0);
        fixture.transactions().run(() -> {
            fixture.payments().save(payment);
            fixture.resources().save(AdditionalResource.purchase(resourceId, team.id(), ResourceType.RAM,
                    new Quantity(1), Money.eur("1.00"), paymentId, T0));
        });
        Instant expiry = T0.plus(Duration.ofDays(30));
        var pool = Executors.newFixedThreadPool(4);
        try {
            var runs = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> fixture.transactions().inTransaction(() ->
                        fixture.resources().markExpiryAnnounced(resourceId, expiry))));
            }
            int announced = 0;
            for (var run : runs) {
                announced += run.get() ? 1 : 0;
            }
            assertThat(announced).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
