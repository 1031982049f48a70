package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.shared.DomainException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Changes some of the signed-in user's own e-mail preferences; the others stay as they were. */
public interface UpdateNotificationPreferencesUseCase {

    /**
     * @param changes  the categories to turn on ({@code true}) or off
     * @param language {@code fr} or {@code en}, when it changes
     */
    record UpdateNotificationPreferencesCommand(Actor actor, Map<NotificationCategory, Boolean> changes,
                                                Optional<Language> language) {
        public UpdateNotificationPreferencesCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(language, "language");
            changes = Collections.unmodifiableMap(changes.isEmpty() ? new EnumMap<>(NotificationCategory.class)
                    : new EnumMap<>(changes));
        }

        /** The language of a request ({@code fr}, {@code en}); anything else names the field. */
        public static Language language(String code) {
            return switch (code) {
                case "fr" -> Language.FR;
                case "en" -> Language.EN;
                default -> throw DomainException.invalidField("language", "must be fr or en");
            };
        }
    }

    NotificationPreferences update(UpdateNotificationPreferencesCommand command);
}
