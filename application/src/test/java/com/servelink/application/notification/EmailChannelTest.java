package com.servelink.application.notification;

import com.servelink.application.inmemory.InMemoryMembershipRepository;
import com.servelink.application.inmemory.InMemoryNotificationPreferences;
import com.servelink.application.inmemory.InMemoryNotificationRecipients;
import com.servelink.application.inmemory.InMemoryTeamRepository;
import com.servelink.application.inmemory.InMemoryUserRepository;
import com.servelink.application.port.out.NotificationMailer;
import com.servelink.application.port.out.NotificationMailer.Mail;
import com.servelink.application.port.out.NotificationMailer.Sent;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.application.service.notification.DeliveryResult;
import com.servelink.application.service.notification.EmailChannel;
import com.servelink.application.service.notification.NotificationLinks;
import com.servelink.application.service.notification.UnsubscribeTokens;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Who gets which e-mail, with the in-memory users, memberships and preferences. */
class EmailChannelTest {
    private static final TeamId ACME = new TeamId("team_acme");
    // 1 owner, 2 admin, 3 member, 4 staff, 5 staff, 6 member of another team
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryMembershipRepository memberships = new InMemoryMembershipRepository(teams);
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences();
    private final List<Mail> sent = new ArrayList<>();
    private Sent answer = Sent.accepted();
    private EmailChannel channel;

    @BeforeEach
    void people() {
        users.save(new User(new UserId(1), "owner@acme.test", "Olga", false));
        users.save(new User(new UserId(2), "admin@acme.test", "Adam", false));
        users.save(new User(new UserId(3), "member@acme.test", "Mia", false));
        users.save(new User(new UserId(4), "staff1@servelink.test", "Sam", true));
        users.save(new User(new UserId(5), "staff2@servelink.test", "Sue", true));
        users.save(new User(new UserId(6), "other@other.test", "Otto", false));
        memberships.save(new Membership(ACME, new UserId(1), Role.OWNER));
        memberships.save(new Membership(ACME, new UserId(2), Role.ADMIN));
        memberships.save(new Membership(ACME, new UserId(3), Role.MEMBER));
        memberships.save(new Membership(new TeamId("team_other"), new UserId(6), Role.OWNER));
        NotificationMailer mailer = mail -> {
            sent.add(mail);
            return answer;
        };
        channel = new EmailChannel(new InMemoryNotificationRecipients(users, memberships), preferences, mailer,
                new NotificationLinks(() -> "https://billing.example.com", new UnsubscribeTokens(new byte[32])));
    }

