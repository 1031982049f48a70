package com.servelink.adapter.http.server;

import com.servelink.application.port.in.notification.GetNotificationPreferencesUseCase;
import com.servelink.application.port.in.notification.UnsubscribeUseCase;
import com.servelink.application.port.in.notification.UpdateNotificationPreferencesUseCase;

/** The use cases of e-mail preferences and of the one-click unsubscribe; the composition root fills it. */
public record NotificationUseCases(GetNotificationPreferencesUseCase get, UpdateNotificationPreferencesUseCase update,
                                   UnsubscribeUseCase unsubscribe) {
}
