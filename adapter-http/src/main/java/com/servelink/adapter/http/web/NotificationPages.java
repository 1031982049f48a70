package com.servelink.adapter.http.web;

import com.servelink.adapter.http.server.NotificationUseCases;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.web.view.NotificationsView;
import com.servelink.application.port.in.notification.UpdateNotificationPreferencesUseCase.UpdateNotificationPreferencesCommand;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signed-in user's e-mail preferences as a page: the same use cases as
 * {@code GET/PUT /api/me/notifications}; an unchecked box turns its category off.
 */
public final class NotificationPages {
    static final String PATH = "/account/notifications";

    private final NotificationUseCases useCases;
    private final Pages pages;

    public NotificationPages(NotificationUseCases useCases, Pages pages) {
        this.useCases = useCases;
        this.pages = pages;
    }

    public List<Route> routes() {
        return List.of(pages.page(PATH, this::show), pages.action(PATH, this::save));
    }

    private Reply show(PageCall call) {
        NotificationPreferences chosen = useCases.get().get(call.actor());
        List<NotificationsView.Switch> switches = NotificationCategory.all().stream()
                .map(category -> new NotificationsView.Switch(category.code(),
                        call.t().get("unsubscribe.category." + category.code()), chosen.allows(category)))
                .toList();
        return pages.html(200, "notifications.jte", new NotificationsView(
                call.chrome(call.t().get("notifications.title"), List.of()), switches,
                chosen.language().name().toLowerCase(Locale.ROOT), call.http().query("saved").isPresent()));
    }

    private Reply save(PageCall call) {
        Map<NotificationCategory, Boolean> changes = new EnumMap<>(NotificationCategory.class);
        for (NotificationCategory category : NotificationCategory.all()) {
            changes.put(category, call.form().field(category.code()).isPresent());
        }
        useCases.update().update(new UpdateNotificationPreferencesCommand(call.actor(), changes,
                call.form().field("language").map(UpdateNotificationPreferencesCommand::language)));
        return Pages.redirect(PATH + "?saved=1");
    }
}
