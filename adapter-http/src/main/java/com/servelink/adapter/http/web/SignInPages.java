package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.TooManyRequests;
import com.servelink.adapter.http.server.RateLimits;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.adapter.http.web.view.HomeView;
import com.servelink.adapter.http.web.view.Link;
import com.servelink.adapter.http.web.view.LoginView;
import com.servelink.application.port.in.access.Actor;
import com.servelink.application.port.in.access.SignInUseCase.SignInCommand;
import com.servelink.application.port.in.access.SignInUseCase.SignedIn;
import com.servelink.domain.shared.DomainException;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Signing in with an API token, signing out, the language switch and the start page. The
 * sign-in form has no session yet, so its anti-forgery token is a random value in both a
 * cookie and the form (SameSite=Strict keeps other sites from sending the cookie).
 */
final class SignInPages {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebUseCases web;
    private final Pages pages;
    private final RateLimits rateLimits;

    SignInPages(WebUseCases web, Pages pages, RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.web = web;
        this.pages = pages;
    }

    List<Route> routes() {
        return List.of(
                pages.open("GET", "/login", this::loginForm),
                pages.open("POST", "/login", this::signIn),
                pages.action("/logout", this::signOut),
                pages.open("GET", "/lang/{code}", this::switchLanguage),
                pages.page("/", this::home));
    }

    private Reply loginForm(PageCall call) {
        String next = call.http().query("next").filter(LocalPaths::isLocal).orElse("");
        if (call.session().isPresent()) {
            return Pages.redirect(next.isEmpty() ? startPage(call.actor()) : next);
        }
        return loginPage(call, 200, next, FormState.EMPTY);
    }

    private Reply loginPage(PageCall call, int status, String next, FormState form) {
        String token = HexFormat.of().formatHex(randomBytes());
        return pages.html(status, "login.jte", new LoginView(call.chrome(call.t().get("login.title"), List.of()),
                next, token, form), List.of(pages.cookies().login(token)));
    }

    private Reply signIn(PageCall call) {
        var form = call.form();
        String next = form.field("next").filter(LocalPaths::isLocal).orElse("");
        if (!Pages.sameSecret(form.raw(Pages.CSRF_FIELD), call.http().cookie(SessionCookies.LOGIN).orElse(null))) {
            return pages.error(call, 403, call.t().get("error.csrf"));
        }
        // the form takes a token like the API's header: its refusals count against the address alike
        InetAddress client = call.http().clientAddress();
        try {
            rateLimits.checkAddress(client);
        } catch (TooManyRequests limited) {
            Reply page = pages.error(call, 429, call.t().get("error.too_many_sign_ins"));
            Map<String, String> headers = new HashMap<>(page.headers());
            headers.put("Retry-After", Long.toString(limited.retryAfterSeconds()));
            return new Reply(page.status(), page.contentType(), page.body(), headers, page.cookies());
        }
        String token = form.raw("token");
        SignedIn signedIn;
        try {
            signedIn = web.signIn().signIn(new SignInCommand(token));
        } catch (DomainException refusal) {
            rateLimits.failedAuthentication(client);
            return loginPage(call, 422, next, FormStates.refused(Map.of("token", token == null ? "" : token), refusal));
        }
        return Pages.redirect(next.isEmpty() ? startPage(signedIn.actor()) : next,
                List.of(pages.cookies().session(signedIn.sessionId()), pages.cookies().clearLogin()));
    }

    private Reply signOut(PageCall call) {
        call.http().cookie(SessionCookies.SESSION).ifPresent(web.signOut()::signOut);
        return Pages.redirect("/login", List.of(pages.cookies().clearSession()));
    }

    private Reply switchLanguage(PageCall call) {
        String code = call.http().path("code");
        String next = LocalPaths.orHome(call.http().query("next").orElse("/"));
        if (!code.equals("fr") && !code.equals("en")) {
            return pages.error(call, 404, call.t().get("error.no_language", code));
        }
        return Pages.redirect(next, List.of(pages.cookies().language(code)));
    }

    private Reply home(PageCall call) {
        if (call.actor() instanceof Actor.Staff) {
            return Pages.redirect("/staff/queue");
        }
        var labels = new Labels(call.t());
        var teams = web.myTeams().listTeams(call.actor()).stream().map(labels::team).toList();
        return pages.html(200, "home.jte", new HomeView(call.chrome(call.t().get("home.title"),
                List.of(new Link("/", call.t().get("nav.teams"), true))), teams));
    }

    private static String startPage(Actor actor) {
        return actor instanceof Actor.Staff ? "/staff/queue" : "/";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
