package com.servelink.application.notification;

import com.servelink.application.inmemory.InMemoryNotificationPreferences;
import com.servelink.application.inmemory.InMemoryTransactions;
import com.servelink.application.inmemory.InMemoryUserRepository;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.notification.UnsubscribeUseCase.Unsubscription;
import com.servelink.application.port.in.notification.UpdateNotificationPreferencesUseCase.UpdateNotificationPreferencesCommand;
import com.servelink.application.service.notification.GetNotificationPreferencesService;
import com.servelink.application.service.notification.UpdateNotificationPreferencesService;
import com.servelink.application.service.notification.UnsubscribeService;
import com.servelink.application.service.notification.UnsubscribeTokens;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signed unsubscribe links and the preferences they change. */
class UnsubscribeTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(KEY);
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences();
    private final InMemoryTransactions tx = new InMemoryTransactions();
    private final UnsubscribeService unsubscribe = new UnsubscribeService(tokens, users, preferences, tx);
    private final GetNotificationPreferencesService read = new GetNotificationPreferencesService(preferences);
    private final UpdateNotificationPreferencesService change = new UpdateNotificationPreferencesService(preferences,
            tx);

    UnsubscribeTest() {
        users.save(new User(new UserId(7), "ada@example.com", "Ada", false));
    }

    @Test
    void aValidTokenIsReadWithoutChangesThenTurnsItsCategoryOffAndReplayingItIsHarmless() {
        String token = tokens.sign(new UserId(7), NotificationCategory.PAYMENTS);

        assertThat(unsubscribe.check(token)).contains(new Unsubscription(NotificationCategory.PAYMENTS,
                "ada@example.com", Language.FR));
        assertThat(preferences.find(new UserId(7))).isEmpty();

        assertThat(unsubscribe.unsubscribe(token)).isPresent();
        assertThat(unsubscribe.unsubscribe(token)).isPresent();
        NotificationPreferences now = read.get(new Actor.TeamUser(new UserId(7)));
        assertThat(now.allows(NotificationCategory.PAYMENTS)).isFalse();
        assertThat(now.off()).containsExactly(NotificationCategory.PAYMENTS);
    }

    @Test
    void aForgedOrEditedTokenVerifiesNothingAndChangesNothing() {
        String token = tokens.sign(new UserId(7), NotificationCategory.PAYMENTS);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        String otherUser = Base64.getUrlEncoder().withoutPadding().encodeToString("8:payments".getBytes())
                + "." + signature;
        String otherCategory = Base64.getUrlEncoder().withoutPadding().encodeToString("7:sla".getBytes())
                + "." + signature;
        String otherKey = new UnsubscribeTokens("fedcba9876543210fedcba9876543210".getBytes())
                .sign(new UserId(7), NotificationCategory.PAYMENTS);

        for (String forged : new String[]{otherUser, otherCategory, otherKey, payload, payload + ".", "",
                payload + "." + signature + "x", "a.b.c", "%%%.%%%"}) {
            assertThat(unsubscribe.check(forged)).as(forged).isEmpty();
            assertThat(unsubscribe.unsubscribe(forged)).as(forged).isEmpty();
        }
        assertThat(preferences.find(new UserId(7))).isEmpty();
    }

    @Test
    void theSignatureIsHmacSha256OfThePayload() throws Exception {
        String token = tokens.sign(new UserId(7), NotificationCategory.PAYMENTS);
        String payload = token.substring(0, token.indexOf('.'));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));

        assertThat(token.substring(token.indexOf('.') + 1)).isEqualTo(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(payload.getBytes())));
        assertThat(new String(Base64.getUrlDecoder().decode(payload))).isEqualTo("7:payments");
    }

    @Test
    void aTokenOfAUserWhoNoLongerExistsChangesNothing() {
        assertThat(unsubscribe.unsubscribe(tokens.sign(new UserId(99), NotificationCategory.SLA))).isEmpty();
        assertThat(preferences.find(new UserId(99))).isEmpty();
    }

    @Test
    void preferencesDefaultToEverythingOnInFrenchAndChangeOnlyWhatIsNamed() {
        Actor staff = new Actor.Staff(new UserId(7), "ada@example.com");
        assertThat(read.get(staff)).isEqualTo(NotificationPreferences.defaults());

        change.update(new UpdateNotificationPreferencesCommand(staff, Map.of(NotificationCategory.SLA, false),
                Optional.of(Language.EN)));
        NotificationPreferences changed = change.update(new UpdateNotificationPreferencesCommand(staff,
                Map.of(NotificationCategory.PAYMENTS, false, NotificationCategory.SLA, true), Optional.empty()));

        assertThat(changed.off()).containsExactly(NotificationCategory.PAYMENTS);
        assertThat(changed.language()).isEqualTo(Language.EN);
        assertThat(read.get(staff)).isEqualTo(changed);
    }

    @Test
    void theOperatorHasNoPreferences() {
        assertThatThrownBy(() -> read.get(new Actor.Operator()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }
}
