package com.servelink.application.port.out;

import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.team.UserId;

import java.util.Optional;

/** Stores each user's e-mail preferences; a user who never chose has none stored. */
public interface NotificationPreferencesRepository {
    Optional<NotificationPreferences> find(UserId user);

    /** Inserts or replaces the user's preferences. */
    void save(UserId user, NotificationPreferences preferences);
}
