package com.servelink.application.service.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.notification.GetNotificationPreferencesUseCase;
import com.servelink.application.port.out.NotificationPreferencesRepository;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.UserId;

/** Reads a user's own e-mail preferences (team users and staff alike); the defaults when never chosen. */
public final class GetNotificationPreferencesService implements GetNotificationPreferencesUseCase {
    private final NotificationPreferencesRepository preferences;

    public GetNotificationPreferencesService(NotificationPreferencesRepository preferences) {
        this.preferences = preferences;
    }

    @Override
    public NotificationPreferences get(Actor actor) {
        return preferences.find(user(actor)).orElseGet(NotificationPreferences::defaults);
    }

    /** The user whose preferences these are: a team user or a staff member, never the operator. */
    static UserId user(Actor actor) {
        if (actor instanceof Actor.TeamUser teamUser) {
            return teamUser.userId();
        }
        if (actor instanceof Actor.Staff staff) {
            return staff.userId();
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "only a user or a staff member has notification preferences");
    }
}
