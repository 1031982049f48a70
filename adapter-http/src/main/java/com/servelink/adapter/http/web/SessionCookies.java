package com.servelink.adapter.http.web;

/**
 * The pages' cookies: the session ({@code servelink_session}), the sign-in form's anti-forgery
 * token ({@code servelink_login}) and the chosen language ({@code servelink_lang}). All
 * {@code HttpOnly}, {@code SameSite=Strict}, {@code Path=/}, and {@code Secure} behind https.
 */
public final class SessionCookies {
    public static final String SESSION = "servelink_session";
    public static final String LOGIN = "servelink_login";
    public static final String LANGUAGE = "servelink_lang";
    /** The session cookie lives as long as the browser; the server ends it after 12 idle hours. */
    private static final long LANGUAGE_MAX_AGE = 365L * 24 * 3600;
    private static final long LOGIN_MAX_AGE = 3600;

    private final boolean secure;

    public SessionCookies(boolean secure) {
        this.secure = secure;
    }

    public String session(String sessionId) {
        return cookie(SESSION, sessionId, -1);
    }

    public String clearSession() {
        return cookie(SESSION, "", 0);
    }

    public String login(String token) {
        return cookie(LOGIN, token, LOGIN_MAX_AGE);
    }

    public String clearLogin() {
        return cookie(LOGIN, "", 0);
    }

    public String language(String tag) {
        return cookie(LANGUAGE, tag, LANGUAGE_MAX_AGE);
    }

    private String cookie(String name, String value, long maxAge) {
        StringBuilder header = new StringBuilder(name).append('=').append(value)
                .append("; Path=/; HttpOnly; SameSite=Strict");
        if (maxAge >= 0) {
            header.append("; Max-Age=").append(maxAge);
        }
        if (secure) {
            header.append("; Secure");
        }
        return header.toString();
    }
}
