package com.servelink.application.service.notification;

import com.servelink.application.port.out.NotificationMailer;
import com.servelink.application.port.out.NotificationMailer.Mail;
import com.servelink.application.port.out.NotificationMailer.Sent;
import com.servelink.application.port.out.NotificationPreferencesRepository;
import com.servelink.application.port.out.NotificationRecipients;
import com.servelink.application.port.out.NotificationRecipients.Member;
import com.servelink.application.port.out.OutboxEvent;
import com.servelink.domain.notification.EventType;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * E-mail, one delivery per recipient user. Who gets what: a team's members on its tickets'
 * replies (not the member who wrote it) and status changes; the staff on new urgent and high
 * tickets and on SLA warnings and breaches; a team's owners and admins on add-on expiry, payment
 * outcomes, usage alerts and disabled webhooks. Each user's preferences are read when the event
 * is fanned out and again at delivery (turned off since: dropped), and the mail is rendered from
 * the event's data alone.
 */
public final class EmailChannel implements DeliveryChannel {
    public static final String NAME = "email";
    private static final Set<String> STAFF_PRIORITIES = Set.of("urgent", "high");

    private final NotificationRecipients recipients;
    private final NotificationPreferencesRepository preferences;
    private final NotificationMailer mailer;
    private final NotificationLinks links;

    public EmailChannel(NotificationRecipients recipients, NotificationPreferencesRepository preferences,
                        NotificationMailer mailer,
                        NotificationLinks links) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.mailer = mailer;
        this.links = links;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> targets(OutboxEvent event) {
        Optional<EventType> type = EventType.byCode(event.type());
        Optional<NotificationCategory> category = type.flatMap(NotificationCategory::of);
        if (category.isEmpty()) {
            return List.of();
        }
        return audience(type.get(), event)
                .filter(user -> preferencesOf(user.id()).allows(category.get()))
                .map(user -> Long.toString(user.id().value()))
                .distinct()
                .toList();
    }

    @Override
    public DeliveryResult deliver(OutboxEvent event, String target, int attempt) {
        Optional<EventType> type = EventType.byCode(event.type());
        Optional<NotificationCategory> category = type.flatMap(NotificationCategory::of);
        Optional<UserId> userId = userId(target);
        if (category.isEmpty() || userId.isEmpty()) {
            return DeliveryResult.dropped("no e-mail for " + event.type() + " to " + target);
        }
        // still in the audience: a member who left the team since gets nothing
        Optional<User> user = audience(type.get(), event).filter(candidate -> candidate.id().equals(userId.get()))
                .findFirst();
        if (user.isEmpty()) {
            return DeliveryResult.dropped("user " + target + " is no longer a recipient of " + event.type());
        }
        NotificationPreferences chosen = preferencesOf(userId.get());
        if (!chosen.allows(category.get())) {
            return DeliveryResult.dropped("user " + target + " turned " + category.get().code() + " off");
        }
        Sent sent = mailer.send(new Mail(user.get().email(), user.get().name(), chosen.language(), category.get(),
                event, links.page(event, user.get().support()), links.unsubscribe(userId.get(), category.get())));
        return switch (sent.status()) {
            case ACCEPTED -> DeliveryResult.delivered();
            case TRANSIENT_FAILURE -> DeliveryResult.retry(sent.detail());
            case REFUSED -> DeliveryResult.dropped("address refused: " + sent.detail());
        };
    }

    /** The users the event is for, before preferences. */
    private Stream<User> audience(EventType type, OutboxEvent event) {
        return switch (type) {
            case TICKET_REPLIED -> {
                boolean byUser = event.text("author_type").map("user"::equals).orElse(false);
                Optional<String> author = byUser ? event.text("author_id") : Optional.empty();
                yield members(event, member -> true)
                        .filter(user -> author.map(id -> !id.equals(Long.toString(user.id().value()))).orElse(true));
            }
            case TICKET_STATUS_CHANGED -> members(event, member -> true);
            case TICKET_CREATED -> event.text("priority").filter(STAFF_PRIORITIES::contains).isPresent()
                    ? recipients.staff().stream() : Stream.empty();
            case TICKET_SLA_WARNING, TICKET_SLA_BREACHED -> recipients.staff().stream();
            case ADDON_EXPIRING, PAYMENT_COMPLETED, PAYMENT_FAILED, USAGE_ALERT, WEBHOOK_DISABLED ->
                    members(event, member -> member.role().managesBilling());
            case ADDON_ACTIVATED, ADDON_EXPIRED -> Stream.empty();
        };
    }

    private Stream<User> members(OutboxEvent event, Predicate<Member> which) {
        Optional<TeamId> team = event.teamId().or(() -> event.text("team_id").map(TeamId::new));
        return team.stream().flatMap(id -> recipients.members(id).stream()).filter(which).map(Member::user);
    }

    private NotificationPreferences preferencesOf(UserId user) {
        return preferences.find(user).orElseGet(NotificationPreferences::defaults);
    }

    private static Optional<UserId> userId(String target) {
        try {
            return Optional.of(new UserId(Long.parseLong(target)));
        } catch (RuntimeException notAUser) {
            return Optional.empty();
        }
    }
}
