package com.servelink.application.inmemory;

import com.servelink.application.port.out.NotificationPreferencesRepository;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.team.UserId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** E-mail preferences in a map (the records are immutable). */
public final class InMemoryNotificationPreferences implements NotificationPreferencesRepository {
    private final Map<UserId, NotificationPreferences> preferences = new LinkedHashMap<>();

    @Override
    public synchronized Optional<NotificationPreferences> find(UserId user) {
        return Optional.ofNullable(preferences.get(user));
    }

    @Override
    public synchronized void save(UserId user, NotificationPreferences chosen) {
        preferences.put(user, chosen);
    }
}
