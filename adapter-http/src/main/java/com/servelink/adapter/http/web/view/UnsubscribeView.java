package com.servelink.adapter.http.web.view;

/**
 * The one-click unsubscribe page: asking to confirm (with the form that turns the category off),
 * done, or the link did not verify.
 *
 * @param state    {@code confirm}, {@code done} or {@code invalid}
 * @param category the category's name in the reader's language; empty when invalid
 * @param action   where the confirm form posts (the same link)
 */
public record UnsubscribeView(Chrome chrome, String state, String category, String email, String action) {
}
