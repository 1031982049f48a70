package com.servelink.domain.notification;

import com.servelink.domain.catalog.Language;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user's choice of e-mails: the categories turned off (everything is on until turned off) and
 * the language the e-mails are written in.
 */
public record NotificationPreferences(Set<NotificationCategory> off, Language language) {
    public NotificationPreferences {
        Objects.requireNonNull(language, "language");
        off = Collections.unmodifiableSet(off.isEmpty() ? EnumSet.noneOf(NotificationCategory.class)
                : EnumSet.copyOf(off));
    }

    /** What a user who never chose gets: every category on, in French. */
    public static NotificationPreferences defaults() {
        return new NotificationPreferences(Set.of(), Language.DEFAULT);
    }

    public boolean allows(NotificationCategory category) {
        return !off.contains(category);
    }

    public NotificationPreferences with(NotificationCategory category, boolean on) {
        EnumSet<NotificationCategory> changed = off.isEmpty() ? EnumSet.noneOf(NotificationCategory.class)
                : EnumSet.copyOf(off);
        if (on) {
            changed.remove(category);
        } else {
            changed.add(category);
        }
        return new NotificationPreferences(changed, language);
    }

    public NotificationPreferences withLanguage(Language chosen) {
        return new NotificationPreferences(off, chosen);
    }
}
