package com.servelink.application.service.notification;

import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.notification.GetNotificationPreferencesUseCase;
import com.servelink.application.port.in.notification.UpdateNotificationPreferencesUseCase;
import com.servelink.application.port.out.NotificationPreferencesRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.team.UserId;

/** Reads and changes a user's own e-mail preferences (team users and staff alike). */
public final class NotificationPreferencesService implements GetNotificationPreferencesUseCase,
        UpdateNotificationPreferencesUseCase {
    private final NotificationPreferencesRepository preferences;
    private final Transactions transactions;

    public NotificationPreferencesService(NotificationPreferencesRepository preferences, Transactions transactions) {
        this.preferences = preferences;
        this.transactions = transactions;
    }

    @Override
    public NotificationPreferences get(Actor actor) {
        return preferences.find(user(actor)).orElseGet(NotificationPreferences::defaults);
    }

    @Override
    public NotificationPreferences update(UpdateNotificationPreferencesCommand command) {
        UserId user = user(command.actor());
        return transactions.inTransaction(() -> {
            NotificationPreferences chosen = preferences.find(user).orElseGet(NotificationPreferences::defaults);
            for (var change : command.changes().entrySet()) {
                chosen = chosen.with(change.getKey(), change.getValue());
            }
            chosen = command.language().map(chosen::withLanguage).orElse(chosen);
            preferences.save(user, chosen);
            return chosen;
        });
    }

    private static UserId user(Actor actor) {
        if (actor instanceof Actor.TeamUser teamUser) {
            return teamUser.userId();
        }
        if (actor instanceof Actor.Staff staff) {
            return staff.userId();
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "only a user or a staff member has notification preferences");
    }
}
