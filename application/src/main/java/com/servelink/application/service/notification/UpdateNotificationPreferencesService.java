package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.UpdateNotificationPreferencesUseCase;
import com.servelink.application.port.out.NotificationPreferencesRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.team.UserId;

/** Changes the categories and language a user names in their own e-mail preferences; the rest stays. */
public final class UpdateNotificationPreferencesService implements UpdateNotificationPreferencesUseCase {
    private final NotificationPreferencesRepository preferences;
    private final Transactions transactions;

    public UpdateNotificationPreferencesService(NotificationPreferencesRepository preferences,
                                                Transactions transactions) {
        this.preferences = preferences;
        this.transactions = transactions;
    }

    @Override
    public NotificationPreferences update(UpdateNotificationPreferencesCommand command) {
        UserId user = GetNotificationPreferencesService.user(command.actor());
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
}
