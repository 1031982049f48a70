package com.servelink.adapter.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.NotificationUseCases;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.view.NotificationViews.NotificationPreferencesJson;
import com.servelink.application.port.in.notification.UpdateNotificationPreferencesUseCase.UpdateNotificationPreferencesCommand;
import com.servelink.domain.catalog.Language;
import com.servelink.domain.notification.NotificationCategory;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.shared.FieldChecks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in user's own e-mail preferences: one boolean per category (named by its code,
 * {@code ticket_replies}) and the e-mails' {@code language}. A {@code PUT} changes the fields it
 * names; an unknown field or a value of the wrong type is refused with its name, changing nothing.
 */
public final class NotificationRoutes {
    static final String LANGUAGE = "language";
    private final NotificationUseCases useCases;

    public NotificationRoutes(NotificationUseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/me/notifications", Access.USER, this::get),
                new Route("PUT", "/api/me/notifications", Access.USER, this::put));
    }

    private Reply get(Call call) {
        return Reply.ok(json(useCases.get().get(call.actor())));
    }

    private Reply put(Call call) {
        JsonBody body = call.json();
        FieldChecks checks = new FieldChecks();
        Map<NotificationCategory, Boolean> changes = new EnumMap<>(NotificationCategory.class);
        Optional<Language> language = Optional.empty();
        for (var fields = body.raw().fields(); fields.hasNext(); ) {
            var field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals(LANGUAGE)) {
                if (value.isTextual() && (value.textValue().equals("fr") || value.textValue().equals("en"))) {
                    language = Optional.of(UpdateNotificationPreferencesCommand.language(value.textValue()));
                } else {
                    checks.require(false, LANGUAGE, "must be fr or en");
                }
                continue;
            }
            Optional<NotificationCategory> category = NotificationCategory.byCode(name);
            if (category.isEmpty()) {
                checks.require(false, name, "is not a notification preference (expected one of "
                        + String.join(", ", fieldNames()) + ")");
            } else if (!value.isBoolean()) {
                checks.require(false, name, "must be true or false");
            } else {
                changes.put(category.get(), value.booleanValue());
            }
        }
        checks.throwIfAny();
        return Reply.ok(json(useCases.update().update(
                new UpdateNotificationPreferencesCommand(call.actor(), changes, language))));
    }

    static List<String> fieldNames() {
        List<String> names = new ArrayList<>(NotificationCategory.all().stream()
                .map(NotificationCategory::code).toList());
        names.add(LANGUAGE);
        return names;
    }

    private static NotificationPreferencesJson json(NotificationPreferences preferences) {
        return NotificationPreferencesJson.of(preferences);
    }
}
