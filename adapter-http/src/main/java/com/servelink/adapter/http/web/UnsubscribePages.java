package com.servelink.adapter.http.web;

import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.web.view.UnsubscribeView;
import com.servelink.application.port.in.notification.UnsubscribeUseCase;
import com.servelink.application.port.in.notification.UnsubscribeUseCase.Unsubscription;

import java.util.List;
import java.util.Optional;

/**
 * The target of an e-mail's unsubscribe link, without signing in: {@code GET} asks to confirm,
 * {@code POST} (the confirm form, or a mail client's one-click of RFC 8058) turns the category
 * off. A link whose signature does not hold is a 400 page and changes nothing.
 */
public final class UnsubscribePages {
    /** The link's path; the application's {@code NotificationLinks} writes the same. */
    public static final String PATH = "/unsubscribe/{token}";

    private final Pages pages;
    private final UnsubscribeUseCase useCase;

    public UnsubscribePages(Pages pages, UnsubscribeUseCase useCase) {
        this.pages = pages;
        this.useCase = useCase;
    }

    public List<Route> routes() {
        return List.of(
                // sessionless and without a form to read: a mail client's one-click posts on its own
                pages.provider("GET", PATH, page -> show(page, useCase.check(page.http().path("token")), "confirm")),
                pages.provider("POST", PATH, page -> show(page, useCase.unsubscribe(page.http().path("token")),
                        "done")));
    }

    private Reply show(PageCall page, Optional<Unsubscription> found, String state) {
        String title = page.t().get("unsubscribe.title");
        if (found.isEmpty()) {
            return pages.html(400, "unsubscribe.jte", new UnsubscribeView(page.chrome(title, List.of()), "invalid",
                    "", "", ""));
        }
        String category = page.t().get("unsubscribe.category." + found.get().category().code());
        return pages.html(200, "unsubscribe.jte", new UnsubscribeView(page.chrome(title, List.of()), state,
                category, found.get().email(), "/unsubscribe/" + LocalPaths.encode(page.http().path("token"))));
    }
}