    private static OutboxEvent event(String type, String... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("team_id", ACME.value());
        data.put("team_slug", "acme");
        data.put("team_name", "Acme");
        data.put("ticket_id", "ticket_01");
        data.put("subject", "Down");
        for (int i = 0; i < pairs.length; i += 2) {
            data.put(pairs[i], pairs[i + 1]);
        }
        return new OutboxEvent("evt_1", type, Instant.parse("2026-12-07T08:00:00Z"), Optional.of(ACME), data);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ticket.replied        | author_type=support                 | 1 2 3",
            "ticket.replied        | author_type=user,author_id=3        | 1 2",
            "ticket.replied        | author_type=user,author_id=1        | 2 3",
            "ticket.replied        | author_type=system                  | 1 2 3",
            "ticket.status_changed | from=open,to=resolved               | 1 2 3",
            "ticket.created        | priority=urgent                     | 4 5",
            "ticket.created        | priority=high                       | 4 5",
            "ticket.created        | priority=normal                     | ''",
            "ticket.created        | priority=low                        | ''",
            "ticket.sla_warning    | target=first_response               | 4 5",
            "ticket.sla_breached   | target=resolution                   | 4 5",
            "addon.expiring        | resource_id=res_1                   | 1 2",
            "payment.completed     | payment_id=pm_1                     | 1 2",
            "payment.failed        | payment_id=pm_1                     | 1 2",
            "usage.alert           | metric=ram,level=warning            | 1 2",
            "webhook.disabled      | webhook_id=wh_1                     | 1 2",
            "addon.activated       | resource_id=res_1                   | ''",
            "addon.expired         | resource_id=res_1                   | ''",
    })
    void whoGetsWhat(String type, String data, String expected) {
        String[] pairs = Arrays.stream(data.split(",")).flatMap(pair -> Arrays.stream(pair.split("=", 2)))
                .toArray(String[]::new);
        List<String> wanted = expected.isBlank() ? List.of() : List.of(expected.trim().split(" "));

        assertThat(channel.targets(event(type, pairs))).containsExactlyElementsOf(wanted);
    }

    @Test
    void aCategoryTurnedOffIsLeftOutAtFanOut() {
        preferences.save(new UserId(2), NotificationPreferences.defaults().with(NotificationCategory.PAYMENTS, false));

        assertThat(channel.targets(event("payment.failed", "payment_id", "pm_1"))).containsExactly("1");
        assertThat(channel.targets(event("usage.alert", "metric", "ram"))).containsExactly("1", "2");
    }

    @Test
    void aCategoryTurnedOffSinceTheFanOutIsDroppedAtDelivery() {
        OutboxEvent event = event("ticket.status_changed", "from", "open", "to", "resolved");
        assertThat(channel.targets(event)).contains("3");
        preferences.save(new UserId(3), NotificationPreferences.defaults()
                .with(NotificationCategory.TICKET_STATUS, false));

        DeliveryResult result = channel.deliver(event, "3", 1);

        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.DROPPED);
        assertThat(sent).isEmpty();
    }

    @Test
    void aMemberWhoLeftIsDroppedAtDelivery() {
        OutboxEvent event = event("addon.expiring", "resource_id", "res_1");

        assertThat(channel.deliver(event, "6", 1).outcome()).isEqualTo(DeliveryResult.Outcome.DROPPED);
        assertThat(channel.deliver(event, "3", 1).outcome()).isEqualTo(DeliveryResult.Outcome.DROPPED);
        assertThat(channel.deliver(event, "not-a-user", 1).outcome()).isEqualTo(DeliveryResult.Outcome.DROPPED);
        assertThat(sent).isEmpty();
    }

    @Test
    void aDeliveryWritesToTheUserInTheirLanguageWithTheLinksOfTheirSide() {
        preferences.save(new UserId(3), NotificationPreferences.defaults().withLanguage(Language.EN));
        OutboxEvent event = event("ticket.replied", "author_type", "support", "text", "Fixed");

        assertThat(channel.deliver(event, "3", 1)).isEqualTo(DeliveryResult.delivered());
        assertThat(channel.deliver(event, "1", 1)).isEqualTo(DeliveryResult.delivered());
        OutboxEvent urgent = event("ticket.created", "priority", "urgent");
        assertThat(channel.deliver(urgent, "4", 1)).isEqualTo(DeliveryResult.delivered());

        assertThat(sent).extracting(Mail::address, Mail::language, Mail::pageUrl).containsExactly(
                tuple("member@acme.test", Language.EN,
                        "https://billing.example.com/teams/acme/support/tickets/ticket_01"),
                tuple("owner@acme.test", Language.FR,
                        "https://billing.example.com/teams/acme/support/tickets/ticket_01"),
                tuple("staff1@servelink.test", Language.FR,
                        "https://billing.example.com/staff/tickets/ticket_01"));
        assertThat(sent.get(0).category()).isEqualTo(NotificationCategory.TICKET_REPLIES);
        assertThat(sent.get(0).unsubscribeUrl()).startsWith("https://billing.example.com/unsubscribe/");
        assertThat(new UnsubscribeTokens(new byte[32]).verify(sent.get(0).unsubscribeUrl()
                .substring("https://billing.example.com/unsubscribe/".length())))
                .contains(new UnsubscribeTokens.Claim(new UserId(3), NotificationCategory.TICKET_REPLIES));
    }

    @Test
    void theLinksOfTheAccountEventsLeadToTheTeamsPages() {
        channel.deliver(event("addon.expiring", "resource_id", "res_1"), "1", 1);
        channel.deliver(event("payment.completed", "payment_id", "pm_1"), "1", 1);
        channel.deliver(event("usage.alert", "metric", "ram"), "1", 1);

        assertThat(sent).extracting(Mail::pageUrl).containsExactly("https://billing.example.com/teams/acme/addons",
                "https://billing.example.com/teams/acme/addons", "https://billing.example.com/teams/acme/dashboard");
    }

    @Test
    void aTransientSmtpFailureIsRetriedAndARefusedAddressDropped() {
        OutboxEvent event = event("payment.failed", "payment_id", "pm_1");
        answer = new Sent(Sent.Status.TRANSIENT_FAILURE, "connection refused");
        assertThat(channel.deliver(event, "1", 1)).isEqualTo(DeliveryResult.retry("connection refused"));

        answer = new Sent(Sent.Status.REFUSED, "550 no such user");
        DeliveryResult refused = channel.deliver(event, "1", 2);
        assertThat(refused.outcome()).isEqualTo(DeliveryResult.Outcome.DROPPED);
        assertThat(refused.detail()).contains("550 no such user");
    }

    @Test
    void theChannelIsNamedEmail() {
        assertThat(channel.name()).isEqualTo("email");
    }
}
