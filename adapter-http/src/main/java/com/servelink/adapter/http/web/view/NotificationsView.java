package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The signed-in user's e-mail preferences as a form: one checkbox per category, the language,
 * and whether the last save went through.
 */
public record NotificationsView(Chrome chrome, List<Switch> switches, String language, boolean saved) {
    /** One category: its field name, its label in the reader's language, and whether it is on. */
    public record Switch(String code, String label, boolean on) {
    }

    public NotificationsView {
        switches = List.copyOf(switches);
    }
}
