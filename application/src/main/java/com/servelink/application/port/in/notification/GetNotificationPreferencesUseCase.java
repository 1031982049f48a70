package com.servelink.application.port.in.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.notification.NotificationPreferences;

/** A signed-in user's (or staff member's) own e-mail preferences; the defaults when never chosen. */
public interface GetNotificationPreferencesUseCase {
    NotificationPreferences get(Actor actor);
}
