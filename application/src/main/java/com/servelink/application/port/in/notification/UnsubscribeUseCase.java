package com.servelink.application.port.in.notification;

import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;

import java.util.Optional;

/**
 * The one-click unsubscribe of an e-mail's link, without signing in: the signed token names the
 * user and the category. A token that does not verify changes nothing.
 */
public interface UnsubscribeUseCase {
    /** What a valid token would turn off, in the user's language. */
    record Unsubscription(NotificationCategory category, String email, Language language) {
    }

    /** Reads the token without changing anything (the confirm page); empty when it does not verify. */
    Optional<Unsubscription> check(String token);

    /** Turns the token's category off (again: replaying it is harmless); empty when it does not verify. */
    Optional<Unsubscription> unsubscribe(String token);
}
