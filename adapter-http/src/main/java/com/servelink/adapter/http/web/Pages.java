package com.servelink.adapter.http.web;

import com.servelink.adapter.http.web.view.Texts;
import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.FormBody;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.web.view.ErrorPage;
import com.servelink.application.port.in.access.GetSessionUseCase;
import com.servelink.application.port.in.access.GetSessionUseCase.OpenSession;
import com.servelink.domain.catalog.Language;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How every page is served, in one place: the session is resolved before the handler runs (none
 * → 303 to {@code /login?next=…}), a POST's anti-forgery token is compared with the session's
 * (absent or wrong → 403, nothing runs), refusals and failures become an HTML page with the
 * status and the message of the API's problem+json, and every answer carries the security headers.
 */
public final class Pages {
    /** The hidden field every POST form carries. */
    public static final String CSRF_FIELD = "_csrf";

    /** One page's work. */
    @FunctionalInterface
    public interface PageHandler {
        Reply handle(PageCall call);
    }

    private final GetSessionUseCase sessions;
    private final PageSettings settings;
    private final SessionCookies cookies;
    private final Clock clock;

    public Pages(GetSessionUseCase sessions, PageSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.cookies = new SessionCookies(settings.secureCookies());
        this.clock = clock;
    }

    public SessionCookies cookies() {
        return cookies;
    }

    /** A page for signed-in users. */
    public Route page(String template, PageHandler handler) {
        return new Route("GET", template, Access.PUBLIC, call -> serve(call, handler, true));
    }

    /** A form's target for signed-in users: checked against the session's anti-forgery token. */
    public Route action(String template, PageHandler handler) {
        return new Route("POST", template, Access.PUBLIC, call -> serve(call, handler, true));
    }

    /** A page anyone may see (sign-in, the payment return pages); a session is used when there is one. */
    public Route open(String method, String template, PageHandler handler) {
        return new Route(method, template, Access.PUBLIC, call -> serve(call, handler, false));
    }

    /**
     * A page of the sandbox payment provider: public, sessionless, and refused as the API refuses
     * (problem+json), since scripts drive it as they would drive a real provider.
     */
    public Route provider(String method, String template, PageHandler handler) {
        return new Route(method, template, Access.PUBLIC,
                call -> withHeaders(handler.handle(pageCall(call, Optional.empty(), FormBody.EMPTY))));
    }

    private PageCall pageCall(Call call, Optional<OpenSession> session, FormBody form) {
        Texts texts = Texts.of(language(call));
        return new PageCall(call, session, texts, new Formats(texts.language(), settings.zone()), form,
                clock.instant());
    }

    private Reply serve(Call call, PageHandler handler, boolean signedIn) {
        PageCall page = pageCall(call, Optional.empty(), FormBody.EMPTY);
        try {
            Optional<OpenSession> session = call.cookie(SessionCookies.SESSION).flatMap(sessions::find);
            boolean post = call.method().equals("POST");
            FormBody form = post && call.rawBody().length > 0 ? call.form() : FormBody.EMPTY;
            page = pageCall(call, session, form);
            if (signedIn && session.isEmpty()) {
                if (post) {
                    return error(page, 403, page.t().get("error.session_expired"));
                }
                return redirect("/login?next=" + LocalPaths.encode(call.target()));
            }
            if (signedIn && post && !sameSecret(form.raw(CSRF_FIELD), session.get().csrfToken())) {
                return error(page, 403, page.t().get("error.csrf"));
            }
            return withHeaders(handler.handle(page));
        } catch (Throwable failure) {
            Problems.Problem problem = Problems.of(failure);
            return error(page, problem.status(), String.valueOf(problem.body().get("detail")));
        }
    }

    /** The reader's language: the switch's cookie, else the browser's {@code Accept-Language}. */
    private static Language language(Call call) {
        Optional<String> chosen = call.cookie(SessionCookies.LANGUAGE);
        if (chosen.isPresent()) {
            for (Language language : Language.values()) {
                if (language.name().equalsIgnoreCase(chosen.get())) {
                    return language;
                }
            }
        }
        return call.language();
    }

    /** Compares two secrets in time independent of where they differ. */
    static boolean sameSecret(String sent, String expected) {
        return sent != null && expected != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    public Reply html(int status, String template, Object model) {
        return new Reply(status, "text/html; charset=utf-8", Templates.render(template, model),
                SecurityHeaders.forPages());
    }

    public Reply html(int status, String template, Object model, List<String> setCookies) {
        return new Reply(status, "text/html; charset=utf-8", Templates.render(template, model),
                SecurityHeaders.forPages(), setCookies);
    }

    /** POST → 303 → GET: a reload never sends the form twice. */
    public static Reply redirect(String location) {
        return redirect(location, List.of());
    }

    public static Reply redirect(String location, List<String> setCookies) {
        Map<String, String> headers = new HashMap<>(SecurityHeaders.forPages());
        headers.put("Location", location);
        return new Reply(303, "text/plain; charset=utf-8", new byte[0], headers, setCookies);
    }

    public Reply error(PageCall page, int status, String message) {
        String title = page.t().get(switch (status) {
            case 403 -> "error.title.403";
            case 404 -> "error.title.404";
            case 409 -> "error.title.409";
            case 429 -> "error.title.429";
            case 503 -> "error.title.503";
            default -> status >= 500 ? "error.title.500" : "error.title.400";
        });
        return html(status, "error.jte", new ErrorPage(page.chrome(title, List.of()), status, message));
    }

    private static Reply withHeaders(Reply reply) {
        if (reply.headers().containsKey("Content-Security-Policy")) {
            return reply;
        }
        Map<String, String> headers = new HashMap<>(reply.headers());
        headers.putAll(SecurityHeaders.forPages());
        return new Reply(reply.status(), reply.contentType(), reply.body(), headers, reply.cookies());
    }
}
