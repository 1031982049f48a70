package com.servelink.adapter.http.view;

import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;

import java.util.Locale;

/** The JSON of a user's e-mail preferences: one switch per category, by its code, and the language. */
public final class NotificationViews {
    private NotificationViews() {
    }

    public record NotificationPreferencesJson(boolean ticketReplies, boolean ticketStatus, boolean newTickets,
                                              boolean sla, boolean addonExpiry, boolean payments,
                                              boolean usageAlerts, boolean webhooks, String language) {
        public static NotificationPreferencesJson of(NotificationPreferences preferences) {
            return new NotificationPreferencesJson(
                    preferences.allows(NotificationCategory.TICKET_REPLIES),
                    preferences.allows(NotificationCategory.TICKET_STATUS),
                    preferences.allows(NotificationCategory.NEW_TICKETS),
                    preferences.allows(NotificationCategory.SLA),
                    preferences.allows(NotificationCategory.ADDON_EXPIRY),
                    preferences.allows(NotificationCategory.PAYMENTS),
                    preferences.allows(NotificationCategory.USAGE_ALERTS),
                    preferences.allows(NotificationCategory.WEBHOOKS),
                    preferences.language().name().toLowerCase(Locale.ROOT));
        }
    }
}
